using NSwag;

namespace SpecGen.Core.Writing;

/// <summary>Writes OpenAPI 3.0 JSON deterministically: NSwag's key order, two-space indent, LF, one trailing newline.</summary>
public static class SpecWriter
{
    public static string Write(OpenApiDocument document)
    {
#pragma warning disable CS0618 // ToJson(SchemaType, Formatting) is the only overload that picks OpenAPI 3 without generator settings.
        var json = document.ToJson(NJsonSchema.SchemaType.OpenApi3, Newtonsoft.Json.Formatting.Indented);
#pragma warning restore CS0618
        return json.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
    }
}
