using System.Text;

namespace SpecGen.Core.Markdown;

/// <summary>
/// Splits GFM-style pipe tables out of paragraph blocks. Cells are split on unescaped <c>|</c>,
/// trimmed and unescaped (<c>\|</c>, <c>\[</c>, …). Unlike GFM, rows keep every cell, so a
/// squashed row (002's four header rows on one line) can still be read.
/// </summary>
public static class PipeTableParser
{
    /// <summary>True when the line (after indentation) starts with a pipe.</summary>
    public static bool IsTableLine(string line) => IsTableLine(line.AsSpan());

    /// <summary>The tables in a paragraph block, in order. Lines that are not table lines separate tables.</summary>
    public static IReadOnlyList<PipeTable> Extract(MdBlock block) => block.CachedTables ??= Split(block);

    private static IReadOnlyList<PipeTable> Split(MdBlock block)
    {
        if (block.Kind != MdBlockKind.Paragraph || !block.RawSpan.Contains('|'))
        {
            return Array.Empty<PipeTable>();
        }

        // Walk the lines as spans: a table line becomes a row directly, with no copy of the line.
        var raw = block.RawSpan;
        var tables = new List<PipeTable>();
        var run = new List<TableRow>(raw.Count('\n') + 1); // at most one row per line: the run never grows
        var cells = new List<string>();
        var strings = block.CellStrings ?? new CellStrings();
        var line = block.Line;
        var previous = ReadOnlySpan<char>.Empty;
        var pipeless = false; // inside a GFM table written without leading pipes (smart-doc: "Field | Type", "---|---")
        foreach (var text in new SpanLines(raw))
        {
            if (IsTableLine(text) || (pipeless && text.Contains('|')))
            {
                run.Add(new TableRow(line, SplitCells(text, cells, strings)));
            }
            else if (run.Count == 0 && previous.Contains('|') && IsPipelessDelimiter(text))
            {
                run.Add(new TableRow(line - 1, SplitCells(previous, cells, strings)));
                run.Add(new TableRow(line, SplitCells(text, cells, strings)));
                pipeless = true;
            }
            else
            {
                Flush(run, tables);
                pipeless = false;
            }

            previous = text;
            line++;
        }

        Flush(run, tables);
        return tables;
    }

    /// <summary>The lines of a paragraph that are not table lines (e.g. <c>● 200 响应数据格式：JSON</c>).</summary>
    public static IEnumerable<(int Line, string Text)> TextLines(MdBlock block)
    {
        List<(int Line, string Text)>? lines = null;
        HashSet<int>? pipeless = null; // lines of tables written without leading pipes
        foreach (var table in Extract(block))
        {
            if (table.Header is { } header && !IsTableLine(Line(block, header.Line)))
            {
                pipeless ??= new HashSet<int>();
                pipeless.Add(header.Line);
                pipeless.Add(header.Line + 1);
                pipeless.UnionWith(table.Rows.Select(r => r.Line));
            }
        }

        var line = block.Line;
        foreach (var source in new SpanLines(block.RawSpan))
        {
            var text = source.TrimEnd('\r');
            if (!IsTableLine(text) && !text.Trim().IsEmpty && pipeless?.Contains(line) != true)
            {
                (lines ??= new()).Add((line, text.ToString()));
            }

            line++;
        }

        return lines ?? (IEnumerable<(int, string)>)Array.Empty<(int, string)>();
    }

    private static bool IsTableLine(ReadOnlySpan<char> line) => line.TrimStart(" \t").StartsWith('|');

    /// <summary>Source line <paramref name="number"/> of the block.</summary>
    private static ReadOnlySpan<char> Line(MdBlock block, int number)
    {
        var current = block.Line;
        foreach (var text in new SpanLines(block.RawSpan))
        {
            if (current++ == number)
            {
                return text;
            }
        }

        return ReadOnlySpan<char>.Empty;
    }

    /// <summary>A delimiter row without leading pipe (<c>---|---</c>, <c>:--- | ---:</c>): at least one pipe and one dash, nothing else but colons and spaces.</summary>
    private static bool IsPipelessDelimiter(ReadOnlySpan<char> line) =>
        line.Contains('|') && line.Contains('-') && !line.TrimEnd('\r').ContainsAnyExcept("-|: \t");

    /// <summary>
    /// Ends a run of table lines: with a delimiter row under its first line it is a table with a
    /// header, otherwise a table without one whose delimiter-looking rows are dropped.
    /// </summary>
    private static void Flush(List<TableRow> rows, List<PipeTable> tables)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (rows.Count >= 2 && IsDelimiterRow(rows[1]))
        {
            tables.Add(new PipeTable(rows[0].Line, rows[0], rows.GetRange(2, rows.Count - 2)));
        }
        else
        {
            var line = rows[0].Line;
            rows.RemoveAll(IsDelimiterRow);
            tables.Add(new PipeTable(line, null, rows.ToArray()));
        }

        rows.Clear();
    }

    /// <summary>True when every cell is dashes with optional colons at either end (<c>---</c>, <c>:--:</c>).</summary>
    public static bool IsDelimiterRow(TableRow row)
    {
        if (row.Cells.Count == 0)
        {
            return false;
        }

        foreach (var cell in row.Cells)
        {
            var dashes = cell.AsSpan().Trim(':');
            if (dashes.IsEmpty || dashes.ContainsAnyExcept('-'))
            {
                return false;
            }
        }

        return true;
    }

    public static IReadOnlyList<string> SplitCells(string line) => SplitCells(line.AsSpan(), new List<string>(), new CellStrings());

    /// <summary>
    /// The cells of a table line, split on unescaped pipes. <paramref name="buffer"/> is reused from
    /// row to row so that each row costs one exactly sized array; equal cells share a string from <paramref name="strings"/>.
    /// </summary>
    private static string[] SplitCells(ReadOnlySpan<char> line, List<string> buffer, CellStrings strings)
    {
        var text = line.TrimEnd('\r').Trim();
        buffer.Clear();
        var position = text.Length > 0 && text[0] == '|' ? 1 : 0;
        var start = position;
        for (; position < text.Length; position++)
        {
            if (text[position] == '\\')
            {
                position++;
                continue;
            }

            if (text[position] == '|')
            {
                buffer.Add(Cell(text[start..position], strings));
                start = position + 1;
            }
        }

        if (start < text.Length || (text.Length > 0 && text[^1] != '|') || text.Length == 1)
        {
            buffer.Add(start <= text.Length ? Cell(text[Math.Min(start, text.Length)..], strings) : string.Empty);
        }

        return buffer.ToArray();
    }

    private static string Cell(ReadOnlySpan<char> raw, CellStrings strings)
    {
        var trimmed = raw.Trim();
        return trimmed.IndexOf('\\') < 0 ? strings.Get(trimmed) : Unescape(trimmed.ToString());
    }

    /// <summary>Removes CommonMark backslash escapes of ASCII punctuation.</summary>
    public static string Unescape(string cell)
    {
        if (cell.IndexOf('\\') < 0)
        {
            return cell;
        }

        var builder = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\' && i + 1 < cell.Length && IsAsciiPunctuation(cell[i + 1]))
            {
                builder.Append(cell[i + 1]);
                i++;
                continue;
            }

            builder.Append(cell[i]);
        }

        return builder.ToString();
    }

    private static bool IsAsciiPunctuation(char c) =>
        c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';
}
