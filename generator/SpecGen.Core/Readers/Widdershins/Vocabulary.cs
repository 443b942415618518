using System.Text.RegularExpressions;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Widdershins;

/// <summary>The fixed texts of widdershins output, in the original English and in Apifox's Chinese.</summary>
internal static partial class Vocabulary
{
    public static readonly string[] ModelsHeadings = { "数据模型", "Schemas", "Data Schema" };
    public static readonly string[] ParameterHeadings = { "请求参数", "Parameters", "Params" };
    public static readonly string[] ResponseHeadings = { "返回结果", "Responses" };
    public static readonly string[] ResponseSchemaHeadings = { "返回数据结构", "Response Schema", "Responses Data Schema" };
    public static readonly string[] ResponseHeaderHeadings = { "Response Headers", "返回头" };
    public static readonly string[] EnumHeadings = { "枚举值", "Enumerated Values" };
    public static readonly string[] PropertyHeadings = { "属性", "Properties", "Attribute" };
    public static readonly string[] BodyQuotes = { "Body 请求参数", "Body parameter", "Body Parameters" };
    public static readonly string[] ExampleQuotes = { "返回示例", "Example responses", "Response Examples" };

    /// <summary>The status table's columns: 状态码 / Status (Apifox's English export: HTTP Status Code), meaning, description, schema.</summary>
    public static readonly string[] StatusColumn = { "状态码", "Status", "HTTP Status Code" };
    public static readonly string[] MeaningColumn = { "状态码含义", "Meaning" };
    public static readonly string[] StatusDescriptionColumn = { "说明", "Description" };
    public static readonly string[] StatusSchemaColumn = { "数据模型", "Schema", "Data schema" };
    public static readonly string[] CodeSampleQuotes = { "Code samples" };

