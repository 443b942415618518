using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecGen.Cli.Tests;

/// <summary><c>specgen diff</c> through the command line: the C# surface diff, its names and its switch.</summary>
public class DiffCommandTests
{
    /// <summary>NapCat's spec, and a copy without <c>POST /send_group_msg</c> beside its specgen.json (as in specs/napcat/).</summary>
    private static (string Old, string New) NapCatPair(TempFolder folder)
    {
        var specs = Path.Combine(RepositoryRoot(), "specs", "napcat");
        var text = File.ReadAllText(Path.Combine(specs, "openapi.json"));
        var edited = JsonNode.Parse(text)!;
        edited["paths"]!.AsObject().Remove("/send_group_msg");
        folder.File("napcat/specgen.json", File.ReadAllText(Path.Combine(specs, "specgen.json")));
        return (folder.File("base.json", text), folder.File("napcat/openapi.json", edited.ToJsonString()));
    }

    [Fact]
    public void The_json_report_names_the_removed_CSharp_method_with_the_sdk_names_of_specgen_json()
    {
        using var folder = new TempFolder();
        var (oldPath, newPath) = NapCatPair(folder);

        var run = CliRun.Of("diff", oldPath, newPath, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stderr);
        var surface = JsonNode.Parse(run.Stdout)!["surface"]!;
        Assert.True(surface["breaksCompilation"]!.GetValue<bool>());
        var findings = surface["findings"]!.AsArray();
        var removed = findings.Single(f => (string?)f!["member"] == "INapCatClient.SendGroupMsgAsync")!;
        Assert.Equal(
            ["rule", "class", "member", "parameter", "parameterName", "message", "old", "new", "spec"],
            removed.AsObject().Select(p => p.Key));
        Assert.Equal(("csharp-member-removed", "breaking", "POST /send_group_msg"), ((string?)removed["rule"], (string?)removed["class"], (string?)removed["spec"]));
        Assert.Contains(findings, f => (string?)f!["member"] == "NapCatClient.SendGroupMsgAsync");
        Assert.Equal(JsonValueKind.Array, surface["runTimeBreaks"]!.GetValueKind());
    }

    [Fact]
    public void No_surface_compares_the_wire_only()
    {
        using var folder = new TempFolder();
        var (oldPath, newPath) = NapCatPair(folder);

        var run = CliRun.Of("diff", oldPath, newPath, "--format", "json", "--no-surface");

        Assert.Equal(1, run.ExitCode);
        var report = JsonNode.Parse(run.Stdout)!;
        Assert.Null(report["surface"]);
        Assert.Contains(report["changes"]!.AsArray(), c => (string?)c!["rule"] == "endpoint-removed");
    }

    [Fact]
    public void The_namespace_and_client_name_options_override_specgen_json()
    {
        using var folder = new TempFolder();
        var (oldPath, newPath) = NapCatPair(folder);

        var run = CliRun.Of("diff", oldPath, newPath, "--format", "markdown", "--client-name", "QqBotClient", "--namespace", "Bots.Qq");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\n#### C# `IQqBotClient.SendGroupMsgAsync` — `POST /send_group_msg`\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_specgen_json_beside_the_spec_is_a_located_error()
    {
        using var folder = new TempFolder();
        var (oldPath, newPath) = NapCatPair(folder);
        folder.File("napcat/specgen.json", "{\n  \"namespace\": ,\n}");

        var run = CliRun.Of("diff", oldPath, newPath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("specgen.json:2: invalid JSON in the SDK settings beside the spec", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_name_the_generator_rejects_is_a_located_error_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        var (oldPath, newPath) = NapCatPair(folder);

        var run = CliRun.Of("diff", oldPath, newPath, "--client-name", "1Bad");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"specgen diff: error: {oldPath}:1:1: the SDK cannot be generated for the C# surface diff: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("'1Bad' is not a valid C# identifier", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--no-surface", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_report_lists_the_CSharp_findings_by_class_and_the_run_time_breaks()
    {
        using var folder = new TempFolder();
        var (oldPath, newPath) = NapCatPair(folder);

        var run = CliRun.Of("diff", oldPath, newPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\nC# API: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("(callers' code no longer compiles)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nC# API: breaking changes (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  [csharp-member-removed] INapCatClient.SendGroupMsgAsync: method SendGroupMsgAsync was removed (POST /send_group_msg)\n", run.Stdout, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpecGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("SpecGen.sln not found above " + AppContext.BaseDirectory);
    }
}
