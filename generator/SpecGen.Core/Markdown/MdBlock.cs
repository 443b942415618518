namespace SpecGen.Core.Markdown;

/// <summary>
/// One top-level block of a markdown document, flattened from Markdig's tree so that dialect
/// readers can walk a document as a list. Text is always taken from the source span, never
/// rebuilt from inlines, so nothing a vendor wrote is lost or re-rendered.
/// </summary>
public sealed class MdBlock
{
    /// <summary>The text <see cref="Raw"/> is cut from: the document's text, or the raw text itself.</summary>
    private readonly string _source;
    private readonly int _rawStart;
    private readonly int _rawLength;
    private readonly string? _text;
    private string? _raw;
    private string? _firstLine;

    public MdBlock(MdBlockKind kind, int line, int endLine, int start, int end, string raw, string text, int level = 0, string? info = null, bool closed = true)
        : this(kind, line, endLine, start, end, raw, 0, raw.Length, text, level, info, closed)
    {
        _raw = raw;
    }

    private MdBlock(MdBlockKind kind, int line, int endLine, int start, int end, string source, int rawStart, int rawLength, string? text, int level, string? info, bool closed)
    {
        Kind = kind;
        Line = line;
        EndLine = endLine;
        Start = start;
        End = end;
        _source = source;
        _rawStart = rawStart;
        _rawLength = rawLength;
        _text = text;
        Level = level;
        Info = info;
        Closed = closed;
    }

    /// <summary>
    /// A block of <paramref name="source"/> (the document text) from <paramref name="start"/> to
    /// <paramref name="end"/>. Its <see cref="Raw"/> string is only cut when asked for: readers see
    /// most blocks (table paragraphs above all) through <see cref="RawSpan"/> alone.
    /// </summary>
    /// <param name="text">The <see cref="Text"/>, or null when it is the raw text.</param>
    internal static MdBlock InSource(MdBlockKind kind, int line, int endLine, string source, int start, int end, string? text, int level = 0, string? info = null, bool closed = true) =>
        new(kind, line, endLine, start, end, source, start, end - start, text, level, info, closed);

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
    public string Raw => _raw ??= _source.Substring(_rawStart, _rawLength);

    /// <summary><see cref="Raw"/> without a copy.</summary>
    internal ReadOnlySpan<char> RawSpan => _source.AsSpan(_rawStart, _rawLength);

    /// <summary>Heading: the text after the <c>#</c> marks. Code: the content inside the fence.
    /// Quote: the content with the <c>&gt;</c> markers removed. Other kinds: <see cref="Raw"/>.</summary>
    public string Text => _text ?? Raw;

    /// <summary>Heading level (1-6); 0 for other kinds.</summary>
    public int Level { get; }

    /// <summary>The info string of a fenced code block (<c>json</c>, <c>json5</c>, …).</summary>
    public string? Info { get; }

    /// <summary>False for a fenced code block whose closing fence is missing.</summary>
    public bool Closed { get; }

    /// <summary>The first source line, trimmed (computed once).</summary>
    public string FirstLine => _firstLine ??= FirstLineOf();

    /// <summary>The pipe tables in this block, split once (<see cref="PipeTableParser.Extract"/>).</summary>
    internal IReadOnlyList<PipeTable>? CachedTables { get; set; }

    /// <summary>The cell strings shared by the tables of the block's document; null for a block made on its own.</summary>
    internal CellStrings? CellStrings { get; set; }

    /// <summary>The first line, trimmed: <see cref="Raw"/> itself when that is one line with nothing to trim.</summary>
    private string FirstLineOf()
    {
        var newline = RawSpan.IndexOf('\n');
        var line = (newline < 0 ? RawSpan : RawSpan[..newline]).Trim();
        return line.Length == _rawLength ? Raw : line.ToString();
    }

    public bool IsHeading(int level) => Kind == MdBlockKind.Heading && Level == level;

    /// <summary>The block's source lines with their 1-based line numbers.</summary>
    public IEnumerable<(int Line, string Text)> Lines()
    {
        var lines = new List<(int Line, string Text)>();
        var line = Line;
        foreach (var text in new SpanLines(RawSpan))
        {
            lines.Add((line++, text.TrimEnd('\r').ToString()));
        }

        return lines;
    }

    public override string ToString() => $"{Kind}@{Line}: {Text}";
}
