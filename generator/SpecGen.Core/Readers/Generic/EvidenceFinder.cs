using System.Buffers;
using System.Text.RegularExpressions;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.Generic;

/// <summary>
/// Finds method and path evidence in one block, wherever a doc writes it: headings, paragraphs,
/// quotes, bullets, key-value lines (<c>请求方式：POST</c>, <c>**URL:** /x</c>), key-value table rows
/// and one-line code blocks. Longer code blocks (curl samples, JSON) are never evidence.
/// </summary>
internal static partial class EvidenceFinder
{
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "方式", "方法", "地址", "路径", "URL", "Url", "url", "URI", "Path", "path", "Method", "method", "Type", "Endpoint", "接口", "Interface", "Request", "address"],
        StringComparison.Ordinal);

    /// <summary>The method words alone: a table cell is evidence only with one of them.</summary>
    private static readonly SearchValues<string> Methods = SearchValues.Create(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"], StringComparison.Ordinal);

    /// <summary>Characters <see cref="Clean"/> has work to do for; a line without any is only trimmed.</summary>
    private static readonly SearchValues<char> Decoration = SearchValues.Create("<>*_`[-+");

    public static void Find(MdBlock block, int index, List<Evidence> found)
    {
        if (block.Kind is MdBlockKind.FrontMatter or MdBlockKind.ThematicBreak || block.RawSpan.IndexOfAny(Triggers) < 0)
        {
            return;
        }

        if (block.Kind == MdBlockKind.Code)
        {
            var text = block.Text.Trim();
            if (!text.Contains('\n') && BothPattern().Match(text) is { Success: true } match && match.Index == 0)
            {
                found.Add(Both(match, index, block.Line));
            }

            return;
        }

        if (block.Kind == MdBlockKind.Heading)
        {
            FindInLine(block.Text, index, block.Line, found, heading: true);
            return;
        }

        var tables = PipeTableParser.Extract(block);
        if (tables.Count > 0)
        {
            foreach (var table in tables)
            {
                FindInTable(table, index, found);
            }

            foreach (var (line, text) in PipeTableParser.TextLines(block))
            {
                FindInLine(text, index, line, found, heading: false);
            }

            return;
        }

        // Only lines with a trigger word become strings.
        var number = block.Line;
        foreach (var text in new SpanLines(block.RawSpan))
        {
            if (MayHoldEvidence(text, heading: false))
            {
                FindInLine(text.ToString(), index, number, found, heading: false);
            }

            number++;
        }
    }

    /// <summary>Evidence in one line of text; a key-value line with an empty value is reported by <see cref="PendingKey"/> instead.</summary>
    /// <summary>
    /// Whether a line can hold evidence at all, tested without allocating: a method word, or a key
    /// word before a colon, or (in a heading) a path.
    /// </summary>
    private static bool MayHoldEvidence(ReadOnlySpan<char> line, bool heading)
    {
        if (line.IndexOfAny(Methods) >= 0)
        {
            return true;
        }

        var colon = line.IndexOfAny(':', '：');
        if (colon > 0 && line[..colon].IndexOfAny(Triggers) >= 0)
        {
            return true;
        }

        return heading && line.Contains('/');
    }

    private static void FindInLine(string raw, int index, int line, List<Evidence> found, bool heading)
    {
        if (!MayHoldEvidence(raw, heading))
        {
            return;
        }

        var text = Clean(raw);
        if (KeyValuePattern().Match(text) is { Success: true } pair && KeyKind(pair.Groups["key"].Value) is not null)
        {
            if (KeyValue(pair.Groups["key"].Value, pair.Groups["value"].Value, index, line) is { } evidence)
            {
                found.Add(evidence);
            }

            return;
        }

        // A method + path starting the line (or anywhere in a heading); one in the middle of a sentence is a mention, not a section's own.
        if (BothPattern().Match(heading ? text : WithoutNumbering(text)) is { Success: true } both && (heading || both.Index == 0))
        {
            found.Add(Both(both, index, line));
            return;
        }

        if (heading && PathOnlyPattern().Match(text) is { Success: true } path)
        {
            var (origin, value) = SplitUrl(path.Groups["path"].Value);
            found.Add(new Evidence(EvidenceKind.Path, index, line, null, value, origin));
        }
    }

    /// <summary>The key of a key-value line whose value is on the next block (<c>**请求URL：**</c> then <c>- `http://…`</c>), or null.</summary>
    public static EvidenceKind? PendingKey(MdBlock block)
    {
        if (block.Kind is not (MdBlockKind.Paragraph or MdBlockKind.Heading) || block.RawSpan.Contains('\n')
            || block.RawSpan.IndexOfAny(':', '：') < 0 || block.RawSpan.IndexOfAny(Triggers) < 0)
        {
            return null;
        }

        var text = Clean(block.Kind == MdBlockKind.Heading ? block.Text : block.Raw);
        var match = KeyValuePattern().Match(text);
        if (!match.Success || match.Groups["value"].Value.Trim().Length > 0)
        {
            return null;
        }

        return KeyKind(match.Groups["key"].Value);
    }

    /// <summary>The value of a pending key from the block after it (its first line).</summary>
    public static Evidence? PendingValue(EvidenceKind key, MdBlock block, int index)
    {
        if (block.Kind is not (MdBlockKind.Paragraph or MdBlockKind.List or MdBlockKind.Code or MdBlockKind.Quote))
        {
            return null;
        }

        var first = block.Kind is MdBlockKind.Code or MdBlockKind.Quote ? block.Text.Trim() : block.FirstLine;
        var newline = first.IndexOf('\n');
        first = newline < 0 ? first : first[..newline];
        return KeyValue(key == EvidenceKind.Method ? "Method" : "URL", Clean(first), index, block.Line);
    }

    private static void FindInTable(PipeTable table, int index, List<Evidence> found)
    {
        // A wide table whose header names no method or path is a field table: its rows list no endpoints.
        if (table.Header is { } head && head.Cells.Count > 3 && !HeaderHasKey(head))
        {
            return;
        }

        // | 请求方式 | POST | rows (and the header row itself, for a two-cell header).
        for (var r = table.Header is null ? 0 : -1; r < table.Rows.Count; r++)
        {
            var row = r < 0 ? table.Header! : table.Rows[r];
            if (row.Cells.Count >= 2 && row.Cells[0].AsSpan().IndexOfAny(Triggers) >= 0
                && KeyKind(Clean(row.Cell(0))) is { } kind && KeyValue(kind == EvidenceKind.Method ? "Method" : "URL", Clean(row.Cell(1)), index, row.Line) is { } pair)
            {
                found.Add(pair);
                continue;
            }

            foreach (var cell in row.Cells)
            {
                if (cell.AsSpan().IndexOfAny(Methods) >= 0 && BothPattern().Match(Clean(cell)) is { Success: true } both && both.Index == 0)
                {
                    found.Add(Both(both, index, row.Line) with { Listed = true, Anchor = RowAnchor(row) });
                    break;
                }
            }
        }

        // | 接口地址 | 请求方式 | header over | /x | POST |, or an index table | 方法 | 路径 | 说明 |.
        if (table.Header is not null)
        {
            int methodColumn = -1, pathColumn = -1;
            for (var i = 0; i < table.Header.Cells.Count; i++)
            {
                if (table.Header.Cells[i].AsSpan().IndexOfAny(Triggers) < 0)
                {
                    continue;
                }

                switch (KeyKind(Clean(table.Header.Cells[i])))
                {
                    case EvidenceKind.Method when methodColumn < 0:
                        methodColumn = i;
                        break;
                    case EvidenceKind.Path when pathColumn < 0:
                        pathColumn = i;
                        break;
                }
            }

            if (methodColumn >= 0 && pathColumn >= 0)
            {
                foreach (var row in table.Rows)
                {
                    var method = MethodWord().Match(Clean(row.Cell(methodColumn)));
                    var path = PathValuePattern().Match(Clean(row.Cell(pathColumn)));
                    if (method.Success && path.Success)
                    {
                        var (origin, value) = SplitUrl(path.Groups["path"].Value);
                        found.Add(new Evidence(EvidenceKind.Both, index, row.Line, method.Value.ToUpperInvariant(), value, origin, Listed: true, RowAnchor(row)));
                    }
                }
            }
        }
    }

    /// <summary>The anchor of the first link in a row that points into a page (<c>(#x)</c>, <c>(Api.md#x)</c>), or null.</summary>
    private static string? RowAnchor(TableRow row)
    {
        foreach (var cell in row.Cells)
        {
            if (cell.Contains("#", StringComparison.Ordinal) && AnchorLink().Match(cell) is { Success: true } link)
            {
                return link.Groups["anchor"].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\]\([^)#\s]*#(?<anchor>[^)\s]+)\)")]
    private static partial Regex AnchorLink();

    private static bool HeaderHasKey(TableRow header)
    {
        foreach (var cell in header.Cells)
        {
            // "Type" heads a field table's type column far more often than a method column.
            if ((cell.AsSpan().IndexOfAny(Triggers) >= 0 && Clean(cell) is var word && !word.Equals("Type", StringComparison.OrdinalIgnoreCase) && KeyKind(word) is not null)
                || cell.AsSpan().IndexOfAny(Methods) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static Evidence? KeyValue(string key, string value, int index, int line)
    {
        switch (KeyKind(key))
        {
            case EvidenceKind.Method:
                var method = MethodWord().Match(value.Trim());
                return method.Success ? new Evidence(EvidenceKind.Method, index, line, method.Value.ToUpperInvariant(), null) : null;
            case EvidenceKind.Path:
                if (BothPattern().Match(value) is { Success: true } both)
                {
                    return Both(both, index, line);
                }

                var path = PathValuePattern().Match(value.Trim());
                if (!path.Success)
                {
                    return null;
                }

                var (origin, rest) = SplitUrl(path.Groups["path"].Value);
                return new Evidence(EvidenceKind.Path, index, line, null, rest, origin);
            default:
                return null;
        }
    }

    /// <summary><c>key：value</c> (either colon, a key of at most 30 characters): the one key-value shape the generic reader reads.</summary>
    public static Match KeyValue(string text) => KeyValuePattern().Match(text);

    /// <summary>The text without a leading section number (<c>1.2 </c>, <c>3、</c>, <c>一、</c>).</summary>
    public static string WithoutNumbering(string text) => LeadingNumber().Replace(text, string.Empty);

    /// <summary>Whether <paramref name="key"/> is a method or path key (<c>请求方式</c>, <c>URL</c>, <c>Method</c>…).</summary>
    public static bool IsKey(string key) => KeyKind(key) is not null;

    private static EvidenceKind? KeyKind(string key)
    {
        var word = key.Trim().TrimEnd(':', '：').Trim();
        if (MethodKeyPattern().IsMatch(word))
        {
            return EvidenceKind.Method;
        }

        return PathKeyPattern().IsMatch(word) ? EvidenceKind.Path : null;
    }

    private static Evidence Both(Match match, int index, int line)
    {
        var (origin, path) = SplitUrl(match.Groups["path"].Value);
        return new Evidence(EvidenceKind.Both, index, line, match.Groups["method"].Value.ToUpperInvariant(), path, origin);
    }

    /// <summary><c>http://host:8080/api/x?y=1</c> → (<c>http://host:8080</c>, <c>/api/x</c>); template hosts (<c>{{baseUrl}}</c>) are dropped.</summary>
    public static (string? Origin, string Path) SplitUrl(string url)
    {
        var text = url.Trim().TrimEnd('.', ',', ';', '。', '，');
        var query = text.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            text = text[..query];
        }

        string? origin = null;
        var match = OriginPattern().Match(text);
        if (match.Success)
        {
            origin = match.Groups["origin"].Value;
            origin = origin.StartsWith('{') || origin.StartsWith('$') ? null : origin;
            text = text[match.Length..];
        }

        return (origin, text.Length == 0 ? "/" : text);
    }

    /// <summary>A line without markdown decoration: bullets, quote markers, bold, code spans, links, HTML tags.</summary>
    public static string Clean(string line)
    {
        if (line.AsSpan().IndexOfAny(Decoration) < 0)
        {
            return line.Trim();
        }

        var text = FieldName.StripTags(line).Trim();
        text = text.TrimStart('>', ' ', '\t');
        if (text.Length > 1 && text[0] is '-' or '*' or '+' && text[1] == ' ')
        {
            text = text[2..];
        }

        text = text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);
        text = LinkPattern().Replace(text, "${text}");
        return text.Trim();
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?<method>GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)(?![A-Za-z])\]?\s*[:：]?\s*(?<path>(?:https?://[^\s/]+|\{\{?[A-Za-z_][\w.-]*\}?\}|\$\{[A-Za-z_][\w.-]*\})?/(?:[A-Za-z0-9\-._~:/@!$&*+,;=%{}]|<[A-Za-z_][A-Za-z0-9_]*>)*)")]
    private static partial Regex BothPattern();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*[.、)]?\s*)?(?<path>(?:https?://[^\s/]+)?/[A-Za-z0-9_{}:.~$-](?:[A-Za-z0-9\-._~:/@!$&*+,;=%{}]|<[A-Za-z_][A-Za-z0-9_]*>)*)\s*$")]
    private static partial Regex PathOnlyPattern();

    [GeneratedRegex(@"(?<path>(?:https?://[^\s/]+|\{\{?[A-Za-z_][\w.-]*\}?\}|\$\{[A-Za-z_][\w.-]*\})?/(?:[A-Za-z0-9\-._~:/@!$&*+,;=%{}]|<[A-Za-z_][A-Za-z0-9_]*>)*)")]
    private static partial Regex PathValuePattern();

    [GeneratedRegex(@"^(?<origin>https?://[^\s/]+|\{\{?[A-Za-z_][\w.-]*\}?\}|\$\{[A-Za-z_][\w.-]*\})", RegexOptions.IgnoreCase)]
    private static partial Regex OriginPattern();

    [GeneratedRegex(@"^(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex MethodWord();

    [GeneratedRegex(@"^(?<key>[^:：]{1,30}?)\s*[:：]\s*(?<value>.*)$")]
    private static partial Regex KeyValuePattern();

    [GeneratedRegex(@"^(?:请求方式|请求方法|请求类型|调用方式|提交方式|HTTP\s*方法|HTTP\s*Method|Request\s*Method|Request\s*type|Method|方法|Type|HTTP\s*Verb|Verb)$", RegexOptions.IgnoreCase)]
    private static partial Regex MethodKeyPattern();

    [GeneratedRegex(@"^(?:请求地址|接口地址|请求路径|接口路径|请求\s*URL|接口\s*URL|请求\s*URI|接口\s*URI|URL|URI|URL\s*地址|Path|路径|地址|Endpoint|API\s*地址|API\s*路径|Request\s*URL|调用地址|访问地址|接口|请求|API|Request|HTTP\s*请求|HTTP\s*Request|请求行|Interface\s*address|Request\s*address|Request\s*path|API\s*path)$", RegexOptions.IgnoreCase)]
    private static partial Regex PathKeyPattern();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*[.、)]?|[一二三四五六七八九十]+[、.])\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkPattern();
}
