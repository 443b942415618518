namespace SpecGen.Cli.Tests;

/// <summary>Issue 10: bad output paths, broken settings and unexpected exceptions are one clear line and an exit code, never a stack trace.</summary>
public sealed class HostileCliTests
{
    private static void AssertOneLine(CliRun run, string expected)
    {
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_that_is_a_directory_is_an_error()
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);

        var run = CliRun.Of("convert", doc, "-o", temp.Path);

        Assert.Equal(1, run.ExitCode);
        AssertOneLine(run, "is a directory");
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_output_path_under_a_file_is_an_error()
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);

        var run = CliRun.Of("convert", doc, "-o", Path.Combine(doc, "missing", "o.json"));

        Assert.Equal(1, run.ExitCode);
        AssertOneLine(run, "is a file, not a directory");
    }

    [Fact]
    public void A_missing_parent_directory_is_created()
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);
        var spec = Path.Combine(temp.Path, "a", "b", "o.json");

        var run = CliRun.Of("convert", doc, "-o", spec);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(spec));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_output_path_is_a_usage_error(string output)
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);

        var run = CliRun.Of("convert", doc, "-o", output);

        Assert.Equal(2, run.ExitCode);
        AssertOneLine(run, "the output path is empty");
    }

    [Theory]
    [InlineData("{\n  \"credentialHeaders\": null\n}", 2)]
    [InlineData("{\n  \"addSecurity\": { \"x\": { \"type\": \"oauth3\" } }\n}", 2)]
    [InlineData("{\n  \"envelope\": {\n    \"code\": \"c\",\n    \"success\": null\n  }\n}", 4)]
    public void Null_or_unknown_settings_are_an_error_at_the_settings_line(string settings, int line)
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);
        var file = temp.File("specgen.json", settings);

        var run = CliRun.Of("convert", doc, "-o", Path.Combine(temp.Path, "o.json"));

        Assert.Equal(1, run.ExitCode);
        AssertOneLine(run, $"{file}:{line}: error SG3006: invalid settings");
        Assert.False(File.Exists(Path.Combine(temp.Path, "o.json")));
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_and_exit_1()
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);
        var stderr = new StringWriter { NewLine = "\n" };

        var code = Program.Run(new[] { "convert", doc }, new ThrowingWriter(), stderr);

        Assert.Equal(1, code);
        Assert.Equal("specgen: internal error: the pipe is gone\n", stderr.ToString());
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);
        var stderr = new StringWriter { NewLine = "\n" };

        var code = Program.Run(new[] { "convert", doc, "--verbose" }, new ThrowingWriter(), stderr);

        Assert.Equal(1, code);
        Assert.StartsWith("specgen: internal error: the pipe is gone\n", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("   at ", stderr.ToString(), StringComparison.Ordinal);
    }

    private sealed class ThrowingWriter : StringWriter
    {
        public override void Write(string? value) => throw new IOException("the pipe is gone");

        public override void Write(char value) => throw new IOException("the pipe is gone");
    }

    [Theory]
    [InlineData("release", "--repo", "{missing}", "--date", "2026-01-01", "--dry-run")]
    [InlineData("release-notes", "--repo", "{missing}", "--api", "demo", "--template", "pr-body")]
    [InlineData("version", "--repo", "{missing}", "--api", "demo")]
    [InlineData("init", "demo", "--from", "{missing}/doc.md", "--repo", "{missing}", "--no-build")]
    public void A_repository_that_does_not_exist_is_one_line_and_nothing_is_created(params string[] args)
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "missing");

        var run = CliRun.Of(args.Select(a => a.Replace("{missing}", missing, StringComparison.Ordinal)).ToArray());

        Assert.Equal(1, run.ExitCode);
        AssertOneLine(run, $"{missing}: error SG0009: no such directory");
        Assert.False(Directory.Exists(missing));
    }
}
