using System.Text.RegularExpressions;

namespace SpecGen.Cli.Tests;

/// <summary>
/// The GitHub workflows run the same <c>specgen</c> commands these tests run: every <c>specgen …</c> command line
/// in .github/workflows/*.yml parses against the real command tree (no unknown command or option, no bad value).
/// </summary>
public sealed partial class WorkflowCommandTests
{
    // Shell expressions in the workflows, and what stands for them here.
    private static readonly (string Shell, string Value)[] Substitutions =
    [
        ("\"$(date -u +%Y-%m-%d)\"", "2026-01-01"),
        ("\"$work/$api.base.json\"", "base.json"),
        ("\"$spec\"", "specs/demo/openapi.json"),
        ("\"$api\"", "demo"),
        ("\"$NUGET_SOURCE\"", "feed"),
        ("\"$RUNNER_TEMP/specgen/specgen.dll\"", "specgen.dll"),
    ];

    public static TheoryData<string> Workflows() => new(WorkflowNames());

    private static string[] WorkflowNames() =>
        Directory.GetFiles(Path.Combine(TempRepo.RepositoryRoot(), ".github", "workflows"), "*.yml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_specgen_command_line_in_a_workflow_parses(string workflow)
    {
        foreach (var line in CommandLines(workflow))
        {
            var parsed = SpecGenCommandLine.Parse(Split(line));

            Assert.True(parsed.Errors.Count == 0, $"{workflow}: specgen {line}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void The_workflows_fetch_generate_render_the_pr_body_and_labels_diff_and_release()
    {
        var used = WorkflowNames().SelectMany(CommandLines).Select(line => Split(line)[0]).ToHashSet();

        Assert.Superset(new HashSet<string> { "fetch", "generate", "release-notes", "diff", "release" }, used);
        var docsSync = string.Join('\n', CommandLines("docs-sync.yml"));
        Assert.Contains("--template pr-body", docsSync);
        Assert.Contains("--template pr-labels", docsSync);
    }

    /// <summary>The arguments of each specgen invocation of a workflow (continuation lines joined, comments skipped).</summary>
    private static IEnumerable<string> CommandLines(string workflow)
    {
        var text = File.ReadAllText(Path.Combine(TempRepo.RepositoryRoot(), ".github", "workflows", workflow)).Replace("\\\n", " ", StringComparison.Ordinal);
        foreach (var raw in text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')))
        {
            var line = Substitutions.Aggregate(raw, (l, s) => l.Replace(s.Shell, s.Value, StringComparison.Ordinal));
            foreach (Match match in Invocation().Matches(line))
            {
                yield return match.Groups["args"].Value.Trim();
            }
        }
    }

    private static string[] Split(string arguments) =>
        Argument().Matches(arguments).Select(m => m.Value.Trim('"')).ToArray();

    // A shell command that runs specgen — `specgen …` (a function), `dotnet …/specgen.dll …`, `dotnet run … -- …` — at the
    // start of a line, after `if !` or in `$(…)`; its arguments run up to a pipe, a redirection or the end.
    [GeneratedRegex(@"(?:^\s*(?:if !\s+)?|\$\()(?:specgen|dotnet\s+\S*specgen\.dll|dotnet run .*--no-build --)\s+(?<args>[a-z][^|>\n;)]*)")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"""[^""]*""|\S+")]
    private static partial Regex Argument();
}
