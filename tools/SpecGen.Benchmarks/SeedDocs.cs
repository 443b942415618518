using SpecGen.Core.Settings;

namespace SpecGen.Benchmarks;

/// <summary>The five specs/&lt;api&gt;/source.md docs with their settings, found by walking up to SpecGen.sln.</summary>
internal static class SeedDocs
{
    public static (string Name, string Text, ApiSettings Settings)[] Load() =>
        Directory.GetDirectories(Path.Combine(Root(), "specs")).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "source.md")))
            .Select(d => (Path.GetFileName(d), File.ReadAllText(Path.Combine(d, "source.md")), ApiSettings.Load(Path.Combine(d, "specgen.json"))))
            .ToArray();

    /// <summary>The real-doc conformance corpus (<c>tests/SpecGen.Core.Tests/Fixtures/RealDocs/*/doc.md</c>), joined into one text.</summary>
    public static string RealDocCorpus() =>
        string.Join("\n\n", Directory.GetDirectories(Path.Combine(Root(), "tests", "SpecGen.Core.Tests", "Fixtures", "RealDocs")).Order(StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "doc.md")).Where(File.Exists).Select(File.ReadAllText));

    /// <summary>The repository root, found by walking up to SpecGen.sln.</summary>
    private static string Root()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SpecGen.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the SpecGen repository");
    }
}
