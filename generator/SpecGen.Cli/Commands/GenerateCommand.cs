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

    private static readonly string[] Valued = { "--specs", "--api" };
    private static readonly string[] Flags = { "--check" };

    /// <summary>Runs the command; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, Valued, Flags, stderr, out var exit);
        if (parsed is null)
        {
            return exit;
        }

        if (parsed.Positional.Count > 0)
        {
            return Usage.Fail(stderr, $"generate takes no positional arguments (got '{parsed.Positional[0]}')");
        }

        var root = parsed.Value("--specs") ?? "specs";
        if (!Directory.Exists(root))
        {
            stderr.WriteLine($"{root}: error SG0000: specs directory not found");
            return ExitCodes.Failure;
        }

        var apis = Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (parsed.Value("--api") is { } only)
        {
            if (!apis.Contains(only))
            {
                stderr.WriteLine($"{Path.Combine(root, only)}: error SG0000: no such API (have: {string.Join(", ", apis)})");
                return ExitCodes.Failure;
            }

            apis = new List<string> { only };
        }

        var check = parsed.Has("--check");
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
