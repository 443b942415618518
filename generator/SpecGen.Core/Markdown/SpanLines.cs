namespace SpecGen.Core.Markdown;

/// <summary>
/// The lines of a text as spans, split on LF, without copies: <c>foreach (var line in new SpanLines(text))</c>.
/// Like <c>Split('\n')</c>: a text ending in LF has an empty last line, and a CR before the LF stays on its line.
/// </summary>
internal ref struct SpanLines
{
    private ReadOnlySpan<char> _rest;
    private bool _done;

    public SpanLines(ReadOnlySpan<char> text)
    {
        _rest = text;
        _done = false;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly SpanLines GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_done)
        {
            return false;
        }

        var newline = _rest.IndexOf('\n');
        if (newline < 0)
        {
            Current = _rest;
            _done = true;
            return true;
        }

        Current = _rest[..newline];
        _rest = _rest[(newline + 1)..];
        return true;
    }
}
