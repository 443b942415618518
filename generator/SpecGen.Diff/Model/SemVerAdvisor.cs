namespace SpecGen.Diff;

/// <summary>Suggests the SemVer bump for the SDK package generated from the new document.</summary>
public static class SemVerAdvisor
{
    /// <summary>
    /// Major for any breaking change; minor for additions and relaxations (warnings included: they are
    /// additions such as a new response enum value); patch when only documentation changed; none for no change.
    /// </summary>
    public static SemVerBump Suggest(IEnumerable<Change> changes)
    {
        var bump = SemVerBump.None;
        foreach (var change in changes)
        {
            var needed = change.Class switch
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
