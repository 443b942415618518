namespace SpecGen.Core.Drafts;

public sealed record TagDraft(string Name, string? Description);

public sealed record ServerDraft(string Url, string? Description);

public sealed record SecuritySchemeDraft(string Name, string Type, string? In, string? HeaderName, string? Scheme, string? Description);

/// <summary>A named model (widdershins' 数据模型, swagger-markdown's Models).</summary>
public sealed class ModelDraft
{
    public ModelDraft(string name, int line, SchemaDraft schema)
    {
        Name = name;
        Line = line;
        Schema = schema;
    }

    /// <summary>The source's identity for the model (the h2 id, the model heading).</summary>
    public string Name { get; }

    public int Line { get; }

    public SchemaDraft Schema { get; }

    /// <summary>Anchors that refer to this model (<c>schemaxxx</c>, <c>xxx</c>).</summary>
    public List<string> Anchors { get; } = new();

    public string? Example { get; set; }
}

/// <summary>Everything a dialect reader extracted from one doc: syntax resolved, meaning not yet.</summary>
public sealed class DocumentDraft
{
    public string Title { get; set; } = "API";

    public string? Version { get; set; }

    public string? Description { get; set; }

    public List<TagDraft> Tags { get; } = new();

    public List<ServerDraft> Servers { get; } = new();

    public List<SecuritySchemeDraft> SecuritySchemes { get; } = new();

    public List<OperationDraft> Operations { get; } = new();

    public List<ModelDraft> Models { get; } = new();

    /// <summary>Number of operation sections the reader found, before duplicates were merged.</summary>
    public int SourceSections { get; set; }
}
