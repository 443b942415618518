namespace SpecGen.Core.Markdown;

/// <summary>
/// One top-level block of a markdown document, flattened from Markdig's tree so that dialect
/// readers can walk a document as a list. Text is always taken from the source span, never
/// rebuilt from inlines, so nothing a vendor wrote is lost or re-rendered.
/// </summary>
public sealed class MdBlock
{
    public MdBlock(MdBlockKind kind, int line, int endLine, int start, int end, string raw, string text, int level = 0, string? info = null, bool closed = true)
    {
        Kind = kind;
        Line = line;
        EndLine = endLine;
        Start = start;
        End = end;
        Raw = raw;
        Text = text;
        Level = level;
        Info = info;
        Closed = closed;
    }

    public MdBlockKind Kind { get; }

    /// <summary>1-based line of the block's first line in the original source.</summary>
    public int Line { get; }

    /// <summary>1-based line of the block's last line in the original source.</summary>
    public int EndLine { get; }

    /// <summary>Offset of the block's first character in <see cref="MdDocument.Text"/>.</summary>
    public int Start { get; }

    /// <summary>Offset just past the block's last character in <see cref="MdDocument.Text"/>.</summary>
    public int End { get; }

    /// <summary>The block's source text, exactly as written.</summary>
    public string Raw { get; }

    /// <summary>Heading: the text after the <c>#</c> marks. Code: the content inside the fence.
    /// Quote: the content with the <c>&gt;</c> markers removed. Other kinds: <see cref="Raw"/>.</summary>
    public string Text { get; }

    /// <summary>Heading level (1-6); 0 for other kinds.</summary>
    public int Level { get; }

    /// <summary>The info string of a fenced code block (<c>json</c>, <c>json5</c>, …).</summary>
    public string? Info { get; }

    /// <summary>False for a fenced code block whose closing fence is missing.</summary>
    public bool Closed { get; }

    /// <summary>The first source line, trimmed (computed once).</summary>
    public string FirstLine => _firstLine ??= FirstLineOf(Raw);

    private string? _firstLine;

    /// <summary>The pipe tables in this block, split once (<see cref="PipeTableParser.Extract"/>).</summary>
    internal IReadOnlyList<PipeTable>? CachedTables { get; set; }

    /// <summary>The cell strings shared by the tables of the block's document; null for a block made on its own.</summary>
    internal CellStrings? CellStrings { get; set; }

    private static string FirstLineOf(string raw)
    {
        var newline = raw.IndexOf('\n');
        return (newline < 0 ? raw : raw[..newline]).Trim();
    }

    public bool IsHeading(int level) => Kind == MdBlockKind.Heading && Level == level;

    /// <summary>The block's source lines with their 1-based line numbers.</summary>
    public IEnumerable<(int Line, string Text)> Lines()
    {
        var start = 0;
        for (var line = Line; ; line++)
        {
            var newline = Raw.IndexOf('\n', start);
            var end = newline < 0 ? Raw.Length : newline;
            yield return (line, LineText(start, end));
            if (newline < 0)
            {
                yield break;
            }

            start = newline + 1;
        }
    }

    private string LineText(int start, int end) => Raw.AsSpan(start, end - start).TrimEnd('\r').ToString();

    public override string ToString() => $"{Kind}@{Line}: {Text}";
}
