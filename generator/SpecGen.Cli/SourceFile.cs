using System.Text;

namespace SpecGen.Cli;

internal static class SourceFile
{
    /// <summary>Reads a doc as UTF-8; invalid bytes become U+FFFD, which the converter reports as binary content.</summary>
    public static string Read(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));

    /// <summary>Whether the file holds exactly these bytes (false when it does not exist).</summary>
    public static bool Holds(string path, ReadOnlySpan<byte> content) =>
        File.Exists(path) && new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);

    /// <summary>Writes the bytes (UTF-8 without BOM), only when they differ (keeps timestamps for incremental builds).</summary>
    public static bool WriteIfChanged(string path, ReadOnlyMemory<byte> content)
    {
        if (Holds(path, content.Span))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(path, content.Span);
        return true;
    }
}
