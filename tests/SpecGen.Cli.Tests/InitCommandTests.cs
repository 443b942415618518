using SpecGen.Core.Settings;

namespace SpecGen.Cli.Tests;

public sealed class InitCommandTests
{
    /// <summary>A copy of what an SDK build needs from this repository: the props, the solution, generator/ and src/'s shared files.</summary>
    private static TempFolder RepositoryCopy()
    {
        var root = TempRepo.RepositoryRoot();
        var copy = new TempFolder();
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "SpecGen.sln", "src/Directory.Build.props", "src/Directory.Build.targets" })
        {
            copy.File(file, File.ReadAllText(Path.Combine(root, file)));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(root, "generator"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (!relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy.Path, relative))!);
                File.Copy(file, Path.Combine(copy.Path, relative));
            }
        }

        return copy;
    }

    [Fact]
    public async Task Init_from_a_loopback_url_creates_the_api_and_an_sdk_project_that_is_in_the_solution_and_builds()
    {
        await using var server = await DocServer.StartAsync();
        server.Doc("/docs/demo.md", Docs.Valid, "v1");
        using var repo = RepositoryCopy();
        var url = server.Url("/docs/demo.md").ToString();

        var run = CliRun.Of("init", "demo", "--from", url, "--repo", repo.Path);

        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        var specs = Path.Combine(repo.Path, "specs", "demo");
        Assert.Equal(Docs.Valid, File.ReadAllText(Path.Combine(specs, "source.md")));
        Assert.True(File.Exists(Path.Combine(specs, "source.lock.json")));
        Assert.True(File.Exists(Path.Combine(specs, "openapi.json")));
        var settingsText = File.ReadAllText(Path.Combine(specs, "specgen.json"));
        Assert.Contains("// review: detected", settingsText);
        var settings = ApiSettings.Load(Path.Combine(specs, "specgen.json"));
        Assert.Equal(("DemoClient", "SpecGen.Sdk.Demo", "swagger-markdown"), (settings.ClientName, settings.Namespace, settings.Dialect));
        Assert.Equal((url, "markdown"), (settings.Source?.Url, settings.Source?.Kind));
        Assert.Contains(@"src\Demo\SpecGen.Sdk.Demo.csproj", File.ReadAllText(Path.Combine(repo.Path, "SpecGen.sln")));
        Assert.True(File.Exists(Path.Combine(repo.Path, "src", "Demo", "bin", "Release", "net10.0", "SpecGen.Sdk.Demo.dll")));
        Assert.Contains("src/Demo/SpecGen.Sdk.Demo.csproj  (added to SpecGen.sln, built)", run.Stdout);
        Assert.Contains("Review specs/demo/specgen.json:", run.Stdout);
    }

    [Theory]
    [InlineData("napcat", "\"envelope\": { \"code\": \"retcode\", \"success\": [\"0\"], \"message\": \"message\", \"data\": \"data\" }")]
    [InlineData("maxim", "\"credentialHeaders\": [\"access-token\", \"app_id\"]")]
    public void Init_guesses_what_the_hand_written_settings_of_a_known_api_say(string api, string expected)
    {
        using var repo = new TempFolder();

        var run = CliRun.Of("init", "copy", "--from", Path.Combine(TempRepo.RepositoryRoot(), "specs", api, "source.md"), "--repo", repo.Path, "--no-build");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var settings = Path.Combine(repo.Path, "specs", "copy", "specgen.json");
        Assert.Contains(expected, File.ReadAllText(settings));
        ApiSettings.Load(settings); // the settings reader accepts the file, comments and all
        Assert.Contains("// review: the doc was copied from", File.ReadAllText(settings));
        Assert.Contains("Conversion warnings by kind", run.Stdout);
    }

    [Fact]
    public void Warnings_are_listed_by_kind_with_their_lines()
    {
        using var repo = new TempFolder();

        var run = CliRun.Of("init", "eyun", "--from", Path.Combine(TempRepo.RepositoryRoot(), "specs", "eyun", "source.md"), "--repo", repo.Path, "--no-build");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Matches(@"\n  SG1004 ×4 at specs/eyun/source\.md line\(s\) \d+, \d+, \d+, \d+: ", run.Stdout);
    }

    [Fact]
    public void An_existing_api_is_refused_and_nothing_is_written()
    {
        using var repo = new TempFolder();
        var doc = repo.File("doc.md", Docs.Valid);
        repo.File("src/Demo/keep.txt", "mine");

        var run = CliRun.Of("init", "demo", "--from", doc, "--repo", repo.Path, "--no-build");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists; specgen init writes only new folders, nothing was written", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(repo.Path, "specs")));
    }

    [Fact]
    public void A_missing_file_or_a_doc_that_does_not_convert_leaves_nothing_behind()
    {
        using var repo = new TempFolder();
        var empty = repo.File("empty.md", "");

        var missing = CliRun.Of("init", "demo", "--from", Path.Combine(repo.Path, "nope.md"), "--repo", repo.Path, "--no-build");
        var broken = CliRun.Of("init", "demo", "--from", empty, "--repo", repo.Path, "--no-build");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("--from is neither an http(s) URL nor an existing file", missing.Stderr);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("the doc could not be converted", broken.Stderr);
        Assert.False(Directory.Exists(Path.Combine(repo.Path, "specs", "demo")));
        Assert.DoesNotContain("   at ", missing.Stderr + broken.Stderr);
    }

    [Theory]
    [InlineData("Demo")]
    [InlineData("9demo")]
    [InlineData("de mo")]
    [InlineData("../demo")]
    public void A_name_that_is_not_a_folder_name_is_a_usage_error(string name)
    {
        var run = CliRun.Of("init", name, "--from", "doc.md", "--no-build");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{name}' is not an API name", run.Stderr);
    }
}
