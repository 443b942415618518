namespace SpecGen.Diff;

/// <summary>Words shared by the formatters, so every format names classes and bumps the same way.</summary>
public static class ReportText
{
    public static readonly ChangeClass[] ClassOrder = [ChangeClass.Breaking, ChangeClass.Warning, ChangeClass.NonBreaking, ChangeClass.Documentation];

    /// <summary>The stable identifier used in JSON output: breaking, warning, non-breaking, documentation.</summary>
    public static string Id(ChangeClass changeClass) => changeClass switch
    {
        ChangeClass.Breaking => "breaking",
        ChangeClass.Warning => "warning",
        ChangeClass.NonBreaking => "non-breaking",
        _ => "documentation",
    };

    public static string Id(Direction direction) => direction switch
    {
        Direction.Request => "request",
        Direction.Response => "response",
        _ => "none",
    };

    public static string Id(SemVerBump bump) => bump switch
    {
        SemVerBump.Major => "major",
        SemVerBump.Minor => "minor",
        SemVerBump.Patch => "patch",
        _ => "none",
    };

    public static string Heading(ChangeClass changeClass) => changeClass switch
    {
        ChangeClass.Breaking => "Breaking changes",
        ChangeClass.Warning => "Warnings",
        ChangeClass.NonBreaking => "Non-breaking changes",
        _ => "Documentation changes",
    };

    /// <summary>The classes that have changes, e.g. <c>2 breaking, 2 warnings, 3 non-breaking</c>.</summary>
    public static string Counts(DiffResult result) =>
        string.Join(", ", ClassOrder.Select(c => (Class: c, Count: result.Count(c))).Where(x => x.Count > 0).Select(x => $"{x.Count} {CountLabel(x.Class, x.Count)}"));

    private static string CountLabel(ChangeClass changeClass, int count) =>
        changeClass == ChangeClass.Warning && count != 1 ? "warnings" : Id(changeClass);

    /// <summary>e.g. <c>Suggested version bump: major (2 breaking, ...)</c>, or <c>No API changes.</c></summary>
    public static string Summary(DiffResult result) =>
        result.Changes.Count == 0 && (result.SurfaceFindings?.Count ?? 0) == 0
            ? "No API changes; suggested version bump: none."
            : $"{result.Changes.Count} change(s){(result.Changes.Count == 0 ? string.Empty : ": " + Counts(result))}; suggested version bump: {Id(result.SuggestedBump)}.";

    /// <summary>
    /// The two kinds of break, e.g. <c>C# API: 2 breaking, 1 non-breaking (callers' code no longer compiles); breaks at
    /// run time: 3 wire changes</c>; or that the surface was not compared.
    /// </summary>
    public static string SurfaceSummary(DiffResult result)
    {
        if (result.SurfaceFindings is not { } findings)
        {
            return "C# API: not compared (--no-surface).";
        }

        var counts = string.Join(", ", ClassOrder.Select(c => (Class: c, Count: result.CountSurface(c))).Where(x => x.Count > 0).Select(x => $"{x.Count} {CountLabel(x.Class, x.Count)}"));
        var api = findings.Count == 0 ? "C# API: unchanged" : $"C# API: {counts}{(result.BreaksCompilation ? " (callers' code no longer compiles)" : string.Empty)}";
        var runTime = result.RunTimeBreaks.Count();
        return $"{api}; breaks at run time: {(runTime == 0 ? "none" : $"{runTime} wire change(s) that leave the C# API as it was")}.";
    }
}
