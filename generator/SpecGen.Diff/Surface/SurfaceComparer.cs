namespace SpecGen.Diff.Surface;

/// <summary>
/// Compares the public APIs of two generated SDKs: types are matched by name (or as renamed, see
/// <see cref="TypeFindings"/>), members by name and signature (<see cref="MemberFindings"/>), parameters by name and
/// position (<see cref="ParameterFindings"/>). Findings are sorted, so the same input gives the same output.
/// </summary>
public static class SurfaceComparer
{
    /// <param name="wireChanges">The wire diff's changes: its component renames confirm type renames.</param>
    public static IReadOnlyList<SurfaceFinding> Compare(SurfaceModel oldSurface, SurfaceModel newSurface, IReadOnlyList<Change> wireChanges)
    {
        var findings = new List<SurfaceFinding>();
        var pairs = TypeFindings.Match(oldSurface, newSurface, wireChanges, findings);
        foreach (var (oldType, newType) in pairs)
        {
            MemberFindings.Compare(oldType, newType, findings);
        }

        findings.Sort(SurfaceFindingOrder.Instance);
        return findings.Distinct().ToArray();
    }
}
