using System.CommandLine;
using SpecGen.Core;
using SpecGen.Core.Settings;

namespace SpecGen.Cli.Commands;

/// <summary><c>specgen convert &lt;doc.md&gt; [-o spec.json] [--settings specgen.json] [--format json|summary] [--explain]</c>.</summary>
public static class ConvertCommand
{
    /// <summary>The <c>convert</c> command: its arguments, options and action.</summary>
    public static Command Create()
    {
        var doc = new Argument<string>("doc.md") { Description = "The vendor markdown doc to convert." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the spec to this file (default: standard output).", HelpName = "spec.json" };
        var settingsPath = new Option<string?>("--settings") { Description = "The settings file (default: specgen.json beside the doc).", HelpName = "specgen.json" };
        var format = new Option<string>("--format") { Description = "json: the spec; summary: one line of counts.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "summary");
        var explain = new Option<bool>("--explain") { Description = "Print every dialect reader's score and evidence, and which one read the doc." };
        var command = new Command("convert", "Convert one doc to an OpenAPI 3.0 spec.") { doc, output, settingsPath, format, explain };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(doc),
            parsed.GetValue(output),
            parsed.GetValue(settingsPath),
            parsed.GetRequiredValue(format),
            parsed.GetValue(explain),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string input, string? output, string? settingsPath, string format, bool explain, TextWriter stdout, TextWriter stderr)
    {
        if (output is not null && OutputProblem(output) is { } problem)
        {
            stderr.WriteLine($"specgen: cannot write '{output}': {problem}");
            return output.Trim().Length == 0 ? ExitCodes.Usage : ExitCodes.Failure;
        }

        if (!File.Exists(input))
        {
            stderr.WriteLine($"{input}: error SG0000: file not found");
            return ExitCodes.Failure;
        }

        ApiSettings? settings;
        try
        {
            settings = SettingsFile.Find(input, settingsPath);
        }
        catch (SettingsException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.Failure;
        }

        var result = SpecConverter.Convert(SourceFile.Read(input), input, settings);
        if (explain)
        {
            Explain(input, result, settings, stderr);
        }

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

        if (output is null)
        {
            if (format == "json")
            {
                stdout.Write(result.Json);
            }
        }
        else
        {
            try
            {
                SourceFile.WriteIfChanged(output, result.Utf8Json);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"specgen: cannot write '{output}': {e.Message}");
                return ExitCodes.Failure;
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>Why <c>-o</c> can't be written (checked before converting, so no work is wasted), or null.</summary>
    private static string? OutputProblem(string output)
    {
        if (output.Trim().Length == 0)
        {
            return "the output path is empty";
        }

        if (Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar))
        {
            return "it is a directory; give a file name";
        }

        // A missing parent directory is created (as it always was); one that is a file can't be.
        for (var parent = Path.GetDirectoryName(Path.GetFullPath(output)); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return $"'{parent}' is a file, not a directory";
            }

            if (Directory.Exists(parent))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Every reader's score and evidence, and which reader read the document.</summary>
    private static void Explain(string input, ConversionResult result, ApiSettings? settings, TextWriter stderr)
    {
        stderr.WriteLine($"{input}: dialect scores (operations × weight; the highest wins):");
        foreach (var candidate in result.Ranking)
        {
            stderr.WriteLine($"  {candidate}");
        }

        var why = settings?.Dialect is { Length: > 0 } forced ? $"set by \"dialect\": \"{forced}\" in the settings" : "the highest score";
        stderr.WriteLine(result.Dialect is null ? $"{input}: no reader recognised the document" : $"{input}: read as {result.Dialect} ({why})");
    }
}
