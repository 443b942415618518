using System.Text;

namespace SpecGen.Diff;

/// <summary>
/// Doc-derived text made safe for markdown (a table cell, a list item): one line, at most
/// <see cref="MaxLength"/> characters, markup escaped, so it can neither break the layout nor inject markup.
/// </summary>
public static class MarkdownText
{
    /// <summary>Longer text is cut with an ellipsis.</summary>
    public const int MaxLength = 200;

    /// <summary>A code span that holds any text: backticks can't close it early, pipes can't split a table cell.</summary>
    public static string Code(string text)
    {
        var cell = Shorten(text).Replace("|", "\\|", StringComparison.Ordinal);
        var fence = cell.Contains('`', StringComparison.Ordinal) ? "`` " : "`";
        var closing = fence == "`" ? "`" : " ``";
        return fence + cell + closing;
    }

    /// <summary>Markdown-inert text: one line, pipes and markup characters escaped; empty for null.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var ch in Shorten(text))
        {
            switch (ch)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '!' or '&':
                    builder.Append('\\').Append(ch);
                    break;
                default:
                    builder.Append(ch);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Shorten(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= MaxLength ? line : line[..(MaxLength - 1)] + "…";
    }
}
