using System.Text;

namespace SpecGen.Core.Readers.Fields;

/// <summary>
/// A field table's name cell taken apart: how it marks depth, the wire name, and a required flag
/// written into the name (<c>**body**  &lt;br&gt;*required*</c>, <c>name（必填）</c>, <c>name*</c>).
/// </summary>
/// <param name="Markers">Explicit depth markers (<c>»</c>, <c>⇥</c>): the depth itself.</param>
/// <param name="Indent">Indentation width (spaces, <c>&amp;nbsp;</c>, <c>&amp;emsp;</c>, tree glyphs <c>└─ ├─ │</c>): depth by comparison with the rows around it.</param>
internal readonly record struct FieldName(string Name, int Markers, int Indent, bool? Required)
{
    private static readonly string[] Entities = ["&nbsp;", "&emsp;", "&ensp;", "&#160;", "&#8195;", "&#12288;"];

    /// <summary>Characters a name cell needs taking apart for: tags, emphasis, code, flags in brackets, strike-through.</summary>
    private static readonly System.Buffers.SearchValues<char> Decorations = System.Buffers.SearchValues.Create("<*_`(（[~");

    private static readonly (char Open, char Close)[] Brackets = [('(', ')'), ('（', '）'), ('[', ']')];
    private static readonly string[] RequiredWords = ["required", "必填", "必须", "必选", "必需", "必传"];
    private static readonly string[] OptionalWords = ["optional", "可选", "非必填", "选填"];

    /// <summary>Parses a name cell. Never throws; an empty name means "no field here".</summary>
    public static FieldName Parse(string cell)
    {
        var text = cell.Trim();
        var markers = 0;
        var indent = 0;
        var position = 0;
        while (position < text.Length)
        {
            if (text[position] is '»' or '⇥')
            {
                markers++;
                position++;
            }
            else if (text[position] is ' ' or '\t' or '\u00a0' or '\u3000' or '\u2003' or '\u2002')
            {
                indent++;
                position++;
            }
            else if (text[position] is '└' or '├' or '│' or '─' or '┃' or '┗' or '┣' or '━' || IsDashGlyph(text, position))
            {
                indent += 2;
                position++;
            }
            else if (text[position] == '&' && Entity(text, position) is { } length)
            {
                indent++;
                position += length;
            }
            else
            {
                break;
            }
        }

        var rest = position == 0 ? text : text[position..].TrimStart();
        if (rest is "*anonymous*" or "_anonymous_" or "**additionalProperties**")
        {
            return new FieldName(rest, markers, indent, null); // widdershins' composition branch and map-value rows
        }

        if (rest.AsSpan().IndexOfAny(Decorations) < 0)
        {
            return new FieldName(rest, markers, indent, null); // a plain name: nothing to take apart (most rows)
        }

        var (name, required) = Flags(Undeprecated(rest));
        return new FieldName(Common.Cells.Plain(name), markers, indent, required);
    }

    /// <summary>A dash drawn as a tree line (<c>-- name</c>, <c>- name</c>, <c>└--name</c>), not one that starts a name.</summary>
    private static bool IsDashGlyph(string text, int position) =>
        text[position] == '-' && position + 1 < text.Length && text[position + 1] is '-' or ' ' or '\u00a0' or '─' or '>' or '&';

    private static int? Entity(string text, int position)
    {
        foreach (var entity in Entities)
        {
            if (string.CompareOrdinal(text, position, entity, 0, entity.Length) == 0)
            {
                return entity.Length;
            }
        }

        return null;
    }

    /// <summary>Splits <c>name &lt;br&gt; *required*</c>, <c>name (必填)</c>, <c>name*</c> into the name and the flag.</summary>
    private static (string Name, bool? Required) Flags(string text)
    {
        var cut = text.IndexOf("<br", StringComparison.OrdinalIgnoreCase);
        string? rest = null;
        if (cut > 0)
        {
            rest = StripTags(text[cut..]);
            text = text[..cut];
        }

        text = StripTags(text).Trim();
        bool? required = rest is null ? null : Word(rest);
        foreach (var (open, close) in Brackets)
        {
            if (text.Length > 2 && text[^1] == close && text.LastIndexOf(open) is var start and > 0 && Word(text[(start + 1)..^1]) is { } flag)
            {
                required = flag;
                text = text[..start].Trim();
            }
        }

        if (text.Length > 1 && text[^1] == '*' && !text.EndsWith("**", StringComparison.Ordinal))
        {
            required = true;
            text = text[..^1].Trim();
        }
        else if (text.Length > 1 && text[0] == '*' && text[1] != '*' && !text.EndsWith('*'))
        {
            required = true;
            text = text[1..].Trim();
        }

        return (text, required);
    }

    /// <summary><c>~~userStatus~~</c> (a deprecated field struck through) → <c>userStatus</c>.</summary>
    private static string Undeprecated(string text)
    {
        var trimmed = text;
        return trimmed.Length > 4 && trimmed.StartsWith("~~", StringComparison.Ordinal) && trimmed.EndsWith("~~", StringComparison.Ordinal) ? trimmed[2..^2] : trimmed;
    }

    private static bool? Word(string text)
    {
        var word = text.Trim().Trim('*', '_', ' ').Trim();
        if (RequiredWords.Any(w => word.Equals(w, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return OptionalWords.Any(w => word.Equals(w, StringComparison.OrdinalIgnoreCase)) ? false : null;
    }

    private static readonly HashSet<string> HtmlTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "i", "u", "s", "p", "br", "hr", "span", "div", "font", "strong", "em", "code", "pre", "sup", "sub", "small", "big", "img",
        "table", "thead", "tbody", "tr", "td", "th", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "center", "blockquote", "del", "ins",
        "mark", "label", "input", "details", "summary", "kbd", "tt", "strike",
    };

    /// <summary>An HTML tag or comment starts at <paramref name="at"/> (<c>&lt;span …&gt;</c>, <c>&lt;/p&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;!-- --&gt;</c>), not a placeholder such as <c>&lt;id&gt;</c>.</summary>
    private static bool IsHtmlTag(string text, int at)
    {
        var start = at + 1;
        if (start < text.Length && text[start] == '!')
        {
            return true;
        }

        if (start < text.Length && text[start] == '/')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        return end > start && (end == text.Length || text[end] is '>' or ' ' or '/' or '\t' or '\n') && HtmlTags.Contains(text[start..end]);
    }

    /// <summary>The text of a cell with HTML tags removed (<c>&lt;span style=…&gt;id&lt;/span&gt;</c> → <c>id</c>).</summary>
    public static string StripTags(string text)
    {
        if (text.IndexOf('<') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var inTag = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<' && IsHtmlTag(text, i))
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
