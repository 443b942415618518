using System.Reflection;

namespace SpecGen.Cli.Templating;

/// <summary>
/// Where a template's text comes from: <c>&lt;repo&gt;/.specgen/templates/&lt;name&gt;</c> when the repository has
/// that file (a user's override), else the copy embedded in the CLI (<c>Templates/&lt;name&gt;</c>).
/// </summary>
public sealed class TemplateLibrary(string repositoryRoot)
{
    /// <summary>The folder, relative to the repository root, whose files override the embedded templates.</summary>
    public const string OverrideFolder = ".specgen/templates";

    /// <summary>The PR body of a docs-sync pull request.</summary>
    public const string PrBody = "pr-body.md.scriban";
    /// <summary>The labels of a docs-sync pull request, one a line (<c>breaking</c> or <c>non-breaking</c>).</summary>
    public const string PrLabels = "pr-labels.txt.scriban";
    /// <summary>The release note of one SDK release.</summary>
    public const string ReleaseNote = "release-note.md.scriban";
    /// <summary>The entry a release prepends to <c>src/&lt;Api&gt;/CHANGELOG.md</c>.</summary>
    public const string ChangelogEntry = "changelog-entry.md.scriban";
    /// <summary>The csproj of a new SDK (<c>specgen init</c>).</summary>
    public const string SdkProject = "sdk.csproj.scriban";

    /// <summary>The template's text and the path errors name (the override file, or <c>(embedded)/name</c>).</summary>
    public (string Text, string Origin) Load(string name)
    {
        var overridePath = Path.Combine(repositoryRoot, OverrideFolder, name);
        if (File.Exists(overridePath))
        {
            try
            {
                return (File.ReadAllText(overridePath), overridePath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new TemplateException($"{overridePath}: error {TemplateException.Code}: cannot be read: {e.Message}");
            }
        }

        var resource = typeof(TemplateLibrary).Assembly.GetManifestResourceStream($"SpecGen.Cli.Templates.{name}")
            ?? throw new InvalidOperationException($"no embedded template {name}");
        using var reader = new StreamReader(resource);
        return (reader.ReadToEnd(), $"(embedded)/{name}");
    }

    /// <summary>Loads <paramref name="name"/> and renders it with <paramref name="model"/>.</summary>
    public string Render(string name, Scriban.Runtime.ScriptObject model)
    {
        var (text, origin) = Load(name);
        return TemplateRenderer.Render(text, origin, model);
    }
}
