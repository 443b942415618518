using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpecGen.Core.Readers.SwaggerMarkdown;

/// <summary>swagger-markdown's text conventions: its escaping, <c>&lt;br&gt;</c>-joined cell parts, <c>*Enum:*</c> lists.</summary>
internal static partial class Text
{
    /// <summary>Undoes swagger-markdown's <c>textEscape</c> (<c>|</c> → <c>\|</c>, <c>\</c> → <c>\\</c>); null when nothing is left.</summary>
    public static string? Unescape(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '\\' or '|')
            {
                builder.Append(text[i + 1]);
                i++;
                continue;
            }

            builder.Append(text[i]);
        }

        var result = builder.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>
    /// A model field's description cell: the description, <c>*Enum:* `"a"`, `"b"`</c> and
    /// <c>*Example:* `…`</c> parts joined by <c>&lt;br&gt;</c>. Returns the description alone and the enum values.
    /// </summary>
    public static (string? Description, IReadOnlyList<string> Enum) FieldDescription(string cell)
    {
        var parts = cell.Split("<br>");
        var kept = new List<string>();
        var values = new List<string>();
        foreach (var part in parts)
        {
            var enumPart = EnumPart().Match(part.Trim());
            if (enumPart.Success)
            {
                values.AddRange(CodeSpan().Matches(enumPart.Groups["values"].Value).Select(m => JsonLiteral(m.Groups["code"].Value)));
                continue;
            }

            if (ExamplePart().IsMatch(part.Trim()))
            {
                continue;
            }

            kept.Add(part);
        }

        var description = string.Join("<br>", kept).Trim();
        return (description.Length == 0 ? null : description, values);
    }

    /// <summary>
    /// A response description cell: the text; the first <c>**Example** (*type*):&lt;br&gt;&lt;pre&gt;…&lt;/pre&gt;</c>
    /// as JSON text; whether a <c>**Headers:**</c> list (which the drafts cannot hold) was cut off.
    /// </summary>
    public static (string? Description, string? Example, bool HadHeaders) ResponseDescription(string cell)
    {
        var example = ResponseExample().Match(cell);
        var text = example.Success ? cell[..example.Index] : cell;
        var headers = text.IndexOf("**Headers:**", StringComparison.Ordinal);
        if (headers >= 0)
        {
            text = text[..headers];
        }

        return (Blank(text), example.Success ? example.Groups["example"].Value.Replace("<br>", "\n", StringComparison.Ordinal) : null, headers >= 0);
    }

    private static string? Blank(string text)
    {
        var trimmed = text.Trim();
        while (trimmed.EndsWith("<br>", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^4].TrimEnd();
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>
    /// A type cell of the OpenAPI 3 layout may add <c>&lt;br&gt;**Available values:** "a", "b"</c> and
    /// <c>&lt;br&gt;**Default:** x</c>: the type alone and the listed values.
    /// </summary>
    public static (string Type, IReadOnlyList<string> Enum) TypeCell(string cell)
    {
        var text = cell.Trim();
        if (text.StartsWith('{') || (text.StartsWith('[') && text[1..].TrimStart().StartsWith('{')))
        {
            return (text, Array.Empty<string>()); // an inline object: its fields carry their own values (InlineObject)
        }

        var values = new List<string>();
        var available = AvailableValues().Match(text);
        if (available.Success)
        {
            values.AddRange(available.Groups["values"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(JsonLiteral));
        }

        var br = text.IndexOf("<br>", StringComparison.Ordinal);
        var type = (br >= 0 ? text[..br] : text).Trim().TrimEnd(',').Trim();
        return (type, values);
    }

    /// <summary>A JSON literal from an enum list: strings lose their quotes, other values stay as written.</summary>
    private static string JsonLiteral(string code)
    {
        try
        {
            using var json = JsonDocument.Parse(code);
            return json.RootElement.ValueKind == JsonValueKind.String ? json.RootElement.GetString() ?? code : code;
        }
        catch (JsonException)
        {
            return code;
        }
    }

    [GeneratedRegex(@"\*\*Available values:\*\*\s*(?<values>.*?)(?:,?\s*<br>|$)")]
    private static partial Regex AvailableValues();

    [GeneratedRegex(@"^\*Enum:\*\s*(?<values>.*)$")]
    private static partial Regex EnumPart();

    [GeneratedRegex(@"^\*Example:\*")]
    private static partial Regex ExamplePart();

    [GeneratedRegex(@"`(?<code>[^`]*)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?:<br>)*\*\*Example\*\*\s*\([^)]*\):\s*(?:<br>)?<pre>(?<example>.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ResponseExample();
}
