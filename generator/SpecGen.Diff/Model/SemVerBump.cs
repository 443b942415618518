namespace SpecGen.Diff;

/// <summary>The version bump an SDK package needs for a set of changes.</summary>
public enum SemVerBump
{
    None,
    Patch,
    Minor,
    Major,
}
