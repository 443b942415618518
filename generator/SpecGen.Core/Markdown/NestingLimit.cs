using System.Text;
using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Markdown;

/// <summary>
/// Markdig throws (it does not recover) when containers nest about 128 deep: 128 <c>&gt;</c> on a
/// line, or 64 nested list items. No API doc nests like that, so when Markdig gives up, a line whose
/// container prefix (indentation, <c>&gt;</c> quote markers, list markers) would open more than
/// <see cref="MaxDepth"/> levels loses that prefix and is read as plain text, reported with its line.
/// The estimate counts a list marker as two levels (list + item) and each column of indentation
/// before a marker as one, so it is not below Markdig's own count; the document is then parsed again.
/// </summary>
internal static class NestingLimit
{
    /// <summary>The deepest container prefix a line may have (Markdig's own limit is 128).</summary>
    public const int MaxDepth = 48;

    private const int MaxReported = 10;

    public static string Apply(string text, DiagnosticBag diagnostics)
    {
        StringBuilder? builder = null;
        var copied = 0;
        var reported = 0;
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var (depth, prefix) = Measure(text.AsSpan(start, end - start));
            if (depth > MaxDepth)
            {
                builder ??= new StringBuilder(text.Length);
                builder.Append(text, copied, start - copied);
                copied = start + prefix;
                if (reported++ < MaxReported)
                {
                    diagnostics.Warn(line, DiagnosticCodes.NestingTooDeep,
                        $"markdown containers (quotes, lists, indentation) nested about {depth} levels deep, over the limit of {MaxDepth}; the line was read as plain text");
                }
            }

            start = end + 1;
        }

        if (reported > MaxReported)
        {
            diagnostics.Warn(line - 1, DiagnosticCodes.NestingTooDeep, $"{reported - MaxReported} more lines nested over the limit of {MaxDepth} were read as plain text");
        }

        if (builder is null)
        {
            return text;
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    /// <summary>The estimated container depth of a line and the length of its container prefix (indentation only counts before a marker).</summary>
    private static (int Depth, int Prefix) Measure(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var spaces = 0;
        var prefix = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t')
            {
                spaces += c == ' ' ? 1 : 4;
                i++;
                continue;
            }

            var marker = 0;
            if (c == '>')
            {
                marker = 1;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                marker = 2;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < line.Length && j - i < 9 && char.IsAsciiDigit(line[j]))
                {
                    j++;
                }

                if (j + 1 < line.Length && line[j] is '.' or ')' && line[j + 1] is ' ' or '\t')
                {
                    marker = 2;
                    i = j + 1;
                }
            }

            if (marker == 0)
            {
                break;
            }

            depth += spaces + marker;
            spaces = 0;
            prefix = i;
        }

        return (depth, prefix);
    }
}
