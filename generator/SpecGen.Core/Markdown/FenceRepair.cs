using Markdig;
using Markdig.Syntax;
using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Markdown;

/// <summary>
/// A code fence that is never closed swallows the rest of the document. This closes such a fence
/// just before the next ATX heading, reports it, and keeps line numbers pointing at the original.
/// </summary>
internal static class FenceRepair
{
    private const int MaxRepairs = 64;

    /// <returns>Maps a 1-based line of the repaired text to the 1-based line of the original.</returns>
    public static Func<int, int> Repair(ref string text, ref MarkdownDocument document, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var inserted = new List<int>();
        for (var round = 0; round < MaxRepairs; round++)
        {
            var fence = FindUnclosedFence(document);
            if (fence is null)
            {
                break;
            }

            var lines = new LineIndex(text);
            var openLine = fence.Line + 1;
            var headingLine = FindNextHeading(text, lines, openLine + 1);
            var original = ToOriginal(openLine, inserted);
            if (headingLine < 0)
            {
                diagnostics.Warn(original, DiagnosticCodes.UnbalancedFence, "code fence is never closed; it runs to the end of the document");
                break;
            }

            diagnostics.Warn(original, DiagnosticCodes.UnbalancedFence,
                $"code fence is never closed; closed it before the heading at line {ToOriginal(headingLine, inserted)}");
            var fenceText = new string(fence.FencedChar, Math.Max(3, fence.OpeningFencedCharCount)) + "\n";
            text = text.Insert(lines.StartOf(headingLine), fenceText);
            inserted.Add(headingLine);
            document = Markdig.Markdown.Parse(text, pipeline);
        }

        var snapshot = inserted.ToArray();
        return line => ToOriginal(line, snapshot);
    }

    /// <summary>
    /// The first fenced code block, in document order (depth first), with no closing fence. Walks
    /// the containers directly: Markdig's <c>Descendants</c> would push every top-level block onto a stack.
    /// </summary>
    private static FencedCodeBlock? FindUnclosedFence(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is FencedCodeBlock { ClosingFencedCharCount: 0 } fence)
            {
                return fence;
            }

            if (block is ContainerBlock { Count: > 0 } inner && FindUnclosedFence(inner) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static int FindNextHeading(string text, LineIndex lines, int fromLine)
    {
        for (var line = fromLine; line <= lines.LineCount; line++)
        {
            var start = lines.StartOf(line);
            var hashes = 0;
            while (start + hashes < text.Length && text[start + hashes] == '#')
            {
                hashes++;
            }

            if (hashes is >= 1 and <= 6 && start + hashes < text.Length && text[start + hashes] is ' ' or '\t')
            {
                return line;
            }
        }

        return -1;
    }

    /// <summary>Each inserted line sits at a repaired line number; lines at or after it shift down by one.</summary>
    private static int ToOriginal(int line, IReadOnlyList<int> inserted)
    {
        var result = line;
        for (var i = inserted.Count - 1; i >= 0; i--)
        {
            if (result >= inserted[i])
            {
                result--;
            }
        }

        return Math.Max(1, result);
    }
}
