namespace SpecGen.Cli.Commands;

/// <summary>
/// Shows what changed between two texts as one hunk: the common leading and trailing lines are
/// cut, the rest is printed as <c>-</c>/<c>+</c> lines with a little context. Enough for a
/// stale-spec message; <c>specgen diff</c> is the semantic review.
/// </summary>
internal static class LineDiff
{
    private const int Context = 3;
    private const int MaxLines = 60;

    public static void Write(TextWriter writer, string oldText, string newText, string name)
    {
        var oldLines = oldText.Split('\n');
        var newLines = newText.Split('\n');
        var prefix = 0;
        while (prefix < oldLines.Length && prefix < newLines.Length && oldLines[prefix] == newLines[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldLines.Length - prefix && suffix < newLines.Length - prefix
               && oldLines[oldLines.Length - 1 - suffix] == newLines[newLines.Length - 1 - suffix])
        {
            suffix++;
        }

        var start = Math.Max(0, prefix - Context);
        writer.WriteLine($"--- {name} (committed)");
        writer.WriteLine($"+++ {name} (from the doc)");
        writer.WriteLine($"@@ -{start + 1},{oldLines.Length - suffix - start} +{start + 1},{newLines.Length - suffix - start} @@");
        for (var i = start; i < prefix; i++)
        {
            writer.WriteLine(" " + oldLines[i]);
        }

        Print(writer, "-", oldLines, prefix, oldLines.Length - suffix);
        Print(writer, "+", newLines, prefix, newLines.Length - suffix);
        for (var i = newLines.Length - suffix; i < Math.Min(newLines.Length, newLines.Length - suffix + Context); i++)
        {
            writer.WriteLine(" " + newLines[i]);
        }
    }

    private static void Print(TextWriter writer, string sign, string[] lines, int from, int to)
    {
        for (var i = from; i < to && i < from + MaxLines; i++)
        {
            writer.WriteLine(sign + lines[i]);
        }

        if (to - from > MaxLines)
        {
            writer.WriteLine($"{sign}… {to - from - MaxLines} more lines");
        }
    }
}
