namespace SpecGen.Diff;

/// <summary>Reports a changed piece of text (summary, description, title) under a documentation rule.</summary>
internal static class TextChanges
{
    public static void Compare(DiffContext context, Rule rule, Direction direction, OperationRef? operation, string location, string what, string? oldText, string? newText)
    {
        var before = Normalize(oldText);
        var after = Normalize(newText);
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        var message = (before, after) switch
        {
            (null, _) => $"{what} added",
            (_, null) => $"{what} removed",
            _ => $"{what} changed",
        };
        context.Report(rule, direction, operation, location, message, before, after);
    }

    /// <summary>Line endings and surrounding whitespace are not changes a reader cares about.</summary>
    private static string? Normalize(string? text)
    {
        var trimmed = text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
