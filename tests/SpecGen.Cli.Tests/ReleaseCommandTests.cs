using System.IO.Compression;

namespace SpecGen.Cli.Tests;

public sealed class ReleaseCommandTests
{
    private const string AddedOperation = """


        ### /users

        #### POST
        ##### Summary

        创建用户

        ##### Responses

        | Code | Description | Schema |
        | ---- | ----------- | ------ |
        | 200 | 成功 | object |
        """;

    private static CliRun Release(TempRepo repo, string feed, string date, params string[] extra) =>
        CliRun.Of(["release", "--repo", repo.Path, "--feed", feed, "--date", date, .. extra]);

    private static string[] Packages(string feed) =>
        Directory.Exists(feed)
            ? Directory.GetFiles(feed, "*.nupkg", SearchOption.AllDirectories).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray()
            : [];

    private static string PackedChangelog(string feed, string package)
    {
        using var zip = ZipFile.OpenRead(Directory.GetFiles(feed, package, SearchOption.AllDirectories).Single());
        using var reader = new StreamReader(zip.GetEntry("CHANGELOG.md")!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void Releases_to_a_folder_feed_then_skips_an_unchanged_spec_then_releases_a_change_with_the_next_version()
    {
        using var repo = new TempRepo(Docs.Valid);
        using var feedFolder = new TempFolder();
        var feed = Path.Combine(feedFolder.Path, "feed");

        // First release: the vendor's info.version.
        var first = Release(repo, feed, "2026-03-01");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("released, tag demo/v2.1.0", first.Stdout);
        Assert.Equal(["Demo.Sdk.2.1.0.nupkg"], Packages(feed));
        Assert.Equal("demo/v2.1.0\n", repo.Git("tag", "--list"));
        var changelog = repo.Read("src/Demo/CHANGELOG.md");
        Assert.Equal("# Changelog\n\n## 2.1.0 (2026-03-01)\n\nFirst release.\n", changelog);
        Assert.Equal(changelog, PackedChangelog(feed, "Demo.Sdk.2.1.0.nupkg"));
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain")); // the changelog was committed
        Assert.StartsWith("# Demo.Sdk 2.1.0\n", repo.Read("artifacts/release/release-notes/demo-v2.1.0.md"));

        // Nothing changed since the tag: nothing is released.
        var again = Release(repo, feed, "2026-03-02");

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("unchanged since demo/v2.1.0", again.Stdout);
        Assert.Single(Packages(feed));

        // An added operation: a minor bump from the tag, the entry goes first, the tag's spec is the released one.
        repo.File("specs/demo/source.md", Docs.Valid + AddedOperation);
        repo.Generate();
        repo.CommitAll("vendor doc: POST /users");

        var second = Release(repo, feed, "2026-03-02");

        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("released, tag demo/v2.2.0", second.Stdout);
        Assert.Equal(["Demo.Sdk.2.1.0.nupkg", "Demo.Sdk.2.2.0.nupkg"], Packages(feed));
        Assert.Equal("demo/v2.1.0\ndemo/v2.2.0\n", repo.Git("tag", "--list"));
        changelog = repo.Read("src/Demo/CHANGELOG.md");
        Assert.StartsWith("# Changelog\n\n## 2.2.0 (2026-03-02)\n\n1 change(s): 1 non-breaking; suggested version bump: minor.\n\n### Non-breaking changes\n\n- `POST /users`: ", changelog);
        Assert.EndsWith("\n## 2.1.0 (2026-03-01)\n\nFirst release.\n", changelog);
        Assert.Equal(changelog, PackedChangelog(feed, "Demo.Sdk.2.2.0.nupkg"));
    }

    [Fact]
    public void A_stale_spec_is_refused_and_nothing_is_packed_pushed_written_or_tagged()
    {
        using var repo = new TempRepo(Docs.Valid);
        using var feedFolder = new TempFolder();
        repo.File("specs/demo/source.md", Docs.Valid + AddedOperation); // the doc changed, the spec was not regenerated

        var run = Release(repo, feedFolder.Path, "2026-03-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SG0006: stale", run.Stderr);
        Assert.Contains("error SG0009: stale spec(s): demo; run ./generate.sh and commit; nothing was released", run.Stderr);
        Assert.Empty(Packages(feedFolder.Path));
        Assert.Equal(string.Empty, repo.Git("tag", "--list"));
        Assert.False(repo.Exists("src/Demo/CHANGELOG.md"));
    }

    [Fact]
    public void A_dry_run_prints_the_version_and_writes_nothing()
    {
        using var repo = new TempRepo(Docs.Valid);

        var run = CliRun.Of("release", "--repo", repo.Path, "--date", "2026-03-01", "--dry-run");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Matches(@"demo\s+-\s+first\s+2\.1\.0\s+would release", run.Stdout);
        Assert.Contains("dry run: 1 SDK(s) would be released; nothing was packed, pushed, written or tagged", run.Stderr);
        Assert.Equal(string.Empty, repo.Git("tag", "--list"));
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }

    [Fact]
    public void A_folder_that_is_not_a_git_work_tree_is_a_clear_error()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("release", "--repo", temp.Path, "--date", "2026-03-01", "--dry-run");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{temp.Path}: error SG0009: not a git work tree", run.Stderr);
    }

    [Fact]
    public void Without_a_feed_only_a_dry_run_is_allowed()
    {
        using var temp = new TempFolder();
        if (Environment.GetEnvironmentVariable("NUGET_SOURCE") is { Length: > 0 })
        {
            return; // the environment names a feed: the default is taken from it
        }

        var run = CliRun.Of("release", "--repo", temp.Path, "--date", "2026-03-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--feed (or $NUGET_SOURCE) is needed, unless --dry-run", run.Stderr);
        Assert.Equal(2, CliRun.Of("release", "--repo", temp.Path, "--date", "2026-03-01", "--feed", " ").ExitCode); // an empty secret
    }

    [Fact]
    public void A_spec_file_that_changed_without_an_api_change_is_not_released_again()
    {
        using var repo = new TempRepo(Docs.Valid);
        var spec = Path.Combine(repo.Path, "specs", "demo", "openapi.json");
        File.WriteAllText(spec, File.ReadAllText(spec) + "\n"); // released: the same document, another byte
        repo.CommitAll("released spec");
        repo.Git("tag", "--annotate", "demo/v2.1.0", "-m", "Demo.Sdk 2.1.0");
        repo.Generate(); // today's spec: what the doc gives
        repo.CommitAll("regenerated");

        var run = CliRun.Of("release", "--repo", repo.Path, "--date", "2026-03-01", "--dry-run");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("no API change since demo/v2.1.0", run.Stdout);
        Assert.Contains("dry run: 0 SDK(s) would be released", run.Stderr);
    }

    [Fact]
    public void Uncommitted_changes_to_a_released_api_are_refused_because_the_tag_must_hold_what_is_packed()
    {
        using var repo = new TempRepo(Docs.Valid + AddedOperation);
        using var feedFolder = new TempFolder();
        repo.File("src/Demo/Extra.cs", "namespace Demo;\n");

        var run = Release(repo, feedFolder.Path, "2026-03-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SG0009: uncommitted changes in src/Demo/Extra.cs; commit them first", run.Stderr);
        Assert.Empty(Packages(feedFolder.Path));
        Assert.Equal(string.Empty, repo.Git("tag", "--list"));
    }
}
