namespace SpecGen.Cli.Tests;

/// <summary>Issue 12: the command line is System.CommandLine's: help, validation errors, exit 2 for wrong usage.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Help_exits_0_and_lists_every_command()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Usage:\n  \S+ \[command\] \[options\]", run.Stdout); // specgen (testhost under tests)
        var commands = run.Stdout[run.Stdout.IndexOf("Commands:", StringComparison.Ordinal)..];
        foreach (var command in new[] { "convert <doc.md>", "generate", "fetch", "diff <old.json> <new.json>", "version <spec.json>" })
        {
            Assert.Contains("\n  " + command + " ", commands);
        }

        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void No_command_prints_the_help_and_exits_2()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Commands:", run.Stdout);
    }

    [Theory]
    [InlineData("convert", "--help", " convert <doc.md> [options]")]
    [InlineData("generate", "-h", "--check")]
    [InlineData("diff", "--help", "--fail-on <breaking|warning|none>")]
    [InlineData("fetch", "--help", "--max-bytes")]
    public void Each_command_has_its_help(string command, string help, string expected)
    {
        var run = CliRun.Of(command, help);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Stdout);
    }

    [Theory]
    [InlineData("convert", "--bogus")]
    [InlineData("generate", "--bogus")]
    [InlineData("fetch", "--bogus")]
    [InlineData("diff", "a.json", "b.json", "--bogus")]
    [InlineData("version", "--bogus")]
    public void An_unknown_option_exits_2_naming_it(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--bogus", run.Stderr.Split('\n')[0]);
        Assert.StartsWith("specgen: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"Run 'specgen {args[0]} --help' for usage.", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("diff")]
    [InlineData("diff", "old.json")]
    public void A_missing_required_argument_exits_2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Required argument missing", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("generate", "--specs")]
    [InlineData("fetch", "--api")]
    [InlineData("fetch", "--timeout", "soon")]
    [InlineData("diff", "a.json", "b.json", "--fail-on", "often")]
    public void A_missing_or_bad_option_value_exits_2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("specgen: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_exits_2()
    {
        var run = CliRun.Of("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'frobnicate'", run.Stderr);
    }

    [Theory]
    [InlineData("fe", "fetch\n")]
    [InlineData("version a.json --min-bump ", "major\nminor\nnone\npatch\n")]
    [InlineData("diff --fail", "--fail-on\n")]
    [InlineData("diff a.json b.json --format ", "json\nmarkdown\ntext\n")]
    [InlineData("convert a.md --format ", "json\nsummary\n")]
    public void Completion_comes_from_the_suggest_directive(string line, string expected)
    {
        var run = CliRun.Of($"[suggest:{line.Length}]", line);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Stdout);
    }

    [Fact]
    public void Version_option_prints_x_y_z()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", run.Stdout);
    }

    [Fact]
    public void A_file_name_starting_with_a_dash_goes_after_double_dash()
    {
        var asOption = CliRun.Of("convert", "-missing.md");
        var asName = CliRun.Of("convert", "--", "-missing.md");

        Assert.Equal(2, asOption.ExitCode);
        Assert.Contains("unknown option '-missing.md'", asOption.Stderr);
        Assert.Equal(1, asName.ExitCode);
        Assert.Contains("-missing.md: error SG0000: file not found", asName.Stderr);
    }

    [Fact]
    public void A_response_file_token_is_a_file_name_not_a_response_file()
    {
        using var temp = new TempFolder();
        temp.File("args.rsp", "--help");

        var run = CliRun.Of("convert", "@" + Path.Combine(temp.Path, "args.rsp"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("args.rsp: error SG0000: file not found", run.Stderr);
    }
}
