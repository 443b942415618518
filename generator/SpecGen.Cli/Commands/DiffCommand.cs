using System.CommandLine;
using SpecGen.Diff;

namespace SpecGen.Cli.Commands;

/// <summary>
/// <c>specgen diff &lt;old.json&gt; &lt;new.json&gt; [--format text|markdown|json] [--fail-on breaking|warning|none] [--title TEXT]
/// [--no-surface] [--namespace NAME] [--client-name NAME]</c>.
/// The work (comparing, formatting) and the value rules of the options live in <see cref="DiffRunner"/> and
/// <see cref="DiffOptions"/>, where they are tested.
/// </summary>
public static class DiffCommand
{
    /// <summary>The <c>diff</c> command: its arguments, options and action.</summary>
    public static Command Create()
    {
        var oldPath = new Argument<string>("old.json") { Description = "The spec before." };
        var newPath = new Argument<string>("new.json") { Description = "The spec after." };
        var format = new Option<ReportFormat>("--format")
        {
            Description = "text, markdown (suits a PR comment or job summary) or json.",
            HelpName = "text|markdown|json",
            DefaultValueFactory = _ => ReportFormat.Text,
            CustomParser = result => OptionValues.Parse<ReportFormat>(result, DiffOptions.TryParseFormat, text => $"unknown format '{text}' (expected text, markdown or json)"),
        };
        var failOn = new Option<FailOn>("--fail-on")
        {
            Description = "Exit 1 on breaking changes, on breaking changes or warnings, or never.",
            HelpName = "breaking|warning|none",
            DefaultValueFactory = _ => FailOn.Breaking,
            CustomParser = result => OptionValues.Parse<FailOn>(result, DiffOptions.TryParseFailOn, text => $"unknown --fail-on value '{text}' (expected breaking, warning or none)"),
        };
        format.CompletionSources.Clear(); // the enum's names, capitalized; suggest the documented values instead
        format.CompletionSources.Add("text", "markdown", "json");
        failOn.CompletionSources.Clear(); // the enum's names, capitalized; suggest the documented values instead
        failOn.CompletionSources.Add("breaking", "warning", "none");
        var title = new Option<string?>("--title") { Description = "The report's title (default: \"<old> → <new>\").", HelpName = "text" };
        var noSurface = new Option<bool>("--no-surface") { Description = "Compare the wire only: don't generate and compile both SDKs to compare their C# API (faster; breaks of callers' code go unseen)." };
        var ns = new Option<string?>("--namespace") { Description = "The SDK's namespace for the C# API diff (default: specgen.json beside the new spec, else info.x-specgen-namespace).", HelpName = "name" };
        var clientName = new Option<string?>("--client-name") { Description = "The SDK's client name for the C# API diff (default: specgen.json beside the new spec, else info.x-specgen-client-name, else from the title).", HelpName = "name" };
        var command = new Command("diff", "Classify the changes between two specs, and between the C# APIs of their SDKs, and suggest a SemVer bump.") { oldPath, newPath, format, failOn, title, noSurface, ns, clientName };
        command.SetAction(parsed =>
        {
            var options = new DiffOptions(parsed.GetRequiredValue(oldPath), parsed.GetRequiredValue(newPath), parsed.GetValue(format), parsed.GetValue(failOn), parsed.GetValue(title))
            {
                Surface = !parsed.GetValue(noSurface),
                Namespace = parsed.GetValue(ns),
                ClientName = parsed.GetValue(clientName),
            };
            return DiffRunner.Run(options, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error) switch
            {
                DiffRunner.Success => ExitCodes.Success,
                DiffRunner.ChangesFound => ExitCodes.Failure,
                _ => ExitCodes.Usage,
            };
        });
        return command;
    }
}
