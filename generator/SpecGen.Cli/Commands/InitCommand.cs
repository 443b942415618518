using System.CommandLine;
using SpecGen.Cli.Fetching;
using SpecGen.Cli.Scaffolding;

namespace SpecGen.Cli.Commands;

/// <summary>
/// <c>specgen init &lt;api&gt; --from &lt;url|file&gt; [--kind markdown|apifox] [--repo DIR] [--no-build]</c>: scaffolds a new API and its SDK
/// project (see <see cref="Scaffolder"/>).
/// </summary>
public static class InitCommand
{
    /// <summary>The <c>init</c> command: its argument, options and action.</summary>
    public static Command Create()
    {
        var name = new Argument<ApiName>("api")
        {
            Description = "The new API's name: its folder under specs/ (lower-case letters, digits, dashes).",
            CustomParser = r => OptionValues.Parse<ApiName>(r, (string t, out ApiName v) =>
            {
                v = ApiName.TryParse(t, out _)!;
                return v is not null;
            }, t =>
            {
                ApiName.TryParse(t, out var error);
                return error;
            }),
        };
        var from = new Option<string>("--from") { Description = "The vendor doc: an http(s) URL (a markdown file, or an Apifox site's llms.txt) or a local file.", HelpName = "url|file", Required = true };
        var repo = new Option<string>("--repo") { Description = "The repository to add the API to (specs/, src/, SpecGen.sln).", HelpName = "dir", DefaultValueFactory = _ => "." };
        var kind = new Option<string?>("--kind")
        {
            Description = "For a URL: what it is (default: apifox when it ends in /llms.txt, else markdown).",
            HelpName = "markdown|apifox",
            CustomParser = r => OptionValues.Parse<string?>(r, (string t, out string? v) => (v = t) is "markdown" or "apifox", t => $"--kind '{t}' must be markdown or apifox"),
        };
        kind.CompletionSources.Add("markdown", "apifox");
        var noBuild = new Option<bool>("--no-build") { Description = "Don't build the new SDK project." };
        var command = new Command("init", "Add a new vendor API: specs/<api>/ (doc, specgen.json with guesses to review, openapi.json) and src/<Api>/ (its SDK project, added to the solution and built).")
        {
            name, from, kind, repo, noBuild,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var limits = new FetchLimits(TimeSpan.FromSeconds(30), 3, TimeSpan.FromSeconds(1), FetchLimits.DefaultMaxBytes);
            return new Scaffolder(Path.GetFullPath(parsed.GetRequiredValue(repo)), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error)
                .RunAsync(parsed.GetRequiredValue(name), parsed.GetRequiredValue(from), parsed.GetValue(kind), !parsed.GetValue(noBuild), limits, cancellationToken);
        });
        return command;
    }
}
