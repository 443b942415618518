namespace SpecGen.SourceGenerator.Tests.Infrastructure;

public static class TestFiles
{
    public static string BaseDirectory => AppContext.BaseDirectory;

    public static IEnumerable<string> CorpusFiles => Directory.GetFiles(Path.Combine(BaseDirectory, "Corpus"), "*.yaml").OrderBy(p => p, StringComparer.Ordinal);

    public static string Spec(string name) => File.ReadAllText(Path.Combine(BaseDirectory, "Specs", name));

    /// <summary>The directory of this test project's sources (for approved snapshot files).</summary>
    public static string ProjectDirectory() => DirectoryOfProject();

    private static string DirectoryOfProject([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
        => Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!;
}
