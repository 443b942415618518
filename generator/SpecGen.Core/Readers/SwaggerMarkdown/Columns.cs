using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.SwaggerMarkdown;

/// <summary>swagger-markdown 3.0.0's column words.</summary>
internal static class Columns
{
    /// <summary><c>| Name | Located in | Description | Required | Schema |</c>.</summary>
    public static readonly ColumnVocabulary Parameters = new()
    {
        Name = ["Name"],
        In = ["Located in", "In"],
        Description = ["Description"],
        Required = ["Required"],
        Type = ["Schema", "Type"],
    };

    /// <summary><c>| Name | Type | Description | Required |</c> of a model.</summary>
    public static readonly ColumnVocabulary Properties = new()
    {
        Name = ["Name"],
        Type = ["Type", "Schema"],
        Description = ["Description"],
        Required = ["Required"],
    };
}
