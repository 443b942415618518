using NSwag;
using SpecGen.Core.Diagnostics;

namespace SpecGen.Core;

/// <summary>What a conversion produced: the spec JSON (also when there are errors), and its diagnostics.</summary>
public sealed class ConversionResult
{
    internal ConversionResult(string json, OpenApiDocument document, IReadOnlyList<Diagnostic> diagnostics, string? dialect, int operationCount, int sourceSections)
    {
        Json = json;
        Document = document;
        Diagnostics = diagnostics;
        Dialect = dialect;
        OperationCount = operationCount;
        SourceSections = sourceSections;
    }

    public string Json { get; }

    public OpenApiDocument Document { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The dialect reader used, or null when none recognised the document.</summary>
    public string? Dialect { get; }

    public int OperationCount { get; }

    /// <summary>Operation sections found in the doc, before duplicate method+path pairs were merged.</summary>
    public int SourceSections { get; }

    public int SchemaCount => Document.Components.Schemas.Count;

    /// <summary>False when any error was reported: the input could not be converted completely.</summary>
    public bool Success => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
