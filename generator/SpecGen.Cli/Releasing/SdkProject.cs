using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SpecGen.Cli.Releasing;

/// <summary>
/// The SDK project of an API: the <c>src/*/*.csproj</c> whose text names <c>specs/&lt;api&gt;/openapi.json</c>
/// (the rule generate.sh applies too), with its package id (<c>&lt;PackageId&gt;</c>, else the file name).
/// </summary>
public sealed record SdkProject(string Path, string PackageId)
{
    /// <summary>The file each SDK folder keeps its release history in; packed into the package (src/Directory.Build.targets).</summary>
    public const string ChangelogName = "CHANGELOG.md";

    /// <summary>The folder of the project.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The SDK project generated from <c>specs/&lt;api&gt;/openapi.json</c> under <paramref name="repository"/>, or null.</summary>
    public static SdkProject? Find(string repository, string api)
    {
        var src = System.IO.Path.Combine(repository, "src");
        if (!Directory.Exists(src))
        {
            return null;
        }

        var spec = new Regex($@"specs/{Regex.Escape(api)}/openapi\.json", RegexOptions.CultureInvariant);
        var path = Directory.GetDirectories(src)
            .Order(StringComparer.Ordinal)
            .SelectMany(folder => Directory.GetFiles(folder, "*.csproj").Order(StringComparer.Ordinal))
            .FirstOrDefault(csproj => spec.IsMatch(File.ReadAllText(csproj)));
        return path is null ? null : new SdkProject(path, PackageIdOf(path));
    }

    private static string PackageIdOf(string csproj)
    {
        try
        {
            var id = XDocument.Load(csproj).Descendants().FirstOrDefault(e => e.Name.LocalName == "PackageId")?.Value.Trim();
            return string.IsNullOrEmpty(id) ? System.IO.Path.GetFileNameWithoutExtension(csproj) : id;
        }
        catch (System.Xml.XmlException e)
        {
            throw new ReleaseException($"{csproj}({e.LineNumber}): error {ReleaseException.Code}: not a valid project file: {e.Message}");
        }
    }
}
