using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace SpecGen.Core.Markdown;

/// <summary>Turns one top-level Markdig block into an <see cref="MdBlock"/> built from its source span.</summary>
internal static class BlockFlattener
{
    public static MdBlock Flatten(Block block, string text, Func<int, int> lineMap)
    {
        var start = Math.Clamp(block.Span.Start, 0, text.Length);
        var end = Math.Clamp(block.Span.End + 1, start, text.Length);
        var raw = text.AsSpan(start, end - start);
        var line = lineMap(block.Line + 1);
        var endLine = line + CountNewlines(raw);
        return block switch
        {
            YamlFrontMatterBlock => MdBlock.InSource(MdBlockKind.FrontMatter, line, endLine, text, start, end, FrontMatterText(raw.ToString())),
            HeadingBlock heading => MdBlock.InSource(MdBlockKind.Heading, line, endLine, text, start, end, HeadingText(raw), heading.Level),
            FencedCodeBlock fenced => MdBlock.InSource(MdBlockKind.Code, line, endLine, text, start, end, fenced.Lines.ToString(), info: fenced.Info, closed: fenced.ClosingFencedCharCount > 0),
            CodeBlock code => MdBlock.InSource(MdBlockKind.Code, line, endLine, text, start, end, code.Lines.ToString()),
            ParagraphBlock => MdBlock.InSource(MdBlockKind.Paragraph, line, endLine, text, start, end, null),
            QuoteBlock => MdBlock.InSource(MdBlockKind.Quote, line, endLine, text, start, end, QuoteText(raw)),
            ListBlock => MdBlock.InSource(MdBlockKind.List, line, endLine, text, start, end, null),
            HtmlBlock => MdBlock.InSource(MdBlockKind.Html, line, endLine, text, start, end, null),
            ThematicBreakBlock => MdBlock.InSource(MdBlockKind.ThematicBreak, line, endLine, text, start, end, null),
            _ => MdBlock.InSource(MdBlockKind.Other, line, endLine, text, start, end, null),
        };
    }

    private static int CountNewlines(ReadOnlySpan<char> raw)
    {
        var count = 0;
        foreach (var c in raw.TrimEnd('\n'))
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>ATX: the text after the opening <c>#</c> run (tabs inside are kept) without a closing run; setext: the first line.</summary>
    private static string HeadingText(ReadOnlySpan<char> raw)
    {
        var firstLine = FirstLine(raw);
        var trimmed = firstLine.TrimStart(' ');
        if (!trimmed.StartsWith('#'))
        {
            return firstLine.Trim().ToString();
        }

        var content = trimmed.TrimStart('#').Trim(" \t");
        var closing = content.TrimEnd('#');
        if (closing.Length < content.Length && (closing.Length == 0 || closing[^1] is ' ' or '\t'))
        {
            content = closing.TrimEnd(" \t");
        }

        return content.ToString();
    }

    /// <summary>The quote's lines without their <c>&gt;</c> marker (and the one space after it), trimmed as a whole.</summary>
    private static string QuoteText(ReadOnlySpan<char> raw)
    {
        var builder = new StringBuilder(raw.Length);
        var first = true;
        foreach (var source in new SpanLines(raw))
        {
            var line = source.TrimStart(' ');
            if (line.StartsWith('>'))
            {
                line = line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..];
            }

            if (!first)
            {
                builder.Append('\n');
            }

            builder.Append(line);
            first = false;
        }

        return builder.ToString().Trim();
    }

    private static ReadOnlySpan<char> FirstLine(ReadOnlySpan<char> raw)
    {
        var newline = raw.IndexOf('\n');
        return newline < 0 ? raw : raw[..newline];
    }

    private static string FrontMatterText(string raw)
    {
        var lines = raw.Split('\n').Where(l => l.Trim() != "---");
        return string.Join('\n', lines);
    }
}
