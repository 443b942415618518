namespace SpecGen.SourceGenerator.Tests.Infrastructure;

public static class TestFiles
{
    public static string BaseDirectory => AppContext.BaseDirectory;

    public static IEnumerable<string> CorpusFiles => Directory.GetFiles(Path.Combine(BaseDirectory, "Corpus"), "*.yaml").OrderBy(p => p, StringComparer.Ordinal);

    public static string Spec(string name) => File.ReadAllText(Path.Combine(BaseDirectory, "Specs", name));

    /// <summary>A real public spec of the peer benchmark: tools/peers/specs/<paramref name="name"/>.json (box, github, stripe).</summary>
    public static string PeerSpecPath(string name) => Path.Combine(ProjectDirectory(), "..", "..", "tools", "peers", "specs", name + ".json");

    /// <summary>The directory of this test project's sources (for approved snapshot files).</summary>
    public static string ProjectDirectory() => DirectoryOfProject();

    private static string DirectoryOfProject([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
        => Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!;
}
