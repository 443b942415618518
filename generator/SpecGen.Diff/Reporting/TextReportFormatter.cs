namespace SpecGen.Diff;

/// <summary>Plain text for terminals and logs: a summary line, then one block per class.</summary>
public sealed class TextReportFormatter : IReportFormatter
{
    public void Write(DiffResult result, string title, TextWriter output)
    {
        output.Write($"API diff: {title}\n");
        output.Write(ReportText.Summary(result) + "\n");
        foreach (var changeClass in ReportText.ClassOrder)
        {
            var changes = result.Of(changeClass).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            output.Write($"\n{ReportText.Heading(changeClass)} ({changes.Count}):\n");
            foreach (var change in changes)
            {
                output.Write($"  [{change.RuleId}] {OneLine(change.Location)}: {OneLine(change.Message)}\n");
                if (change.Old is not null || change.New is not null)
                {
                    output.Write($"      old: {OneLine(change.Old ?? "-")}\n      new: {OneLine(change.New ?? "-")}\n");
                }
            }
        }
    }

    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
