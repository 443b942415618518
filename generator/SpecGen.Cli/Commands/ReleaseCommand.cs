using System.CommandLine;
using SpecGen.Cli.Releasing;

namespace SpecGen.Cli.Commands;

/// <summary>
/// <c>specgen release --date YYYY-MM-DD [--repo DIR] [--api NAME] [--feed SOURCE] [--output DIR] [--dry-run]</c>:
/// releases every SDK whose spec changed since its last tag (see <see cref="Releaser"/>). The feed defaults to
/// <c>$NUGET_SOURCE</c>; the API key is read from <c>$NUGET_API_KEY</c> only, never from the command line.
/// </summary>
public static class ReleaseCommand
{
    /// <summary>The environment variable that names the default feed.</summary>
    public const string FeedVariable = "NUGET_SOURCE";
    /// <summary>The environment variable that holds the feed's API key.</summary>
    public const string ApiKeyVariable = "NUGET_API_KEY";

    /// <summary>The <c>release</c> command: its options and action.</summary>
    public static Command Create()
    {
        var repo = new Option<string>("--repo") { Description = "The git work tree to release from (specs/, src/, tags <api>/vX.Y.Z).", HelpName = "dir", DefaultValueFactory = _ => "." };
        var api = ApiFolders.ApiOption();
        var feed = new Option<string?>("--feed")
        {
            Description = $"The NuGet source to push to: a URL or a folder (default: ${FeedVariable}). The API key comes from ${ApiKeyVariable}.",
            HelpName = "source",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(FeedVariable) is { Length: > 0 } source ? source : null,
        };
        var date = ReleaseDate.Option();
        date.Required = true;
        var output = new Option<string>("--output") { Description = "Where packages and release notes go, relative to the repository.", HelpName = "dir", DefaultValueFactory = _ => "artifacts/release" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be released (versions, bumps) and render the notes; write, pack, push and tag nothing." };
        var command = new Command("release", "Release every SDK whose specs/<api>/openapi.json changed since its last tag <api>/vX.Y.Z: version, CHANGELOG.md entry, dotnet pack, dotnet nuget push, release note, commit and tag. Refuses when a spec is stale.")
        {
            repo, api, feed, date, output, dryRun,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(dryRun) is null && string.IsNullOrWhiteSpace(result.GetValue(feed)))
            {
                result.AddError($"--feed (or ${FeedVariable}) is needed, unless --dry-run; it is empty or missing");
            }
        });
        command.SetAction(parsed =>
        {
            var options = new ReleaseOptions(
                parsed.GetRequiredValue(repo),
                parsed.GetValue(api),
                parsed.GetValue(feed),
                Environment.GetEnvironmentVariable(ApiKeyVariable),
                parsed.GetValue(date)!,
                parsed.GetRequiredValue(output),
                parsed.GetValue(dryRun));
            return new Releaser(options, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error).Run();
        });
        return command;
    }
}
