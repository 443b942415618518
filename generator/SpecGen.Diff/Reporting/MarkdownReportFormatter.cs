using System.Text;

namespace SpecGen.Diff;

/// <summary>
/// GitHub-flavoured markdown for a PR comment or a job summary: a heading, a summary line, then one table per
/// class. Every doc-derived string is escaped so that it can neither break the table nor inject markup.
/// </summary>
public sealed class MarkdownReportFormatter : IReportFormatter
{
    private const int MaxCellLength = 200;

    /// <summary>GitHub caps a job summary at 1 MiB; past this many rows a table says how many it left out.</summary>
    public const int MaxRowsPerTable = 250;

    public void Write(DiffResult result, string title, TextWriter output)
    {
        output.Write($"### API diff: {Escape(title)}\n\n");
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
                output.Write($"| `{change.RuleId}` | {Code(change.Location)} | {Escape(change.Message)} | {Escape(change.Old)} | {Escape(change.New)} |\n");
            }

            if (changes.Count > MaxRowsPerTable)
            {
                output.Write($"\n…and {changes.Count - MaxRowsPerTable} more; run `specgen diff` locally (or with `--format json`) for the full list.\n");
            }
        }
    }

    /// <summary>A code span that holds any text: backticks can't close it early, pipes can't split the cell.</summary>
    private static string Code(string text)
    {
        var cell = Shorten(text).Replace("|", "\\|", StringComparison.Ordinal);
        var fence = cell.Contains('`', StringComparison.Ordinal) ? "`` " : "`";
        var closing = fence == "`" ? "`" : " ``";
        return fence + cell + closing;
    }

    /// <summary>Markdown-inert text for a table cell: one line, pipes and markup characters escaped.</summary>
    private static string Escape(string? text)
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
        return line.Length <= MaxCellLength ? line : line[..(MaxCellLength - 1)] + "…";
    }
}
