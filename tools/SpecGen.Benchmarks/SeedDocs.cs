using SpecGen.Core.Settings;

namespace SpecGen.Benchmarks;

/// <summary>The five specs/&lt;api&gt;/source.md docs with their settings, found by walking up to SpecGen.sln.</summary>
internal static class SeedDocs
{
    public static (string Name, string Text, ApiSettings Settings)[] Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SpecGen.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("run the benchmarks from inside the SpecGen repository");
        }

        return Directory.GetDirectories(Path.Combine(root.FullName, "specs")).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "source.md")))
            .Select(d => (Path.GetFileName(d), File.ReadAllText(Path.Combine(d, "source.md")), ApiSettings.Load(Path.Combine(d, "specgen.json"))))
            .ToArray();
    }
}
