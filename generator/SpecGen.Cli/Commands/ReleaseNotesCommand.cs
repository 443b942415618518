using System.CommandLine;
using SpecGen.Cli.Releasing;
using SpecGen.Cli.Templating;
using SpecGen.Diff;

namespace SpecGen.Cli.Commands;

/// <summary>
/// <c>specgen release-notes [spec.json] --api NAME --template pr-body|pr-labels|release-note|changelog
/// [--released released.json --released-version X.Y.Z] [--date YYYY-MM-DD] [--package ID] [--repo DIR]</c>:
/// renders one release template (<see cref="ChangeNotes"/>) to standard output. The version is the one
/// <c>specgen version</c> gives for the same arguments. Without <c>spec.json</c> the repository says what to compare,
/// as <c>specgen release</c> does: <c>specs/&lt;api&gt;/openapi.json</c> against its last release (<see cref="LastRelease"/>).
/// </summary>
public static class ReleaseNotesCommand
{
    /// <summary>The <c>release-notes</c> command: its arguments, options and action.</summary>
    public static Command Create()
    {
        var specPath = new Argument<string?>("spec.json") { Description = "The spec the SDK is generated from (default: <repo>/specs/<api>/openapi.json against its last tag <api>/vX.Y.Z).", Arity = ArgumentArity.ZeroOrOne };
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
        var package = new Option<string?>("--package") { Description = "The package id the notes name (default: that of the SDK project under <repo>/src/ that names the API's spec, else the API's name).", HelpName = "id" };
        var repo = new Option<string>("--repo") { Description = $"The repository whose {TemplateLibrary.OverrideFolder}/ may override the templates.", HelpName = "dir", DefaultValueFactory = _ => "." };
        var command = new Command("release-notes", $"Render the PR body, PR labels, release note or changelog entry of an SDK's changes from its Scriban template (override: <repo>/{TemplateLibrary.OverrideFolder}/<name>).")
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
                var name = parsed.GetRequiredValue(api);
                var repository = parsed.GetRequiredValue(repo);
                var changes = Changes(parsed.GetValue(specPath), parsed.GetValue(released), parsed.GetValue(releasedVersion), repository, name);
                var model = ChangeNotes.Model(name, parsed.GetValue(package) ?? SdkProject.Find(repository, name)?.PackageId ?? name, parsed.GetValue(date), parsed.GetValue(specPath) ?? LastRelease.SpecPath(name), changes);
                var text = new TemplateLibrary(repository).Render(ChangeNotes.Kinds[parsed.GetRequiredValue(template)], model);
                parsed.InvocationConfiguration.Output.Write(text);
                return ExitCodes.Success;
            }
            catch (DiffInputException e)
            {
                stderr.WriteLine($"specgen release-notes: error: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (Exception e) when (e is TemplateException or ReleaseException)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static ReleaseChanges Changes(string? specPath, string? releasedPath, SemVersion? releasedVersion, string repository, string api)
    {
        if (specPath is not null || releasedPath is not null)
        {
            var path = specPath ?? Path.Combine(repository, LastRelease.SpecPath(api));
            var spec = SpecDocument.Load(path);
            var released = releasedPath is null ? null : SpecDocument.Load(releasedPath);
            return ReleaseChanges.Compute(spec, path, released, releasedVersion, SemVerBump.None);
        }

        var git = new Git(repository);
        git.EnsureWorkTree();
        var last = LastRelease.Read(git, repository, api);
        var currentPath = Path.Combine(repository, LastRelease.SpecPath(api));
        var current = SpecDocument.Load(currentPath);
        return ReleaseChanges.Compute(current, currentPath, last?.Spec, last?.Version, last?.MinBump ?? SemVerBump.None);
    }
}
