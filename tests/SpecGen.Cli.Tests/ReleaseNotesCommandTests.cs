namespace SpecGen.Cli.Tests;

public sealed class ReleaseNotesCommandTests
{
    private static CliRun Notes(TempFolder temp, string template, params string[] extra)
    {
        var released = temp.File("released.json", Specs.With("1.0.0", "/users", "/groups"));
        var current = temp.File("current.json", Specs.With("1.0.0", "/users", "/channels"));
        return CliRun.Of([
            "release-notes", current, "--api", "demo", "--template", template,
            "--released", released, "--released-version", "1.4.2", "--repo", temp.Path, .. extra]);
    }

    [Fact]
    public void Changelog_entry_has_the_version_the_date_given_and_the_changes_grouped_by_class_breaking_first()
    {
        using var temp = new TempFolder();

        var run = Notes(temp, "changelog", "--date", "2026-03-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            ## 2.0.0 (2026-03-01)

            2 change(s): 1 breaking, 1 non-breaking; suggested version bump: major.

            ### Breaking changes

            - `GET /groups`: operation GET /groups was removed

            ### Non-breaking changes

            - `GET /channels`: operation GET /channels was added

            """.ReplaceLineEndings("\n"),
            run.Stdout);
        Assert.Equal(run.Stdout, Notes(temp, "changelog", "--date", "2026-03-01").Stdout);
    }

    [Fact]
    public void Pr_body_is_the_diff_report_with_breaking_changes_first_under_a_summary()
    {
        using var temp = new TempFolder();

        var run = Notes(temp, "pr-body");

        Assert.Equal(0, run.ExitCode);
        var body = run.Stdout;
        Assert.Contains("**❌ Breaking changes**: the SDK's next version is a major one, **2.0.0**.", body);
        Assert.Contains("### API diff:", body);
        Assert.True(body.IndexOf("| breaking |", StringComparison.Ordinal) is > 0 and var breaking && breaking < body.IndexOf("| non-breaking |", StringComparison.Ordinal), body);
        Assert.True(body.IndexOf("2 change(s)", StringComparison.Ordinal) < body.IndexOf("### API diff:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_in_the_repository_overrides_the_embedded_one()
    {
        using var temp = new TempFolder();
        temp.File(".specgen/templates/changelog-entry.md.scriban", "{{ api }} {{ version }} on {{ date }}: {{ counts.breaking }} breaking{{ for g in groups }} [{{ g.id }}]{{ end }}\n");

        var run = Notes(temp, "changelog", "--date", "2026-03-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("demo 2.0.0 on 2026-03-01: 1 breaking [breaking] [non-breaking]\n", run.Stdout);
    }

    [Theory]
    [InlineData("line one\n{{ for x in }}\n", 2)]
    [InlineData("ok\nok\n{{ no_such_variable }}\n", 3)]
    [InlineData("{{ \"a\" | string.nope }}", 1)]
    [InlineData("x\n{{ for i in 1..10000000 }}{{ end }}", 2)]
    public void A_bad_template_is_an_error_at_its_file_and_line_without_a_stack_trace(string template, int line)
    {
        using var temp = new TempFolder();
        var path = temp.File(".specgen/templates/pr-body.md.scriban", template);

        var run = Notes(temp, "pr-body");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}:{line}: error SG0008: ", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void A_first_release_has_no_diff_and_the_vendor_version()
    {
        using var temp = new TempFolder();
        var spec = temp.File("spec.json", Specs.With("v3.1", "/users"));

        var run = CliRun.Of("release-notes", spec, "--api", "demo", "--template", "release-note", "--date", "2026-03-01", "--package", "Demo.Sdk", "--repo", temp.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Demo.Sdk 3.1.0\n\nReleased on 2026-03-01 from `specs/demo/openapi.json` (first release).\n", run.Stdout);
    }

    [Theory]
    [InlineData("changelog")]
    [InlineData("release-note")]
    public void Notes_that_show_a_date_need_it_passed_in(string template)
    {
        using var temp = new TempFolder();

        var run = Notes(temp, template);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--template {template} needs --date", run.Stderr);
    }

    [Theory]
    [InlineData("--template", "bogus", "--template 'bogus' must be one of pr-body, pr-labels, release-note, changelog")]
    [InlineData("--date", "2026-13-01", "--date '2026-13-01' is not a date YYYY-MM-DD")]
    public void Bad_option_values_are_usage_errors(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var spec = temp.File("spec.json", Specs.With("1.0.0", "/users"));
        var args = new List<string> { "release-notes", spec, "--api", "demo", "--template", "pr-body" };
        var i = args.IndexOf(option);
        if (i >= 0) { args[i + 1] = value; } else { args.AddRange([option, value]); }

        var run = CliRun.Of([.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void Without_a_spec_argument_the_repository_spec_is_compared_with_the_one_at_the_last_tag()
    {
        using var repo = new TempRepo(Docs.Valid);
        repo.Git("tag", "--annotate", "demo/v2.1.0", "-m", "Demo.Sdk 2.1.0");
        repo.Git("tag", "--annotate", "demo/v1.9.0", "-m", "older");
        repo.File("specs/demo/source.md", Docs.Valid.Replace("| 200 | 成功 | object |", "| 200 | 成功 | object |\n| 404 | 不存在 | object |", StringComparison.Ordinal));
        repo.Generate();

        var labels = CliRun.Of("release-notes", "--repo", repo.Path, "--api", "demo", "--template", "pr-labels");
        var changelog = CliRun.Of("release-notes", "--repo", repo.Path, "--api", "demo", "--template", "changelog", "--date", "2026-03-02");

        Assert.True(labels.ExitCode == 0, labels.Stderr);
        Assert.Equal("non-breaking\n", labels.Stdout);
        Assert.True(changelog.ExitCode == 0, changelog.Stderr);
        Assert.StartsWith("## 2.2.0 (2026-03-02)\n", changelog.Stdout); // from the highest tag, 2.1.0
        var note = CliRun.Of("release-notes", "--repo", repo.Path, "--api", "demo", "--template", "release-note", "--date", "2026-03-02");
        Assert.StartsWith("# Demo.Sdk 2.2.0\n", note.Stdout); // the package id of src/Demo's project
    }

    [Fact]
    public void The_pr_label_is_breaking_when_the_diff_has_breaking_changes()
    {
        using var temp = new TempFolder();

        var run = Notes(temp, "pr-labels");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("breaking\n", run.Stdout);
    }

    [Fact]
    public void The_pr_body_of_a_new_sdk_says_so_and_has_no_diff()
    {
        using var temp = new TempFolder();
        var spec = temp.File("spec.json", Specs.With("1.2", "/users"));

        var run = CliRun.Of("release-notes", spec, "--api", "demo", "--template", "pr-body", "--repo", temp.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("## `demo`: the vendor doc changed\n\n**🆕 New SDK**: nothing was released yet; the first version will be **1.2.0**.\n\n---\n", run.Stdout);
        Assert.DoesNotContain("### API diff", run.Stdout);
    }
}
