using System.Text.RegularExpressions;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Common;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// swagger2markup's small markup pieces: <c>&lt;a name="x"&gt;&lt;/a&gt;</c> anchors, the fenced
/// <c>POST /pets</c> request line, <c>*Label* : value</c> lines and <c>* item</c> lists.
/// </summary>
internal static partial class Markup
{
    /// <summary>The anchor a paragraph starts with, and the text after it (<c>**category**</c> for an inline object).</summary>
    public static (string Anchor, string After)? Anchor(MdBlock block)
    {
        if (block.Kind is not (MdBlockKind.Paragraph or MdBlockKind.Html))
        {
            return null;
        }

        var match = AnchorPattern().Match(block.Raw);
        return match.Success ? (match.Groups["anchor"].Value, block.Raw[match.Length..].Trim()) : null;
    }

    /// <summary>The anchor written just before block <paramref name="index"/>, if any.</summary>
    public static string? AnchorBefore(MdDocument document, int index) =>
        index > 0 && Anchor(document.Blocks[index - 1]) is { After.Length: 0 } anchor ? anchor.Anchor : null;

    /// <summary>A code block that holds only <c>METHOD /path</c>.</summary>
    public static (string Method, string Path)? RequestLine(MdBlock block)
    {
        if (block.Kind != MdBlockKind.Code)
        {
            return null;
        }

        var match = RequestPattern().Match(block.Text.Trim());
        return match.Success ? (match.Groups["method"].Value.ToUpperInvariant(), match.Groups["path"].Value) : null;
    }

    /// <summary>The operation heading at <paramref name="index"/>: a heading whose next block is a request line.</summary>
    public static (string Method, string Path)? OperationAt(MdDocument document, int index) =>
        document.Blocks[index].Kind == MdBlockKind.Heading && index + 1 < document.Blocks.Count ? RequestLine(document.Blocks[index + 1]) : null;

    /// <summary><c>*Version* : 1.0.0</c> (and 0.x's <c>Version: 1.0</c>) lines of a paragraph.</summary>
    public static IEnumerable<(int Line, string Label, string Value)> LabelledLines(MdBlock block)
    {
        if (block.Kind != MdBlockKind.Paragraph)
        {
            yield break;
        }

        foreach (var (line, text) in block.Lines())
        {
            var match = LabelPattern().Match(text.Trim());
            if (match.Success)
            {
                yield return (line, match.Groups["label"].Value.Trim(), match.Groups["value"].Value.Trim());
            }
        }
    }

    /// <summary>The items of a bullet list, without backticks.</summary>
    public static IEnumerable<(int Line, string Text)> ListItems(MdBlock block)
    {
        if (block.Kind != MdBlockKind.List)
        {
            yield break;
        }

        foreach (var (line, text) in block.Lines())
        {
            var item = text.Trim();
            if (item.Length > 1 && item[0] is '*' or '-' or '+' && item[1] == ' ')
            {
                yield return (line, Cells.Plain(item[2..].Trim()));
            }
        }
    }

    /// <summary>The text of a link (<c>[petstore_auth](#petstore_auth)</c> → <c>petstore_auth</c>) or the text itself.</summary>
    public static string LinkText(string text)
    {
        var match = LinkPattern().Match(text.Trim());
        return match.Success ? match.Groups["text"].Value.Trim() : text.Trim();
    }

    /// <summary>A cell's text without the <c>&lt;br&gt;</c> separators swagger2markup leaves at its end (before its labels); null when nothing is left.</summary>
    public static string? TrimBreaks(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = TrailingBreaks().Replace(text, string.Empty).Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    [GeneratedRegex(@"(?:\s*<br\s*/?>)+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingBreaks();

    /// <summary>A heading without strike-through (deprecated operations) or a link around it.</summary>
    public static string HeadingText(MdBlock heading) => LinkText(heading.Text.Trim().Trim('~').Trim());

    [GeneratedRegex(@"^<a name=""(?<anchor>[^""]*)""\s*>\s*</a>")]
    private static partial Regex AnchorPattern();

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+(?<path>/\S*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestPattern();

    [GeneratedRegex(@"^(?:\*(?<label>[^*]+)\*\s*:|(?<label>[A-Za-z][A-Za-z ]*):)\s*(?<value>.*?)\s*\\?$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^\[(?<text>[^\[\]]+)\]\([^)]*\)$")]
    private static partial Regex LinkPattern();
}
