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

    [Fact]
    public async Task Init_from_an_apifox_site_assembles_its_pages_and_records_the_apifox_source()
    {
        await using var server = await DocServer.StartAsync();
        server.Doc("/site/llms.txt", "# Demo\n\n- [Users](users.md)\n- [Notes](notes.md)\n", "i1", "text/plain");
        server.Doc("/site/users.md", Docs.Valid, "u1");
        server.Doc("/site/notes.md", "# Notes\n\nAll times are UTC.\n", "n1");
        using var repo = new TempFolder();
        var url = server.Url("/site/llms.txt").ToString();

        var run = CliRun.Of("init", "demo", "--from", url, "--repo", repo.Path, "--no-build");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var settings = ApiSettings.Load(Path.Combine(repo.Path, "specs", "demo", "specgen.json"));
        Assert.Equal((url, "apifox"), (settings.Source?.Url, settings.Source?.Kind));
        Assert.Contains("All times are UTC.", File.ReadAllText(Path.Combine(repo.Path, "specs", "demo", "source.md")));
    }

    [Fact]
    public async Task A_failed_fetch_leaves_nothing_behind()
    {
        await using var server = await DocServer.StartAsync();
        server.Route("/docs/demo.md", context => { context.Response.StatusCode = 404; return Task.CompletedTask; });
        using var repo = new TempFolder();

        var run = CliRun.Of("init", "demo", "--from", server.Url("/docs/demo.md").ToString(), "--repo", repo.Path, "--no-build");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("404", run.Stderr);
        Assert.Contains("specgen init: nothing was created", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(repo.Path, "specs", "demo")));
    }

    [Fact]
    public void The_sdk_project_comes_from_the_repository_template_when_there_is_one()
    {
        using var repo = new TempFolder();
        var doc = repo.File("doc.md", Docs.Valid);
        repo.File(".specgen/templates/sdk.csproj.scriban", "<Project><!-- {{ api }} {{ namespace }} {{ client_name }} {{ title }} --></Project>\n");

        var run = CliRun.Of("init", "demo", "--from", doc, "--repo", repo.Path, "--no-build");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("<Project><!-- demo SpecGen.Sdk.Demo DemoClient 示例接口 --></Project>\n", File.ReadAllText(Path.Combine(repo.Path, "src", "Demo", "SpecGen.Sdk.Demo.csproj")));
    }
}
