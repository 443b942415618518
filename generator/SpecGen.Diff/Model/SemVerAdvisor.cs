using SpecGen.Diff.Surface;

namespace SpecGen.Diff;

/// <summary>Suggests the SemVer bump for the SDK package generated from the new document.</summary>
public static class SemVerAdvisor
{
    /// <summary>
    /// The bump both the wire changes and the C# API-surface findings need: major when either breaks (callers'
    /// code no longer compiles, or requests and responses fail at run time), minor for additions, patch for text.
    /// </summary>
    public static SemVerBump Suggest(IEnumerable<Change> changes, IEnumerable<SurfaceFinding> surfaceFindings)
    {
        var bump = Suggest(changes);
        var surface = Suggest(surfaceFindings.Select(f => f.Class));
        return surface > bump ? surface : bump;
    }

    /// <summary>
    /// Major for any breaking change; minor for additions and relaxations (warnings included: they are
    /// additions such as a new response enum value); patch when only documentation changed; none for no change.
    /// </summary>
    public static SemVerBump Suggest(IEnumerable<Change> changes) => Suggest(changes.Select(c => c.Class));

    private static SemVerBump Suggest(IEnumerable<ChangeClass> classes)
    {
        var bump = SemVerBump.None;
        foreach (var changeClass in classes)
        {
            var needed = changeClass switch
            {
                ChangeClass.Breaking => SemVerBump.Major,
                ChangeClass.Warning or ChangeClass.NonBreaking => SemVerBump.Minor,
                _ => SemVerBump.Patch,
            };
            if (needed > bump)
            {
                bump = needed;
            }
        }

        return bump;
    }
}
