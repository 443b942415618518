using SpecGen.Cli.Commands;

namespace SpecGen.Cli.Releasing;

/// <summary>The git operations a release needs, in one repository. A failing git command is a <see cref="ReleaseException"/>.</summary>
public sealed class Git(string repository)
{
    /// <summary>The prefix of an SDK's release tags: <c>&lt;api&gt;/v</c> (e.g. <c>napcat/v1.2.0</c>).</summary>
    public static string TagPrefix(string api) => $"{api}/v";

    /// <summary>The highest release tag <c>&lt;api&gt;/vX.Y.Z</c> and its version, or null before the first release.</summary>
    public (string Tag, SemVersion Version)? LastRelease(string api)
    {
        var prefix = TagPrefix(api);
        return Lines(Run("tag", "--list", prefix + "*"))
            .Select(tag => (Tag: tag, Version: SemVersion.TryParse(tag[prefix.Length..])))
            .Where(t => t.Version is not null)
            .Select(t => (t.Tag, Version: t.Version!.Value))
            .OrderByDescending(t => t.Version)
            .Cast<(string, SemVersion)?>()
            .FirstOrDefault();
    }

    /// <summary>The text of <paramref name="path"/> (relative to the repository) at <paramref name="revision"/>, or null when it has none.</summary>
    public string? Show(string revision, string path)
    {
        var result = ProcessRunner.Run("git", repository, "show", $"{revision}:{path}");
        return result.ExitCode == 0 ? result.Stdout : null;
    }

    /// <summary>Whether anything under <paramref name="paths"/> differs between <paramref name="revision"/> and the work tree.</summary>
    public bool ChangedSince(string revision, params string[] paths)
    {
        var result = ProcessRunner.Run("git", repository, ["diff", "--quiet", revision, "--", .. paths]);
        return result.ExitCode switch
        {
            0 => false,
            1 => true,
            _ => throw Failed("diff", result),
        };
    }

    /// <summary>The paths under <paramref name="paths"/> with uncommitted changes (modified, staged or untracked).</summary>
    public IReadOnlyList<string> Uncommitted(params string[] paths) =>
        Lines(Run(["status", "--porcelain", "--untracked-files=all", "--", .. paths])).Select(line => line.Length > 3 ? line[3..] : line).ToList();

    /// <summary>Commits <paramref name="paths"/> (only those) with <paramref name="message"/>.</summary>
    public void Commit(string message, params string[] paths)
    {
        Run(["add", "--", .. paths]);
        Run(["commit", "--quiet", "-m", message, "--", .. paths]);
    }

    /// <summary>Creates the annotated tag <paramref name="name"/> at HEAD.</summary>
    public void Tag(string name, string message) => Run("tag", "--annotate", name, "-m", message);

    /// <summary>Fails unless <paramref name="repository"/> is a git work tree.</summary>
    public void EnsureWorkTree()
    {
        if (!Directory.Exists(repository))
        {
            throw new ReleaseException($"{repository}: error {ReleaseException.Code}: no such directory");
        }

        var result = ProcessRunner.Run("git", repository, "rev-parse", "--is-inside-work-tree");
        if (result.ExitCode != 0)
        {
            throw new ReleaseException($"{repository}: error {ReleaseException.Code}: not a git work tree (releases are git tags <api>/vX.Y.Z): {result.Tail(1)}");
        }
    }

    private string Run(params string[] arguments)
    {
        var result = ProcessRunner.Run("git", repository, arguments);
        return result.ExitCode == 0 ? result.Stdout : throw Failed(arguments[0], result);
    }

    private ReleaseException Failed(string verb, ProcessResult result) =>
        new($"{repository}: error {ReleaseException.Code}: git {verb} failed (exit {result.ExitCode}): {result.Tail()}");

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
