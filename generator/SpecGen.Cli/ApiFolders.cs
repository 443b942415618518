using System.CommandLine;

namespace SpecGen.Cli;

/// <summary>
/// The API folders under the specs directory (<c>specs/&lt;api&gt;/</c>), in ordinal order, or the one named by
/// <c>--api</c>: the selection <c>generate</c> and <c>fetch</c> share, with their <c>--specs</c> and <c>--api</c> options.
/// </summary>
internal static class ApiFolders
{
    public static Option<string> SpecsOption() =>
        new("--specs") { Description = "The specs directory: one folder per API.", HelpName = "dir", DefaultValueFactory = _ => "specs" };

    public static Option<string?> ApiOption() =>
        new("--api") { Description = "Only this API (a folder name under the specs directory).", HelpName = "name" };

    /// <summary>The selected API names, or null after printing why there are none (a missing directory, an unknown name).</summary>
    public static IReadOnlyList<string>? Select(string root, string? only, TextWriter stderr)
    {
        if (!Directory.Exists(root))
        {
            stderr.WriteLine($"{root}: error SG0000: specs directory not found");
            return null;
        }

        var apis = Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (only is null)
        {
            return apis;
        }

        if (!apis.Contains(only))
        {
            stderr.WriteLine($"{Path.Combine(root, only)}: error SG0000: no such API (have: {string.Join(", ", apis)})");
            return null;
        }

        return new[] { only };
    }
}
