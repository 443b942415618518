using SpecGen.Cli.Commands;
using SpecGen.Diff;

namespace SpecGen.Cli.Releasing;

/// <summary>
/// What a release of one SDK consists of: the diff from the released spec (null for a first release) and the
/// version <see cref="VersionCommand.Decide"/> gives for it — the facts every note and the release command share.
/// </summary>
public sealed record ReleaseChanges(DiffResult? Diff, SemVersion? ReleasedVersion, VersionCommand.VersionDecision Decision)
{
    /// <summary>
    /// Compares <paramref name="released"/> (null: nothing released yet) with <paramref name="spec"/> (read from
    /// <paramref name="specPath"/>) and decides the version. The diff includes the C# API of both SDKs (named by
    /// the specgen.json beside the spec), so a change that breaks callers' code is a major version even where the
    /// wire rules see an addition.
    /// </summary>
    public static ReleaseChanges Compute(SpecDocument spec, string specPath, SpecDocument? released, SemVersion? releasedVersion, SemVerBump minBump)
    {
        DiffResult? diff = null;
        if (released is not null)
        {
            var wire = SpecComparer.Compare(released, spec);
            var names = SpecGen.Diff.Surface.SdkNames.Resolve(null, null, specPath, spec.Root);
            diff = wire.WithSurface(SpecGen.Diff.Surface.SurfaceDiff.Run(released, spec, names, wire.Changes));
        }

        var decision = VersionCommand.Decide(VersionCommand.InfoVersion(spec), released is null ? null : releasedVersion, diff?.SuggestedBump ?? SemVerBump.None, minBump);
        return new ReleaseChanges(diff, released is null ? null : releasedVersion, decision);
    }

    /// <summary>The package version.</summary>
    public SemVersion Version => Decision.Version;

    /// <summary>Nothing was released before.</summary>
    public bool FirstRelease => Diff is null;

    /// <summary><c>breaking</c> or <c>non-breaking</c>: the label of a docs-sync pull request.</summary>
    public string Label => Diff is { HasBreakingChanges: true } ? "breaking" : "non-breaking";
}
