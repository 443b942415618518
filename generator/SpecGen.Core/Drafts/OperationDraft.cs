namespace SpecGen.Core.Drafts;

public sealed record ParameterDraft(string Name, string In, string TypeText, bool Required, string? Description, int Line)
{
    /// <summary>Enum values listed for the parameter, in source order.</summary>
    public List<string> Enum { get; init; } = new();

    /// <summary>The default value as written (swagger2markup's Default column), without quotes.</summary>
    public string? Default { get; init; }
}

public sealed class BodyDraft
{
    public BodyDraft(int line) => Line = line;

    public int Line { get; }

    public bool Required { get; set; }

    public string MediaType { get; set; } = "application/json";

    public SchemaDraft? Schema { get; set; }

    /// <summary>The example as written (JSON, possibly JSON5 or double-encoded).</summary>
    public string? Example { get; set; }

    public int ExampleLine { get; set; }

    /// <summary>
    /// The doc shows the payload as an array somewhere other than its tables and example (widdershins --raw
    /// prints the schema, <c>type: array</c>, in the example's place); read like an example that is an array.
    /// </summary>
    public bool ShownAsArray { get; set; }
}

public sealed class ResponseDraft
{
    public ResponseDraft(string status, int line)
    {
        Status = status;
        Line = line;
    }

    public string Status { get; }

    public int Line { get; }

    public string? Description { get; set; }

    /// <summary>The media type of the response content (a doc's Produces list); JSON unless the doc says otherwise.</summary>
    public string MediaType { get; set; } = "application/json";

    public SchemaDraft? Schema { get; set; }

    public string? Example { get; set; }

    public int ExampleLine { get; set; }

    /// <summary>
    /// The doc shows the payload as an array somewhere other than its tables and example (widdershins --raw
    /// prints the schema, <c>type: array</c>, in the example's place); read like an example that is an array.
    /// </summary>
    public bool ShownAsArray { get; set; }
}

/// <summary>One operation as a dialect reader found it, before any normalization.</summary>
public sealed class OperationDraft
{
    public OperationDraft(string method, string path, int line)
    {
        Method = method;
        Path = path;
        Line = line;
    }

    /// <summary>Upper case: GET, POST, …</summary>
    public string Method { get; set; }

    public string Path { get; set; }

    public int Line { get; }

    public string? Summary { get; set; }

    public string? Description { get; set; }

    public string? OperationId { get; set; }

    public List<string> Tags { get; } = new();

    public List<ParameterDraft> Parameters { get; } = new();

    public BodyDraft? Body { get; set; }

    public List<ResponseDraft> Responses { get; } = new();

    /// <summary>Names of security schemes this operation requires; null means the document says nothing for it.</summary>
    public List<string>? Security { get; set; }

    /// <summary>Other documented variants of this method+path merged into it.</summary>
    public List<OperationVariant> Variants { get; } = new();

    /// <summary>The settings say this operation is safe to send twice (<c>x-specgen-retry-safe</c>).</summary>
    public bool RetrySafe { get; set; }
}

/// <summary>A documented variant kept when two sections share a method and path.</summary>
public sealed record OperationVariant(string? OperationId, string? Summary, int Line, IReadOnlyList<string> Properties);
