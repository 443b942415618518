using System.CommandLine;
using SpecGen.Cli.Releasing;
using SpecGen.Cli.Templating;
using SpecGen.Diff;

namespace SpecGen.Cli.Commands;

/// <summary>
/// <c>specgen release-notes &lt;spec.json&gt; --api NAME --template pr-body|release-note|changelog
/// [--released released.json --released-version X.Y.Z] [--date YYYY-MM-DD] [--package ID] [--repo DIR]</c>:
/// renders one release template (<see cref="ChangeNotes"/>) to standard output. The version is the one
/// <c>specgen version</c> gives for the same arguments.
/// </summary>
public static class ReleaseNotesCommand
{
    /// <summary>The <c>release-notes</c> command: its arguments, options and action.</summary>
    public static Command Create()
    {
        var specPath = new Argument<string>("spec.json") { Description = "The spec the SDK is generated from." };
        var api = new Option<string>("--api") { Description = "The API's name (its folder under specs/).", HelpName = "name", Required = true };
        var template = new Option<string>("--template")
        {
            Description = "What to render.",
            HelpName = string.Join('|', ChangeNotes.Kinds.Keys),
            Required = true,
            CustomParser = r => OptionValues.Parse<string>(r, (string t, out string v) => ChangeNotes.Kinds.ContainsKey(v = t), t => $"--template '{t}' must be one of {string.Join(", ", ChangeNotes.Kinds.Keys)}"),
        };
        template.CompletionSources.Add(ChangeNotes.Kinds.Keys.ToArray());
        var released = VersionOptions.Released();
        var releasedVersion = VersionOptions.ReleasedVersion();
        var date = ReleaseDate.Option();
        var package = new Option<string?>("--package") { Description = "The package id the notes name (default: the API's name).", HelpName = "id" };
        var repo = new Option<string>("--repo") { Description = $"The repository whose {TemplateLibrary.OverrideFolder}/ may override the templates.", HelpName = "dir", DefaultValueFactory = _ => "." };
        var command = new Command("release-notes", $"Render the PR body, release note or changelog entry of an SDK's changes from its Scriban template (override: <repo>/{TemplateLibrary.OverrideFolder}/<name>).")
        {
            specPath, api, template, released, releasedVersion, date, package, repo,
        };
        VersionOptions.RequireTogether(command, released, releasedVersion);
        command.Validators.Add(result =>
        {
            // The token, not the value: reading an option whose own parse failed would throw.
            if (result.GetResult(template)?.Tokens.FirstOrDefault()?.Value is "release-note" or "changelog" && result.GetResult(date) is null)
            {
                result.AddError($"--template {result.GetResult(template)!.Tokens[0].Value} needs --date (the release date is passed in, never read from the clock)");
            }
        });
        command.SetAction(parsed =>
        {
            var stderr = parsed.InvocationConfiguration.Error;
            try
            {
                var spec = SpecDocument.Load(parsed.GetRequiredValue(specPath));
                var releasedSpec = parsed.GetValue(released) is { } path ? SpecDocument.Load(path) : null;
                var changes = ReleaseChanges.Compute(spec, releasedSpec, parsed.GetValue(releasedVersion), SemVerBump.None);
                var name = parsed.GetRequiredValue(api);
                var model = ChangeNotes.Model(name, parsed.GetValue(package) ?? name, parsed.GetValue(date), parsed.GetRequiredValue(specPath), changes);
                var text = new TemplateLibrary(parsed.GetRequiredValue(repo)).Render(ChangeNotes.Kinds[parsed.GetRequiredValue(template)], model);
                parsed.InvocationConfiguration.Output.Write(text);
                return ExitCodes.Success;
            }
            catch (DiffInputException e)
            {
                stderr.WriteLine($"specgen release-notes: error: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (TemplateException e)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
