using SpecGen.Core;
using SpecGen.Core.Settings;

namespace SpecGen.Cli.Commands;

/// <summary><c>specgen convert &lt;doc.md&gt; [-o spec.json] [--settings specgen.json] [--format json|summary]</c>.</summary>
public static class ConvertCommand
{
    private static readonly string[] Valued = { "-o", "--output", "--settings", "--format" };
    private static readonly string[] Flags = Array.Empty<string>();

    /// <summary>Runs the command; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, Valued, Flags, stderr, out var exit);
        if (parsed is null)
        {
            return exit;
        }

        if (parsed.Positional.Count != 1)
        {
            return Usage.Fail(stderr, "convert takes exactly one document");
        }

        var format = parsed.Value("--format") ?? "json";
        if (format is not ("json" or "summary"))
        {
            return Usage.Fail(stderr, $"unknown format '{format}' (use json or summary)");
        }

        var input = parsed.Positional[0];
        if (!File.Exists(input))
        {
            stderr.WriteLine($"{input}: error SG0000: file not found");
            return ExitCodes.Failure;
        }

        ApiSettings? settings;
        try
        {
            settings = SettingsFile.Find(input, parsed.Value("--settings"));
        }
        catch (SettingsException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.Failure;
        }

        var result = SpecConverter.Convert(SourceFile.Read(input), input, settings);
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        if (!result.Success)
        {
            return ExitCodes.Failure;
        }

        if (format == "summary")
        {
            stdout.WriteLine($"{input}: {result.Dialect}, {result.OperationCount} operations ({result.SourceSections} sections), {result.SchemaCount} schemas, {result.Diagnostics.Count} diagnostics");
        }

        var output = parsed.Value("-o", "--output");
        if (output is null)
        {
            if (format == "json")
            {
                stdout.Write(result.Json);
            }
        }
        else
        {
            SourceFile.WriteIfChanged(output, result.Utf8Json);
        }

        return ExitCodes.Success;
    }
}
