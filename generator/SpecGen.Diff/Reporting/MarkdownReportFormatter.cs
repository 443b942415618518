namespace SpecGen.Diff;

/// <summary>
/// GitHub-flavoured markdown for a PR comment or a job summary: a heading, a summary line, then one table per
/// class. Every doc-derived string is escaped so that it can neither break the table nor inject markup.
/// </summary>
public sealed class MarkdownReportFormatter : IReportFormatter
{
    /// <summary>GitHub caps a job summary at 1 MiB; past this many rows a table says how many it left out.</summary>
    public const int MaxRowsPerTable = 250;

    public void Write(DiffResult result, string title, TextWriter output)
    {
        output.Write($"### API diff: {MarkdownText.Escape(title)}\n\n");
        var verdict = result.HasBreakingChanges ? "❌" : result.Count(ChangeClass.Warning) > 0 ? "⚠️" : "✅";
        output.Write($"{verdict} **Suggested version bump: {ReportText.Id(result.SuggestedBump)}** — ");
        output.Write(result.Changes.Count == 0 ? "no API changes.\n" : $"{ReportText.Counts(result)}.\n");

        foreach (var changeClass in ReportText.ClassOrder)
        {
            var changes = result.Of(changeClass).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            output.Write($"\n#### {ReportText.Heading(changeClass)} ({changes.Count})\n\n");
            output.Write("| Rule | Location | Change | Old | New |\n");
            output.Write("| --- | --- | --- | --- | --- |\n");
            foreach (var change in changes.Take(MaxRowsPerTable))
            {
                output.Write($"| `{change.RuleId}` | {MarkdownText.Code(change.Location)} | {MarkdownText.Escape(change.Message)} | {MarkdownText.Escape(change.Old)} | {MarkdownText.Escape(change.New)} |\n");
            }

            if (changes.Count > MaxRowsPerTable)
            {
                output.Write($"\n…and {changes.Count - MaxRowsPerTable} more; run `specgen diff` locally (or with `--format json`) for the full list.\n");
            }
        }
    }
}
