namespace SpecGen.Core.Diagnostics;

/// <summary>Collects diagnostics for one source file, in the order they were reported.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public DiagnosticBag(string file) => File = file;

    public string File { get; }

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public void Warn(int line, string code, string message) =>
        _items.Add(new Diagnostic(File, line, DiagnosticSeverity.Warning, code, message));

    public void Error(int line, string code, string message) =>
        _items.Add(new Diagnostic(File, line, DiagnosticSeverity.Error, code, message));

    /// <summary>Diagnostics sorted by line, then by the order they were reported (stable).</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Select((d, i) => (d, i)).OrderBy(x => x.d.Line).ThenBy(x => x.i).Select(x => x.d).ToList();
}
