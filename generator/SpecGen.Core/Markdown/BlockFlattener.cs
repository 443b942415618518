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
        var raw = text.Substring(start, end - start);
        var line = lineMap(block.Line + 1);
        var endLine = line + CountNewlines(raw);
        return block switch
        {
            YamlFrontMatterBlock => new MdBlock(MdBlockKind.FrontMatter, line, endLine, start, end, raw, FrontMatterText(raw)),
            HeadingBlock heading => new MdBlock(MdBlockKind.Heading, line, endLine, start, end, raw, HeadingText(raw), heading.Level),
            FencedCodeBlock fenced => new MdBlock(MdBlockKind.Code, line, endLine, start, end, raw, fenced.Lines.ToString(), info: fenced.Info, closed: fenced.ClosingFencedCharCount > 0),
            CodeBlock code => new MdBlock(MdBlockKind.Code, line, endLine, start, end, raw, code.Lines.ToString()),
            ParagraphBlock => new MdBlock(MdBlockKind.Paragraph, line, endLine, start, end, raw, raw),
            QuoteBlock => new MdBlock(MdBlockKind.Quote, line, endLine, start, end, raw, QuoteText(raw)),
            ListBlock => new MdBlock(MdBlockKind.List, line, endLine, start, end, raw, raw),
            HtmlBlock => new MdBlock(MdBlockKind.Html, line, endLine, start, end, raw, raw),
            ThematicBreakBlock => new MdBlock(MdBlockKind.ThematicBreak, line, endLine, start, end, raw, raw),
            _ => new MdBlock(MdBlockKind.Other, line, endLine, start, end, raw, raw),
        };
    }

    private static int CountNewlines(string raw)
    {
        var count = 0;
        foreach (var c in raw.AsSpan().TrimEnd('\n'))
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>ATX: the text after the opening <c>#</c> run (tabs inside are kept) without a closing run; setext: the first line.</summary>
    private static string HeadingText(string raw)
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
    private static string QuoteText(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var rest = raw.AsSpan();
        while (true)
        {
            var newline = rest.IndexOf('\n');
            var line = (newline < 0 ? rest : rest[..newline]).TrimStart(' ');
            if (line.StartsWith('>'))
            {
                line = line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..];
            }

            builder.Append(line);
            if (newline < 0)
            {
                break;
            }

            builder.Append('\n');
            rest = rest[(newline + 1)..];
        }

        return builder.ToString().Trim();
    }

    private static ReadOnlySpan<char> FirstLine(string raw)
    {
        var newline = raw.IndexOf('\n');
        return newline < 0 ? raw : raw.AsSpan(0, newline);
    }

    private static string FrontMatterText(string raw)
    {
        var lines = raw.Split('\n').Where(l => l.Trim() != "---");
        return string.Join('\n', lines);
    }
}
