using System.Text;

namespace SpecGen.Cli;

internal static class SourceFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads a doc as UTF-8; invalid bytes become U+FFFD, which the converter reports as binary content.</summary>
    public static string Read(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));

    /// <summary>Writes UTF-8 without BOM, only when the content differs (keeps timestamps for incremental builds).</summary>
    public static bool WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path, Utf8) == content)
        {
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, content, Utf8);
        return true;
    }
}
