using SpecGen.Diff.Surface;

namespace SpecGen.Diff;

/// <summary>
/// The outcome of a diff: the wire changes in report order, the C# API-surface findings (when the surface diff ran),
/// their counts and the suggested version bump, which takes both into account.
/// </summary>
public sealed class DiffResult
{
    public DiffResult(string oldName, string newName, IEnumerable<Change> changes, IEnumerable<SurfaceFinding>? surfaceFindings = null)
    {
        OldName = oldName;
        NewName = newName;
        Changes = changes.Distinct().Order(ChangeOrder.Instance).ToArray();
        SurfaceFindings = surfaceFindings?.Distinct().Order(SurfaceFindingOrder.Instance).ToArray();
        SuggestedBump = SemVerAdvisor.Suggest(Changes, SurfaceFindings ?? []);
        RunTimeBreaks = SurfaceFindings is null ? [] : Surface.RunTimeBreaks.Of(Changes, SurfaceFindings);
    }

    public string OldName { get; }

    public string NewName { get; }

    /// <summary>Ordered by class (breaking first), then path, method, location, rule and values: stable for the same input.</summary>
    public IReadOnlyList<Change> Changes { get; }

    /// <summary>The C# API-surface findings, ordered by class, member and parameter; null when the surface diff did not run (<c>--no-surface</c>).</summary>
    public IReadOnlyList<SurfaceFinding>? SurfaceFindings { get; }

    public SemVerBump SuggestedBump { get; }

    /// <summary>Breaking on the wire or in the C# API.</summary>
    public bool HasBreakingChanges => Changes.Any(c => c.Class == ChangeClass.Breaking) || SurfaceFindings?.Any(f => f.Class == ChangeClass.Breaking) == true;

    /// <summary>Callers' code that compiled against the old SDK no longer does.</summary>
    public bool BreaksCompilation => SurfaceFindings?.Any(f => f.Class == ChangeClass.Breaking) == true;

    /// <summary>
    /// Breaking wire changes that no breaking C# finding explains (<see cref="Surface.RunTimeBreaks"/>): callers' code
    /// compiles, requests or responses fail at run time. Empty when the surface diff did not run.
    /// </summary>
    public IReadOnlyList<Change> RunTimeBreaks { get; }

    public int Count(ChangeClass changeClass) => Changes.Count(c => c.Class == changeClass);

    public int CountSurface(ChangeClass changeClass) => SurfaceFindings?.Count(f => f.Class == changeClass) ?? 0;

    public IEnumerable<Change> Of(ChangeClass changeClass) => Changes.Where(c => c.Class == changeClass);

    /// <summary>This result with the surface diff's findings.</summary>
    public DiffResult WithSurface(IEnumerable<SurfaceFinding> findings) => new(OldName, NewName, Changes, findings);
}
