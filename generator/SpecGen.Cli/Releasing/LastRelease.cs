using SpecGen.Cli.Commands;
using SpecGen.Diff;

namespace SpecGen.Cli.Releasing;

/// <summary>
/// What an SDK was last released as, read from git: the highest tag <c>&lt;api&gt;/vX.Y.Z</c>, the spec at that tag,
/// and the least bump (patch when the source generator changed since the tag). The rule <c>release</c> and
/// <c>release-notes</c> share.
/// </summary>
public sealed record LastRelease(string Tag, SemVersion Version, SpecDocument Spec, SemVerBump MinBump)
{
    /// <summary>The source generator: a change there changes every SDK's code, so at least a patch.</summary>
    public const string GeneratorFolder = "generator/SpecGen.SourceGenerator";

    /// <summary>The spec of an API, relative to the repository.</summary>
    public static string SpecPath(string api) => $"specs/{api}/{GenerateCommand.SpecName}";

    /// <summary>The last release of <paramref name="api"/>, or null when it was never released.</summary>
    public static LastRelease? Read(Git git, string repository, string api)
    {
        if (git.LastRelease(api) is not { } last)
        {
            return null;
        }

        var specPath = SpecPath(api);
        var text = git.Show(last.Tag, specPath)
            ?? throw new ReleaseException($"{specPath}: error {ReleaseException.Code}: the release tag {last.Tag} has no {specPath}");
        var minBump = Directory.Exists(Path.Combine(repository, GeneratorFolder)) && git.ChangedSince(last.Tag, GeneratorFolder) ? SemVerBump.Patch : SemVerBump.None;
        return new LastRelease(last.Tag, last.Version, SpecDocument.Parse(text, $"{last.Tag}:{specPath}"), minBump);
    }
}
