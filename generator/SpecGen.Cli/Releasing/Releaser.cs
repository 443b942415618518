using SpecGen.Cli.Commands;
using SpecGen.Cli.Templating;
using SpecGen.Diff;

namespace SpecGen.Cli.Releasing;

/// <summary>
/// <c>specgen release</c>: for every API whose <c>specs/&lt;api&gt;/openapi.json</c> changed since its last tag
/// <c>&lt;api&gt;/vX.Y.Z</c> (or that was never released), decides the version (<see cref="ReleaseChanges"/>: the
/// released spec is the one at the tag), prepends the changelog entry to <c>src/&lt;Api&gt;/CHANGELOG.md</c>, packs the
/// SDK with that version, pushes it to the feed, writes the release note, commits the changelog and tags the commit.
/// Refuses, before anything is written, when one of those specs is stale (not what its doc gives now).
/// </summary>
public sealed class Releaser(ReleaseOptions options, TextWriter stdout, TextWriter stderr)
{
    private const string SpecsFolder = "specs";

    /// <summary>Runs the release; returns the exit code.</summary>
    public int Run()
    {
        try
        {
            return Release();
        }
        catch (Exception e) when (e is ReleaseException or TemplateException)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.Failure;
        }
        catch (DiffInputException e)
        {
            stderr.WriteLine($"{options.Repository}: error {ReleaseException.Code}: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private int Release()
    {
        var repository = Path.GetFullPath(options.Repository);
        var git = new Git(repository);
        git.EnsureWorkTree();
        var specs = Path.Combine(repository, SpecsFolder);
        if (ApiFolders.Select(specs, options.Api, stderr) is not { } apis)
        {
            return ExitCodes.Failure;
        }

        var rows = new List<string[]>();
        var plans = new List<ReleasePlan>();
        foreach (var api in apis)
        {
            var specPath = LastRelease.SpecPath(api);
            var project = SdkProject.Find(repository, api);
            if (project is null || !File.Exists(Path.Combine(repository, specPath)))
            {
                var why = project is null ? $"no SDK project under src/ names {specPath}" : $"no {specPath}";
                if (options.Api is not null)
                {
                    throw new ReleaseException($"{Path.Combine(specs, api)}: error {ReleaseException.Code}: nothing to release: {why}");
                }

                rows.Add([api, "-", "-", "-", "skipped: " + why]);
                continue;
            }

            var last = git.LastRelease(api);
            if (last is { } released && !git.ChangedSince(released.Tag, specPath))
            {
                rows.Add([api, released.Version.ToString(), "-", "-", $"unchanged since {released.Tag}"]);
                continue;
            }

            plans.Add(new ReleasePlan(api, specPath, project, last?.Tag, last?.Version));
        }

        // A stale spec is not what the doc says: nothing at all is released until ./generate.sh is run.
        var stale = plans.Where(p => !GenerateCommand.IsCurrent(specs, p.Api, stderr)).Select(p => p.Api).ToList();
        if (stale.Count > 0)
        {
            stderr.WriteLine($"specgen release: error {ReleaseException.Code}: stale spec(s): {string.Join(", ", stale)}; run ./generate.sh and commit; nothing was released");
            return ExitCodes.Failure;
        }

        // The tag must hold what was packed: the spec, the doc and the SDK project are committed first.
        var uncommitted = options.DryRun ? [] : plans.SelectMany(p => git.Uncommitted($"{SpecsFolder}/{p.Api}", Path.GetRelativePath(repository, p.Project.Folder).Replace('\\', '/'))).ToList();
        if (uncommitted.Count > 0)
        {
            stderr.WriteLine($"specgen release: error {ReleaseException.Code}: uncommitted changes in {string.Join(", ", uncommitted)}; commit them first (the tag must hold what is packed); nothing was released");
            return ExitCodes.Failure;
        }

        var templates = new TemplateLibrary(repository);
        var prepared = plans.Select(plan => Prepare(plan, git, repository, templates)).ToList();
        var releasedCount = 0;
        foreach (var release in prepared)
        {
            var plan = release.Plan;
            string result;
            if (plan.ReleasedVersion is { } last && release.Changes.Version.CompareTo(last) <= 0)
            {
                // The file changed but the API did not (e.g. reformatted JSON): the same version, so nothing to release.
                result = $"no API change since {plan.Tag}";
            }
            else
            {
                result = options.DryRun ? "would release" : Publish(release, git, repository);
                releasedCount++;
            }

            rows.Add([plan.Api, plan.ReleasedVersion?.ToString() ?? "-", release.Changes.Diff is null ? "first" : ReportText.Id(release.Changes.Diff.SuggestedBump), release.Version, result]);
        }

        rows.Sort((a, b) => string.CompareOrdinal(a[0], b[0]));
        TextTable.Write(stdout, ["API", "released", "bump", "version", "result"], rows, rightAligned: []);
        stderr.WriteLine(options.DryRun
            ? $"specgen release: dry run: {releasedCount} SDK(s) would be released; nothing was packed, pushed, written or tagged"
            : $"specgen release: {releasedCount} SDK(s) released");
        return ExitCodes.Success;
    }

    private PreparedRelease Prepare(ReleasePlan plan, Git git, string repository, TemplateLibrary templates)
    {
        var specPath = Path.Combine(repository, plan.SpecPath);
        var spec = SpecDocument.Load(specPath);
        var last = plan.Tag is null ? null : LastRelease.Read(git, repository, plan.Api);
        var changes = ReleaseChanges.Compute(spec, specPath, last?.Spec, last?.Version, last?.MinBump ?? SemVerBump.None);
        stderr.WriteLine($"specgen release: {plan.Api}: {changes.Decision.Explanation}");
        var model = ChangeNotes.Model(plan.Api, plan.Project.PackageId, options.Date, plan.SpecPath, changes);
        return new PreparedRelease(plan, changes, templates.Render(TemplateLibrary.ChangelogEntry, model), templates.Render(TemplateLibrary.ReleaseNote, model));
    }

    private string Publish(PreparedRelease release, Git git, string repository)
    {
        var plan = release.Plan;
        var version = release.Version;
        var tag = Git.TagPrefix(plan.Api) + version;
        if (git.LastRelease(plan.Api) is { } existing && existing.Version.CompareTo(release.Changes.Version) >= 0)
        {
            throw new ReleaseException($"{plan.SpecPath}: error {ReleaseException.Code}: version {version} is not above the released {existing.Tag}; nothing was released");
        }

        var changelog = Path.Combine(plan.Project.Folder, SdkProject.ChangelogName);
        var before = File.Exists(changelog) ? File.ReadAllText(changelog) : null;
        File.WriteAllText(changelog, Changelog.Prepend(before, release.ChangelogEntry));
        string package;
        try
        {
            package = Pack(plan, version, repository);
            Push(package, repository);
        }
        catch
        {
            // Nothing was published: the changelog goes back to what it was.
            if (before is null)
            {
                File.Delete(changelog);
            }
            else
            {
                File.WriteAllText(changelog, before);
            }

            throw;
        }

        stderr.WriteLine($"specgen release: {plan.Api}: pushed {Path.GetFileName(package)}");
        var notes = Path.Combine(repository, options.Output, "release-notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, $"{plan.Api}-v{version}.md"), release.ReleaseNote);
        try
        {
            git.Commit($"{plan.Api}: release {plan.Project.PackageId} {version}", Path.GetRelativePath(repository, changelog).Replace('\\', '/'));
            git.Tag(tag, $"{plan.Project.PackageId} {version}");
        }
        catch (ReleaseException e)
        {
            throw new ReleaseException($"{e.Message}\n{plan.SpecPath}: error {ReleaseException.Code}: {Path.GetFileName(package)} was pushed, but the changelog commit or the tag {tag} was not made: make them by hand");
        }

        return $"released, tag {tag}";
    }

    private string Pack(ReleasePlan plan, string version, string repository)
    {
        var output = Path.Combine(repository, options.Output, plan.Api);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        stderr.WriteLine($"specgen release: {plan.Api}: dotnet pack {Path.GetRelativePath(repository, plan.Project.Path)} -p:Version={version}");
        var pack = ProcessRunner.Run("dotnet", repository,
            "pack", plan.Project.Path, "-c", "Release", "-o", output, $"-p:Version={version}", "-p:ContinuousIntegrationBuild=true", "-nologo", "-v", "quiet");
        var package = Path.Combine(output, $"{plan.Project.PackageId}.{version}.nupkg");
        if (pack.ExitCode != 0 || !File.Exists(package))
        {
            throw new ReleaseException($"{plan.Project.Path}: error {ReleaseException.Code}: dotnet pack failed (exit {pack.ExitCode}); nothing was released:\n{pack.Tail()}");
        }

        return package;
    }

    private void Push(string package, string repository)
    {
        var feed = options.Feed ?? throw new ReleaseException($"error {ReleaseException.Code}: no feed (--feed or NUGET_SOURCE)");
        if (!feed.Contains("://", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(repository, feed));
        }

        List<string> arguments = ["nuget", "push", package, "--source", feed];
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            arguments.AddRange(["--api-key", options.ApiKey]);
        }

        var push = ProcessRunner.Run("dotnet", repository, [.. arguments]);
        if (push.ExitCode != 0)
        {
            // The key never appears in a message: only the tail of what dotnet printed, which doesn't echo it.
            throw new ReleaseException($"{package}: error {ReleaseException.Code}: dotnet nuget push to {feed} failed (exit {push.ExitCode}); nothing was tagged:\n{push.Tail()}");
        }
    }

    private sealed record ReleasePlan(string Api, string SpecPath, SdkProject Project, string? Tag, SemVersion? ReleasedVersion);

    private sealed record PreparedRelease(ReleasePlan Plan, ReleaseChanges Changes, string ChangelogEntry, string ReleaseNote)
    {
        public string Version => Changes.Version.ToString();
    }
}
