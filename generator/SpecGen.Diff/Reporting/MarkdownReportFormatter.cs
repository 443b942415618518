namespace SpecGen.Diff;

/// <summary>
/// GitHub-flavoured markdown for a PR comment or a job summary: a heading, a summary line, then one section per
/// operation (or component schema, or the document itself) with the doc lines (<c>x-specgen-source</c>) of both
/// versions and a table of its changes. Sections come in report order of their most severe change, so breaking
/// ones come first. Every doc-derived string is escaped so that it can neither break the table nor inject markup.
/// </summary>
public sealed class MarkdownReportFormatter : IReportFormatter
{
    /// <summary>GitHub caps a job summary at 1 MiB; past this many rows the report says how many it left out.</summary>
    public const int MaxRows = 250;

    public void Write(DiffResult result, string title, TextWriter output)
    {
        output.Write($"### API diff: {MarkdownText.Escape(title)}\n\n");
        var verdict = result.HasBreakingChanges ? "❌" : result.Count(ChangeClass.Warning) > 0 ? "⚠️" : "✅";
        output.Write($"{verdict} **Suggested version bump: {ReportText.Id(result.SuggestedBump)}** — ");
        if (result.SurfaceFindings is null)
        {
            output.Write(result.Changes.Count == 0 ? "no API changes.\n" : $"{ReportText.Counts(result)}.\n");
        }
        else
        {
            output.Write(result.Changes.Count == 0 ? "no wire changes.\n" : $"{ReportText.Counts(result)} on the wire.\n");
            output.Write($"\n{MarkdownText.Escape(ReportText.SurfaceSummary(result))}\n");
            WriteSurface(result, output);
        }

        var rows = 0;
        // Sections with breaking changes first (a PR body shows what breaks at the top), then by the order found.
        var sections = result.Changes.GroupBy(GroupOf)
            .Select((group, index) => (Group: group, Index: index, Rank: group.Min(c => Array.IndexOf(ReportText.ClassOrder, c.Class))))
            .OrderBy(s => s.Rank).ThenBy(s => s.Index)
            .Select(s => s.Group);
        foreach (var group in sections)
        {
            if (rows >= MaxRows)
            {
                break;
            }

            var lines = group.Select(c => c.Source).FirstOrDefault(s => !s.IsEmpty);
            output.Write($"\n#### {MarkdownText.Code(group.Key)}{Lines(lines)}\n\n");
            output.Write("| Class | Rule | Where | Change | Old | New |\n");
            output.Write("| --- | --- | --- | --- | --- | --- |\n");
            foreach (var change in group.OrderBy(c => Array.IndexOf(ReportText.ClassOrder, c.Class)))
            {
                if (rows++ >= MaxRows)
                {
                    break;
                }

                output.Write($"| {ReportText.Id(change.Class)} | `{change.RuleId}` | {MarkdownText.Code(Where(change, group.Key))} | {MarkdownText.Escape(change.Message)} | {MarkdownText.Escape(change.Old)} | {MarkdownText.Escape(change.New)} |\n");
            }
        }

        if (result.Changes.Count > MaxRows)
        {
            output.Write($"\n…and {result.Changes.Count - MaxRows} more; run `specgen diff` locally (or with `--format json`) for the full list.\n");
        }
    }

    /// <summary>
    /// The C# API findings, one section per member (<c>INapCatClient.SendGroupMsgAsync</c>) with the spec element behind
    /// it, breaking members first; then the wire changes that break only at run time.
    /// </summary>
    private static void WriteSurface(DiffResult result, TextWriter output)
    {
        var rows = 0;
        var findings = result.SurfaceFindings ?? [];
        foreach (var member in findings.GroupBy(f => f.Member))
        {
            if (rows >= MaxRows)
            {
                break;
            }

            var spec = member.Select(f => f.Spec).FirstOrDefault(s => s is not null);
            output.Write($"\n#### C# {MarkdownText.Code(member.Key)}{(spec is null ? string.Empty : " — " + MarkdownText.Code(spec))}\n\n");
            output.Write("| Class | Rule | Parameter | Change | Old | New |\n");
            output.Write("| --- | --- | --- | --- | --- | --- |\n");
            foreach (var finding in member)
            {
                if (rows++ >= MaxRows)
                {
                    break;
                }

                var parameter = finding.Parameter is { } position ? $"{position} {MarkdownText.Code(finding.ParameterName ?? string.Empty)}" : string.Empty;
                output.Write($"| {ReportText.Id(finding.Class)} | `{finding.RuleId}` | {parameter} | {MarkdownText.Escape(finding.Message)} | {MarkdownText.Escape(finding.Old)} | {MarkdownText.Escape(finding.New)} |\n");
            }
        }

        if (findings.Count > MaxRows)
        {
            output.Write($"\n…and {findings.Count - MaxRows} more C# API findings; run `specgen diff` locally (or with `--format json`) for the full list.\n");
        }

        var runTime = result.RunTimeBreaks.ToList();
        if (runTime.Count > 0)
        {
            output.Write($"\n#### Breaks at run time (the C# API is unchanged by these)\n\n");
            foreach (var change in runTime.Take(MaxRows))
            {
                output.Write($"- `{change.RuleId}` {MarkdownText.Code(change.Location)}\n");
            }

            if (runTime.Count > MaxRows)
            {
                output.Write($"- …and {runTime.Count - MaxRows} more\n");
            }
        }
    }

    /// <summary>The section a change belongs to: its operation, its component schema, or the document.</summary>
    private static string GroupOf(Change change)
    {
        if (change.Method is not null && change.Path is not null)
        {
            return $"{change.Method} {change.Path}";
        }

        const string schemas = "components.schemas.";
        return change.Location.StartsWith(schemas, StringComparison.Ordinal) ? change.Location : "document";
    }

    /// <summary>The location without the section it is listed under.</summary>
    private static string Where(Change change, string group) =>
        change.Location == group ? "(itself)"
        : change.Location.StartsWith(group + " ", StringComparison.Ordinal) ? change.Location[(group.Length + 1)..]
        : change.Location;

    /// <summary>e.g. <c> — doc line 95 → 97</c>, <c> — doc line 12 (removed)</c>; nothing without lines.</summary>
    private static string Lines(SourceLines lines) => lines switch
    {
        { Old: { } old, New: { } current } when old == current => $" — doc line {old}",
        { Old: { } old, New: { } current } => $" — doc line {old} → {current}",
        { Old: { } old } => $" — doc line {old} (old version)",
        { New: { } current } => $" — doc line {current} (new version)",
        _ => string.Empty,
    };
}
