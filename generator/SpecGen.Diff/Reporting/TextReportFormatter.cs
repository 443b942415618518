using SpecGen.Diff.Surface;

namespace SpecGen.Diff;

/// <summary>Plain text for terminals and logs: a summary line, then one block per class.</summary>
public sealed class TextReportFormatter : IReportFormatter
{
    public void Write(DiffResult result, string title, TextWriter output)
    {
        output.Write($"API diff: {title}\n");
        output.Write(ReportText.Summary(result) + "\n");
        if (result.SurfaceFindings is not null)
        {
            output.Write(ReportText.SurfaceSummary(result) + "\n");
        }
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

        WriteSurface(result, output);
    }

    private static void WriteSurface(DiffResult result, TextWriter output)
    {
        foreach (var changeClass in ReportText.ClassOrder)
        {
            var findings = result.SurfaceFindings?.Where(f => f.Class == changeClass).ToList() ?? [];
            if (findings.Count == 0)
            {
                continue;
            }

            output.Write($"\nC# API: {ReportText.Heading(changeClass).ToLowerInvariant()} ({findings.Count}):\n");
            foreach (var finding in findings)
            {
                output.Write($"  [{finding.RuleId}] {OneLine(finding.Member)}: {OneLine(finding.Message)}{(finding.Spec is null ? string.Empty : $" ({OneLine(finding.Spec)})")}\n");
                if (finding.Old is not null || finding.New is not null)
                {
                    output.Write($"      old: {OneLine(finding.Old ?? "-")}\n      new: {OneLine(finding.New ?? "-")}\n");
                }
            }
        }

        var runTime = result.RunTimeBreaks.ToList();
        if (runTime.Count > 0)
        {
            output.Write($"\nBreaks at run time ({runTime.Count}; the C# API is unchanged by these):\n");
            foreach (var change in runTime)
            {
                output.Write($"  [{change.RuleId}] {OneLine(change.Location)}\n");
            }
        }
    }

    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
