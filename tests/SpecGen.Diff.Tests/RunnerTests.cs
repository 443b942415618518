namespace SpecGen.Diff.Tests;

public sealed class RunnerTests : IDisposable
{
    private const string Paths = """{"/pets":{"get":{"operationId":"listPets","parameters":[{"name":"limit","in":"query","schema":{"type":"integer"}}],"responses":{"200":{"description":"ok"}}}}}""";

    private readonly string _directory = Directory.CreateTempSubdirectory("specgen-diff-").FullName;
    private readonly string _old;
    private readonly string _breaking;
    private readonly string _additive;
    private readonly string _warning;

    public RunnerTests()
    {
        _old = Write("old.json", Specs.Doc(Paths));
        _breaking = Write("breaking.json", Specs.Doc(Paths.Replace("\"in\":\"query\",", "\"in\":\"query\",\"required\":true,")));
        _additive = Write("additive.json", Specs.Doc(Paths.Replace("\"description\":\"ok\"}", "\"description\":\"ok\"},\"404\":{\"description\":\"none\"}")));
        _warning = Write("warning.json", Specs.Doc(Paths.Replace("\"integer\"}", "\"integer\",\"enum\":[1]}")));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = DiffRunner.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Breaking_changes_exit_with_1_by_default()
    {
        var (code, stdout, stderr) = Run(_old, _breaking);
        Assert.Equal(1, code);
        Assert.Empty(stderr);
        Assert.Contains("[request-parameter-became-required] GET /pets query parameter limit", stdout, StringComparison.Ordinal);
        Assert.Contains("\n1 change(s): 1 breaking; suggested version bump: major.\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_none_exits_with_0_despite_breaking_changes() =>
        Assert.Equal(0, Run(_old, _breaking, "--fail-on", "none").Code);

    [Fact]
    public void Non_breaking_changes_exit_with_0_and_suggest_minor()
    {
        var (code, stdout, _) = Run(_old, _additive);
        Assert.Equal(0, code);
        Assert.Contains("\n1 change(s): 1 non-breaking; suggested version bump: minor.\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_warning_fails_on_warnings_but_the_default_does_not()
    {
        // A new enum on a request parameter is breaking; reverse it to get a warning-free non-breaking change.
        Assert.Equal(1, Run(_old, _warning).Code);
        Assert.Equal(0, Run(_warning, _old).Code);
        Assert.Equal(0, Run(_old, _additive, "--fail-on=warning").Code);
    }

    [Fact]
    public void No_changes_exit_with_0_and_say_so()
    {
        var (code, stdout, _) = Run(_old, _old, "--format", "text");
        Assert.Equal(0, code);
        Assert.Contains("No API changes; suggested version bump: none.", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "expected two files: the old and the new OpenAPI document")]
    [InlineData(new[] { "a.json" }, "expected two files: the old and the new OpenAPI document")]
    [InlineData(new[] { "a.json", "b.json", "c.json" }, "expected two files, got 3: a.json, b.json, c.json")]
    [InlineData(new[] { "a.json", "b.json", "--format", "yaml" }, "unknown format 'yaml' (expected text, markdown or json)")]
    [InlineData(new[] { "a.json", "b.json", "--fail-on", "sometimes" }, "unknown --fail-on value 'sometimes' (expected breaking, warning or none)")]
    [InlineData(new[] { "a.json", "b.json", "--format" }, "option '--format' needs a value")]
    [InlineData(new[] { "a.json", "b.json", "--colour" }, "unknown option '--colour'")]
    [InlineData(new[] { "-x", "a.json", "b.json" }, "unknown option '-x'")]
    public void Usage_errors_exit_with_2_and_print_usage(string[] args, string message)
    {
        var (code, stdout, stderr) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith($"specgen diff: {message}\n", stderr, StringComparison.Ordinal);
        Assert.Contains("usage: specgen diff <old.json> <new.json>", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void File_names_after_a_double_dash_may_start_with_a_dash()
    {
        // Without "--", "-old.json" would be an unknown option; after it, it is a (missing) file.
        var (code, _, stderr) = Run("--format", "json", "--", "-old.json", _breaking);
        Assert.Equal((2, "specgen diff: error: -old.json: file not found\n"), (code, stderr));
    }

    [Fact]
    public void Help_prints_usage_and_exits_with_0()
    {
        var (code, stdout, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("--fail-on breaking|warning|none", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_option_replaces_the_file_names_in_the_report()
    {
        var (_, stdout, _) = Run(_old, _breaking, "--format", "markdown", "--title", "specs/pets/openapi.json");
        Assert.StartsWith("### API diff: specs/pets/openapi.json\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_is_selected_by_option()
    {
        var (code, stdout, _) = Run("--format", "json", _old, _breaking);
        Assert.Equal(1, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal("major", json.RootElement.GetProperty("suggestedBump").GetString());
    }
}
