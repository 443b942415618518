using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// What a generated doc repeats in every operation (<c>* `*/*`</c> under Produces, request
/// examples) is reported once, at its first line, with how often it occurred.
/// </summary>
internal sealed class Tally
{
    private readonly Dictionary<string, (string Code, int Line, int Count)> _items = new(StringComparer.Ordinal);

    public void Add(int line, string code, string message) =>
        _items[message] = _items.TryGetValue(message, out var seen) ? seen with { Count = seen.Count + 1 } : (code, line, 1);

    public void Flush(DiagnosticBag diagnostics)
    {
        foreach (var (message, (code, line, count)) in _items)
        {
            diagnostics.Warn(line, code, count == 1 ? message : $"{message} ({count} times; the first is here)");
        }

        _items.Clear();
    }
}
