namespace SpecGen.Core.Markdown;

/// <summary>Maps character offsets of a text to 1-based line numbers.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = new() { 0 };

    public LineIndex(string text)
    {
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            _starts.Add(i + 1);
        }
    }

    public int LineCount => _starts.Count;

    public int StartOf(int line) => _starts[Math.Clamp(line - 1, 0, _starts.Count - 1)];

    public int LineAt(int offset)
    {
        var index = _starts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