    /// <summary>Whether the trimmed text is one of <paramref name="options"/>, ignoring case.</summary>
    public static bool Is(string text, string[] options)
    {
        var trimmed = text.AsSpan().Trim();
        foreach (var option in options)
        {
            if (trimmed.Equals(option, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of a heading, whether markdown (<c>### 请求参数</c>) or HTML (<c>&lt;h3 id="x"&gt;Parameters&lt;/h3&gt;</c>).</summary>
    public static (int Level, string Text, string? Id)? Heading(MdBlock block)
    {
        if (block.Kind == MdBlockKind.Heading)
        {
            return (block.Level, block.Text, null);
        }

        if (block.Kind is MdBlockKind.Html or MdBlockKind.Paragraph && block.RawSpan.StartsWith("<h", StringComparison.Ordinal))
        {
            var match = HtmlHeading().Match(block.FirstLine);
            if (match.Success)
            {
                return (match.Groups["level"].Value[0] - '0', System.Net.WebUtility.HtmlDecode(match.Groups["text"].Value.Trim()), match.Groups["id"].Value);
            }
        }

        return null;
    }

    /// <summary>Anchors (<c>&lt;a id="x"&gt;&lt;/a&gt;</c>) in a block that holds nothing else.</summary>
    public static IReadOnlyList<string> Anchors(MdBlock block)
    {
        if (!HasAnchors(block))
        {
            return Array.Empty<string>();
        }

        var text = HtmlComment().Replace(block.Raw, string.Empty);
        return Anchor().Matches(text).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["id"].Value)).ToList();
    }

    /// <summary>Whether <see cref="Anchors"/> finds any, without building the list (or the block's raw string, unless it has comments).</summary>
    public static bool HasAnchors(MdBlock block)
    {
        if (block.Kind is not (MdBlockKind.Html or MdBlockKind.Paragraph) || !block.RawSpan.StartsWith('<'))
        {
            return false;
        }

        return block.RawSpan.Contains("<!--", StringComparison.Ordinal)
            ? IsAnchorsOnly(HtmlComment().Replace(block.Raw, string.Empty))
            : IsAnchorsOnly(block.RawSpan);
    }

    /// <summary>
    /// One or more anchors and whitespace only. Matches are enumerated in place (no match objects,
    /// no copy with the anchors removed): the text is anchors only when every gap between them is whitespace.
    /// </summary>
    private static bool IsAnchorsOnly(ReadOnlySpan<char> text)
    {
        var anchors = 0;
        var gapStart = 0;
        foreach (var match in Anchor().EnumerateMatches(text))
        {
            if (!text[gapStart..match.Index].IsWhiteSpace())
            {
                return false;
            }

            gapStart = match.Index + match.Length;
            anchors++;
        }

        return anchors > 0 && text[gapStart..].IsWhiteSpace();
    }

    /// <summary>Every anchor in a block, whatever else it holds (widdershins puts a model's anchors in its h2 block).</summary>
    public static IReadOnlyList<string> AllAnchors(MdBlock block) =>
        Anchor().Matches(block.Raw).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["id"].Value)).ToList();

    /// <summary>The operation's request line: <c>POST /path</c> (Apifox) or <c>`GET /pets`</c> (widdershins).</summary>
    public static (string Method, string Path)? RequestLine(MdBlock block)
    {
        if (block.Kind != MdBlockKind.Paragraph)
        {
            return null;
        }

        var match = RequestLinePattern().Match(block.FirstLine);
        return match.Success ? (match.Groups["method"].Value.ToUpperInvariant(), match.Groups["path"].Value) : null;
    }

    /// <summary>A composition marker paragraph (<c>*anyOf*</c>, <c>or</c>, <c>xor</c>, <c>continued</c>, …), or null.</summary>
    public static CompositionKind? Marker(MdBlock block)
    {
        if (block.Kind != MdBlockKind.Paragraph || block.RawSpan.Length > 24)
        {
            return null;
        }

        var text = block.Raw.Trim().Trim('*', '_').Trim();
        return text switch
        {
            "anyOf" or "or" => CompositionKind.AnyOf,
            "oneOf" or "xor" => CompositionKind.OneOf,
            "allOf" or "and" => CompositionKind.AllOf,
            "continued" => CompositionKind.None,
            _ => null,
        };
    }

    /// <summary><c>状态码 **200**</c> / <c>Status Code **200**</c>.</summary>
    public static string? StatusLine(MdBlock block)
    {
        if (block.Kind != MdBlockKind.Paragraph || block.RawSpan.Length > 40)
        {
            return null;
        }

        var match = StatusLinePattern().Match(block.Raw.Trim());
        return match.Success ? match.Groups["code"].Value : null;
    }

    /// <summary><c>200 Response</c> in an example quote.</summary>
    public static string? ExampleStatus(MdBlock block)
    {
        if (block.Kind != MdBlockKind.Quote)
        {
            return null;
        }

        var match = ExampleStatusPattern().Match(block.Text);
        if (match.Success)
        {
            return match.Groups["code"].Value;
        }

        // Apifox's English export names the status by its reason phrase: "> Created", "> OK".
        return ReasonPhrases.TryGetValue(block.Text.Trim(), out var code) ? code : null;
    }

    private static readonly Dictionary<string, string> ReasonPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OK"] = "200", ["Created"] = "201", ["Accepted"] = "202", ["No Content"] = "204", ["Moved Permanently"] = "301", ["Found"] = "302",
        ["Not Modified"] = "304", ["Bad Request"] = "400", ["Unauthorized"] = "401", ["Forbidden"] = "403", ["Not Found"] = "404",
        ["Method Not Allowed"] = "405", ["Conflict"] = "409", ["Unprocessable Entity"] = "422", ["Too Many Requests"] = "429",
        ["Internal Server Error"] = "500", ["Bad Gateway"] = "502", ["Service Unavailable"] = "503", ["成功"] = "200",
    };

    /// <summary>
    /// A fenced block that may hold a JSON example: <c>```json</c>, <c>```json5</c> or no info string. widdershins
    /// prints YAML samples as <c>```yaml</c> (option <c>yaml</c>, form bodies, YAML media types) and XML as <c>```xml</c>.
    /// </summary>
    public static bool IsJsonFence(MdBlock block) => block.Kind == MdBlockKind.Code && Assembly.ExampleParser.IsJsonInfo(block.Info);


    /// <summary>The text of a markdown link (<c>[OK](https://…)</c> → <c>OK</c>), or the text itself.</summary>
    public static string LinkText(string cell)
    {
        var match = LinkPattern().Match(cell.Trim());
        return match.Success ? match.Groups["text"].Value : cell.Trim();
    }

    [GeneratedRegex(@"^<h(?<level>[1-6])(?:\s+id=""(?<id>[^""]*)"")?[^>]*>(?<text>.*?)</h\k<level>>$", RegexOptions.Singleline)]
    private static partial Regex HtmlHeading();

    [GeneratedRegex(@"<a\s+id=""(?<id>[^""]*)""\s*>\s*</a>")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"^`?(?<method>GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+(?<path>/\S*?)`?$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestLinePattern();

    [GeneratedRegex(@"^(?:状态码|Status Code|HTTP Status Code)\s*\*\*(?<code>\w+)\*\*$")]
    private static partial Regex StatusLinePattern();

    [GeneratedRegex(@"^(?<code>\w+) Response$")]
    private static partial Regex ExampleStatusPattern();

    [GeneratedRegex(@"^\[(?<text>[^\]]*)\]\([^)]*\)$")]
    private static partial Regex LinkPattern();
}
