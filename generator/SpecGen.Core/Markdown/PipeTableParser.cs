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
        var tables = new List<PipeTable>();
        if (block.Kind != MdBlockKind.Paragraph || block.Raw.IndexOf('|') < 0)
        {
            return tables;
        }

        // Walk the lines as spans: a table line becomes a row directly, with no copy of the line.
        var run = new List<TableRow>();
        var raw = block.Raw.AsSpan();
        var line = block.Line;
        while (true)
        {
            var newline = raw.IndexOf('\n');
            var text = newline < 0 ? raw : raw[..newline];
            if (IsTableLine(text))
            {
                run.Add(new TableRow(line, SplitCells(text)));
            }
            else
            {
                Flush(run, tables);
            }

            if (newline < 0)
            {
                break;
            }

            raw = raw[(newline + 1)..];
            line++;
        }

        Flush(run, tables);
        return tables;
    }

    /// <summary>The lines of a paragraph that are not table lines (e.g. <c>● 200 响应数据格式：JSON</c>).</summary>
    public static IEnumerable<(int Line, string Text)> TextLines(MdBlock block) =>
        block.Lines().Where(l => !IsTableLine(l.Text) && l.Text.Trim().Length > 0);

    private static bool IsTableLine(ReadOnlySpan<char> line) => line.TrimStart(" \t").StartsWith('|');

    private static void Flush(List<TableRow> rows, List<PipeTable> tables)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (rows.Count >= 2 && IsDelimiterRow(rows[1]))
        {
            tables.Add(new PipeTable(rows[0].Line, rows[0], rows.Skip(2).ToList()));
        }
        else
        {
            tables.Add(new PipeTable(rows[0].Line, null, rows.Where(r => !IsDelimiterRow(r)).ToList()));
        }

        rows.Clear();
    }

    public static bool IsDelimiterRow(TableRow row) =>
        row.Cells.Count > 0 && row.Cells.All(c => c.Length > 0 && c.Trim(':').Length > 0 && c.Trim(':').All(ch => ch == '-'));

    public static IReadOnlyList<string> SplitCells(string line) => SplitCells(line.AsSpan());

    private static IReadOnlyList<string> SplitCells(ReadOnlySpan<char> line)
    {
        var text = line.TrimEnd('\r').Trim();
        var cells = new List<string>();
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
                cells.Add(Cell(text[start..position]));
                start = position + 1;
            }
        }

        if (start < text.Length || (text.Length > 0 && text[^1] != '|') || text.Length == 1)
        {
            cells.Add(start <= text.Length ? Cell(text[Math.Min(start, text.Length)..]) : string.Empty);
        }

        return cells;
    }

    private static string Cell(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        return trimmed.IndexOf('\\') < 0 ? trimmed.ToString() : Unescape(trimmed.ToString());
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
