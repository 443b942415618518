using System.Text.RegularExpressions;

namespace SpecGen.Cli.Scaffolding;

/// <summary>
/// The name of a new API (<c>specs/&lt;name&gt;/</c>: lower-case letters, digits and dashes, starting with a letter)
/// and the C# names derived from it: <c>demo-chat</c> → <c>DemoChat</c>, <c>DemoChatClient</c>, <c>SpecGen.Sdk.DemoChat</c>.
/// </summary>
public sealed partial record ApiName(string Name)
{
    /// <summary>The name, or null when <paramref name="text"/> is not one (<paramref name="error"/> says why).</summary>
    public static ApiName? TryParse(string text, out string error)
    {
        error = Rule().IsMatch(text) ? string.Empty : $"'{text}' is not an API name: lower-case letters, digits and dashes, starting with a letter, at most 40 characters";
        return error.Length == 0 ? new ApiName(text) : null;
    }

    /// <summary>The PascalCase name: the src/ folder and the root of the C# names.</summary>
    public string Pascal => string.Concat(Name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The generated client class.</summary>
    public string ClientName => Pascal + "Client";

    /// <summary>The SDK's namespace, assembly name and package id.</summary>
    public string Namespace => "SpecGen.Sdk." + Pascal;

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();
}
