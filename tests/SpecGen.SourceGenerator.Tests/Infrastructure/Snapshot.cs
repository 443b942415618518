namespace SpecGen.SourceGenerator.Tests.Infrastructure;

/// <summary>
/// Approval testing without Verify: compares text with <c>Snapshots/&lt;name&gt;.approved.txt</c> next to the
/// tests. On a mismatch (or a missing approved file) it writes <c>&lt;name&gt;.received.txt</c> and fails.
/// Accept a change by renaming the received file, or run with <c>SPECGEN_ACCEPT=1</c>.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual)
    {
        string directory = Path.Combine(TestFiles.ProjectDirectory(), "Snapshots");
        string approvedPath = Path.Combine(directory, name + ".approved.txt");
        string receivedPath = Path.Combine(directory, name + ".received.txt");
        string normalized = actual.Replace("\r\n", "\n");
        string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;
        if (approved == normalized)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable("SPECGEN_ACCEPT") == "1")
        {
            File.WriteAllText(approvedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(approved is null
            ? $"No approved snapshot for '{name}'. Review {receivedPath} and rename it to {Path.GetFileName(approvedPath)}."
            : $"Snapshot '{name}' differs (first difference at line {FirstDifferentLine(approved, normalized)}). See {receivedPath}.");
    }

    /// <summary>All generated files of a run, ordered by hint name, each under a header line.</summary>
    public static string Render(GeneratorResult result, Func<string, bool>? includeHint = null)
        => string.Concat(result.Sources
            .Where(s => includeHint is null || includeHint(s.HintName))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => "//// " + s.HintName + "\n" + s.SourceText.ToString().Replace("\r\n", "\n") + "\n"));

    private static int FirstDifferentLine(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }
}
