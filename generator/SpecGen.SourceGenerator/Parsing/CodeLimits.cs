namespace SpecGen.SourceGenerator.Parsing;

/// <summary>
/// Bounds on what one spec can make the generator emit, so that a huge or hostile spec costs the
/// compiler time in proportion to its size. Each limit that applies is reported (SPECGEN015).
/// </summary>
internal static class CodeLimits
{
    /// <summary>An enum's documented values beyond this get no named static member (they are still known values).</summary>
    public const int MaxNamedEnumMembers = 1024;

    /// <summary>
    /// The most arms a generated <c>switch</c> over strings may have. Roslyn's decision-DAG for string
    /// switches grows faster than linearly (2,000 arms: 3 s, 8,000: 21 s, 20,000: 290 s on 2 cores),
    /// so larger value sets become a <c>HashSet</c> lookup.
    /// </summary>
    public const int MaxStringSwitchArms = 32;
}
