using System.CommandLine;
using System.Diagnostics;
using SpecGen.Core;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Settings;

namespace SpecGen.Cli.Commands;

/// <summary>
/// <c>specgen generate [--specs dir] [--api name] [--check]</c>: converts every
/// <c>specs/&lt;api&gt;/source.md</c> to <c>openapi.json</c> beside it and prints a summary table.
/// With <c>--check</c> nothing is written and a stale spec fails with its diff.
/// </summary>
public static class GenerateCommand
{
    /// <summary>The vendor doc in each API folder.</summary>
    public const string SourceName = "source.md";
    /// <summary>The committed spec in each API folder.</summary>
    public const string SpecName = "openapi.json";

    /// <summary>The <c>generate</c> command: its options and action.</summary>
    public static Command Create()
    {
        var specs = ApiFolders.SpecsOption();
        var api = ApiFolders.ApiOption();
        var check = new Option<bool>("--check") { Description = "Write nothing; fail (with the diff) when a committed spec is stale." };
        var command = new Command("generate", $"Regenerate <specs>/<api>/{SpecName} from <specs>/<api>/{SourceName} for every API (or one).") { specs, api, check };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(specs),
            parsed.GetValue(api),
            parsed.GetValue(check),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string root, string? only, bool check, TextWriter stdout, TextWriter stderr)
    {
        if (ApiFolders.Select(root, only, stderr) is not { } apis)
        {
            return ExitCodes.Failure;
        }

        var rows = apis.Select((api, i) => GenerateOne(root, api, check, $"[{i + 1}/{apis.Count}]", stdout, stderr)).ToList();
        SummaryTable.Write(stdout, rows);
        var failed = rows.Count(r => r.Status is not ("ok" or "unchanged" or "written"));
        if (failed > 0)
        {
            stderr.WriteLine(check
                ? $"specgen: {failed} spec(s) are stale or broken; run ./generate.sh to regenerate them"
                : $"specgen: {failed} API(s) failed");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Whether <c>&lt;root&gt;/&lt;api&gt;/openapi.json</c> is what its doc gives now (the <c>--check</c> rule);
    /// when not, why (and the diff) went to <paramref name="stderr"/>.
    /// </summary>
    internal static bool IsCurrent(string root, string api, TextWriter stderr) =>
        GenerateOne(root, api, check: true, string.Empty, TextWriter.Null, stderr).Status == "ok";

    private static SummaryRow GenerateOne(string root, string api, bool check, string progress, TextWriter stdout, TextWriter stderr)
    {
        var folder = Path.Combine(root, api);
        var source = Path.Combine(folder, SourceName);
        var specPath = Path.Combine(folder, SpecName);
        stdout.WriteLine($"{progress} {api}: converting {source}");
        if (!File.Exists(source))
        {
            stderr.WriteLine($"{source}: error SG0000: the API folder has no {SourceName}");
            return new SummaryRow(api, "-", 0, 0, 0, 1, "missing doc", TimeSpan.Zero);
        }

        ApiSettings settings;
        try
        {
            settings = SettingsFile.Find(source, null);
        }
        catch (SettingsException e)
        {
            stderr.WriteLine(e.Message);
            return new SummaryRow(api, "-", 0, 0, 0, 1, "bad settings", TimeSpan.Zero);
        }

        var watch = Stopwatch.StartNew();
        var result = SpecConverter.Convert(SourceFile.Read(source), source, settings);
        watch.Stop();
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            stderr.WriteLine(diagnostic);
        }

        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var errors = result.Diagnostics.Count - warnings;
        SummaryRow Row(string status) => new(api, result.Dialect ?? "-", result.OperationCount, result.SchemaCount, warnings, errors, status, watch.Elapsed);
        if (!result.Success)
        {
            return Row("conversion failed");
        }

        if (check)
        {
            if (SourceFile.Holds(specPath, result.Utf8Json.Span))
            {
                return Row("ok");
            }

            var committed = File.Exists(specPath) ? File.ReadAllText(specPath) : string.Empty;
            stderr.WriteLine($"{specPath}: error SG0006: stale: differs from what {source} gives");
            LineDiff.Write(stderr, committed, result.Json, specPath);
            return Row("stale");
        }

        return Row(SourceFile.WriteIfChanged(specPath, result.Utf8Json) ? "written" : "unchanged");
    }
}
