using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SpecGen.Core.Markdown;

/// <summary>
/// Reads HTML tables (<c>&lt;table&gt;&lt;tr&gt;&lt;th&gt;…</c>) in HTML blocks into <see cref="PipeTable"/>s, so that
/// field tables some generators write as HTML (YApi's body and response tables) are read like pipe
/// tables. Cell text has its tags removed and entities decoded; an indentation written as
/// <c>padding-left: 20px</c> becomes two leading spaces per 20px, which field readers compare.
/// </summary>
public static partial class HtmlTableParser
{
    /// <summary>The tables in an HTML block, in order; none for other blocks.</summary>
    public static IReadOnlyList<PipeTable> Extract(MdBlock block)
    {
        if (block.Kind is not (MdBlockKind.Html or MdBlockKind.Paragraph) || !block.RawSpan.Contains("<table", StringComparison.OrdinalIgnoreCase))
        {
            return Array.Empty<PipeTable>();
        }

        var raw = block.Raw;
        var lines = new LineIndex(raw);
        var tables = new List<PipeTable>();
        foreach (Match table in TablePattern().Matches(raw))
        {
            TableRow? header = null;
            var rows = new List<TableRow>();
            foreach (Match row in RowPattern().Matches(table.Value))
            {
                var line = block.Line + lines.LineAt(table.Index + row.Index) - 1;
                var cells = CellPattern().Matches(row.Groups["body"].Value).Select(c => CellText(c.Groups["body"].Value)).ToArray();
                if (cells.Length == 0)
                {
                    continue;
                }

                var isHeader = header is null && rows.Count == 0 && row.Value.Contains("<th", StringComparison.OrdinalIgnoreCase);
                if (isHeader)
                {
                    header = new TableRow(line, cells);
                }
                else
                {
                    rows.Add(new TableRow(line, cells));
                }
            }

            if (header is not null || rows.Count > 0)
            {
                tables.Add(new PipeTable(header?.Line ?? rows[0].Line, header, rows));
            }
        }

        return tables;
    }

    private static string CellText(string html)
    {
        var indent = 0;
        foreach (Match padding in PaddingPattern().Matches(html))
        {
            indent += int.TryParse(padding.Groups["px"].Value, out var px) ? Math.Min(px, 2000) / 10 : 0;
        }

        var text = WebUtility.HtmlDecode(TagPattern().Replace(html, " "));
        text = WhitespacePattern().Replace(text, " ").Trim();
        return indent > 0 && text.Length > 0 ? new StringBuilder().Append(' ', indent).Append(text).ToString() : text;
    }

    [GeneratedRegex(@"<table\b.*?</table\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"<tr\b[^>]*>(?<body>.*?)(?:</tr\s*>|(?=<tr\b)|$)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"<t[hd]\b[^>]*>(?<body>.*?)(?:</t[hd]\s*>|(?=<t[hd]\b)|$)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CellPattern();

    [GeneratedRegex(@"padding-left:\s*(?<px>\d{1,5})px", RegexOptions.IgnoreCase)]
    private static partial Regex PaddingPattern();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex WhitespacePattern();
}
