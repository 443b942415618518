using System.Text;
using NSwag;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Readers;

namespace SpecGen.Core;

/// <summary>What a conversion produced: the spec JSON (also when there are errors), and its diagnostics.</summary>
public sealed class ConversionResult
{
    private readonly byte[] _utf8Json;
    private string? _json;
    private OpenApiDocument? _document;

    internal ConversionResult(byte[] utf8Json, IReadOnlyList<Diagnostic> diagnostics, string? dialect, int operationCount, int sourceSections, int schemaCount, IReadOnlyList<DialectCandidate> ranking)
    {
        Ranking = ranking;
        _utf8Json = utf8Json;
        Diagnostics = diagnostics;
        Dialect = dialect;
        OperationCount = operationCount;
        SourceSections = sourceSections;
        SchemaCount = schemaCount;
    }

    /// <summary>The spec as UTF-8, byte for byte what <c>openapi.json</c> holds.</summary>
    public ReadOnlyMemory<byte> Utf8Json => _utf8Json;

    /// <summary>The spec as text (decoded from <see cref="Utf8Json"/> on first use).</summary>
    public string Json => _json ??= Encoding.UTF8.GetString(_utf8Json);

    /// <summary>
    /// The spec as an NSwag document, read from <see cref="Json"/> on first use, so it is exactly
    /// what was written. Conversion itself builds a lighter model: NJsonSchema's objects were about
    /// 40% of a conversion's allocations.
    /// </summary>
    public OpenApiDocument Document => _document ??= OpenApiDocument.FromJsonAsync(Json).GetAwaiter().GetResult();

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The dialect reader used, or null when none recognised the document.</summary>
    public string? Dialect { get; }

    /// <summary>Every reader's score for the document, best first (what <c>specgen convert --explain</c> prints); computed on first use when the settings named the dialect.</summary>
    public IReadOnlyList<DialectCandidate> Ranking { get; }

    public int OperationCount { get; }

    /// <summary>Operation sections found in the doc, before duplicate method+path pairs were merged.</summary>
    public int SourceSections { get; }

    /// <summary>Named schemas under <c>components/schemas</c>.</summary>
    public int SchemaCount { get; }

    /// <summary>False when any error was reported: the input could not be converted completely.</summary>
    public bool Success => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
