using System.CommandLine;

namespace SpecGen.Cli.Commands;

/// <summary>The options that name the last release (<c>--released</c>, <c>--released-version</c>), shared by <c>version</c> and <c>release-notes</c>.</summary>
internal static class VersionOptions
{
    public static Option<string?> Released() =>
        new("--released") { Description = "The spec of the last release (goes with --released-version).", HelpName = "released.json" };

    public static Option<SemVersion?> ReleasedVersion() => new("--released-version")
    {
        Description = "The version of the last release.",
        HelpName = "X.Y.Z",
        CustomParser = result => OptionValues.Parse<SemVersion?>(result, TryParseRelease, text => $"--released-version '{text}' is not a release version X.Y.Z"),
    };

    /// <summary>A released spec without its version (or the reverse) is a usage error.</summary>
    public static void RequireTogether(Command command, Option<string?> released, Option<SemVersion?> releasedVersion) =>
        command.Validators.Add(result =>
        {
            if ((result.GetResult(released) is null) != (result.GetResult(releasedVersion) is null))
            {
                result.AddError("--released and --released-version go together");
            }
        });

    private static bool TryParseRelease(string text, out SemVersion? version)
    {
        version = SemVersion.TryParse(text.Trim());
        return version is not null;
    }
}
