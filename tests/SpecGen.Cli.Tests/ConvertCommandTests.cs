namespace SpecGen.Cli.Tests;

public sealed class ConvertCommandTests
{
    [Fact]
    public void A_valid_doc_is_written_to_stdout_with_exit_code_0()
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);

        var run = CliRun.Of("convert", doc);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"/users/{uid}\"", run.Stdout);
        Assert.Contains("\"version\": \"2.1.0\"", run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Output_goes_to_the_file_given_with_o_and_is_byte_identical_on_a_second_run()
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);
        var spec = Path.Combine(temp.Path, "out", "openapi.json");

        Assert.Equal(0, CliRun.Of("convert", doc, "-o", spec).ExitCode);
        var first = File.ReadAllBytes(spec);
        Assert.Equal(0, CliRun.Of("convert", doc, "-o", spec).ExitCode);

        Assert.Equal(first, File.ReadAllBytes(spec));
        Assert.Equal((byte)'\n', first[^1]);
    }

    [Fact]
    public void Explain_prints_every_readers_score_and_the_chosen_one()
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);

        var run = CliRun.Of("convert", doc, "--explain", "-o", Path.Combine(temp.Path, "o.json"));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("dialect scores", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("  swagger-markdown", lines[1], StringComparison.Ordinal);
        foreach (var dialect in new[] { "widdershins", "table-export", "catalog", "smart-doc", "knife4j", "yapi", "showdoc", "generic" })
        {
            Assert.Contains(lines, l => l.StartsWith("  " + dialect + " ", StringComparison.Ordinal));
        }

        Assert.EndsWith("read as swagger-markdown (the highest score)", lines.Last(l => l.Contains("read as", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_go_to_stderr_as_file_line_severity_code_message()
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid.Replace("| uid | path | 用户ID | Yes | string |", "| uid | path | 用户ID | Yes | varchar |"));

        var run = CliRun.Of("convert", doc, "-o", Path.Combine(temp.Path, "o.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"api\.md:16: warning SG1004: 'varchar' is not a type; treated as string", run.Stderr);
    }

    [Fact]
    public void An_input_that_cannot_be_converted_exits_1_with_a_located_error()
    {
        using var temp = new TempFolder();
        var doc = temp.File("empty.md", string.Empty);

        var run = CliRun.Of("convert", doc);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.md:1: error SG0001: the document is empty", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Binary_input_exits_1()
    {
        using var temp = new TempFolder();
        var doc = Path.Combine(temp.Path, "blob.md");
        File.WriteAllBytes(doc, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF, 0xFE, 0x0A, 0x00 });

        var run = CliRun.Of("convert", doc);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SG0002", run.Stderr);
    }

    [Fact]
    public void A_missing_file_exits_1()
    {
        var run = CliRun.Of("convert", "/nonexistent/api.md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent/api.md: error SG0000: file not found", run.Stderr);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("convert")]
    [InlineData("convert", "a.md", "b.md")]
    [InlineData("convert", "a.md", "--bogus")]
    [InlineData("convert", "a.md", "-o")]
    [InlineData("convert", "a.md", "--format", "yaml")]
    public void Wrong_usage_exits_2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Settings_beside_the_doc_are_applied_and_broken_settings_exit_1_with_their_location()
    {
        using var temp = new TempFolder();
        var doc = temp.File("api.md", Docs.Valid);
        temp.File("specgen.json", "{ \"title\": \"Renamed\" }");
        Assert.Contains("\"title\": \"Renamed\"", CliRun.Of("convert", doc).Stdout);

        temp.File("specgen.json", "{\n  \"title\": \"Renamed\",\n  \"unknownSetting\": 1\n}");
        var run = CliRun.Of("convert", doc);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"specgen\.json:3: error SG3006: invalid settings", run.Stderr);
    }
}
