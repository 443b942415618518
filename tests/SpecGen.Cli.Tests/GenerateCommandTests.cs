namespace SpecGen.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Generate_writes_each_spec_and_prints_a_summary_table()
    {
        using var temp = new TempFolder();
        temp.File("specs/demo/source.md", Docs.Valid);

        var run = CliRun.Of("generate", "--specs", Path.Combine(temp.Path, "specs"));

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(temp.Path, "specs/demo/openapi.json")));
        Assert.Contains("[1/1] demo", run.Stdout);
        Assert.Matches(@"demo\s+swagger-markdown\s+1\s+0\s+0\s+0\s+\d+\s+written", run.Stdout);
    }

    [Fact]
    public void Check_passes_when_fresh_and_fails_with_a_diff_after_a_doc_edit()
    {
        using var temp = new TempFolder();
        var specs = Path.Combine(temp.Path, "specs");
        temp.File("specs/demo/source.md", Docs.Valid);
        Assert.Equal(0, CliRun.Of("generate", "--specs", specs).ExitCode);
        Assert.Equal(0, CliRun.Of("generate", "--specs", specs, "--check").ExitCode);

        temp.File("specs/demo/source.md", Docs.Valid.Replace("用户详情", "查询用户详情"));
        var stale = CliRun.Of("generate", "--specs", specs, "--check");

        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("error SG0006: stale", stale.Stderr);
        Assert.Contains("-        \"summary\": \"用户详情\",", stale.Stderr);
        Assert.Contains("+        \"summary\": \"查询用户详情\",", stale.Stderr);
        Assert.Contains("stale", stale.Stdout);
        Assert.DoesNotContain("查询用户详情", File.ReadAllText(Path.Combine(specs, "demo/openapi.json")));
    }

    [Fact]
    public void A_folder_without_a_doc_fails_clearly_and_the_others_still_convert()
    {
        using var temp = new TempFolder();
        temp.File("specs/good/source.md", Docs.Valid);
        Directory.CreateDirectory(Path.Combine(temp.Path, "specs/empty"));

        var run = CliRun.Of("generate", "--specs", Path.Combine(temp.Path, "specs"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has no source.md", run.Stderr);
        Assert.True(File.Exists(Path.Combine(temp.Path, "specs/good/openapi.json")));
    }

    [Fact]
    public void Api_selects_one_folder_and_an_unknown_name_is_an_error()
    {
        using var temp = new TempFolder();
        temp.File("specs/a/source.md", Docs.Valid);
        temp.File("specs/b/source.md", Docs.Valid);
        var specs = Path.Combine(temp.Path, "specs");

        Assert.Equal(0, CliRun.Of("generate", "--specs", specs, "--api", "b").ExitCode);
        Assert.False(File.Exists(Path.Combine(specs, "a/openapi.json")));
        Assert.True(File.Exists(Path.Combine(specs, "b/openapi.json")));

        var unknown = CliRun.Of("generate", "--specs", specs, "--api", "zzz");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no such API (have: a, b)", unknown.Stderr);
    }
}
