namespace SpecGen.Cli.Fetching;

/// <summary>Writes a file whole or not at all: into a temporary file beside it, then moved over it; only when its bytes differ.</summary>
internal static class AtomicFile
{
    /// <summary>Whether the file was written (false: it already held these bytes, and keeps its timestamp).</summary>
    public static bool WriteIfChanged(string path, byte[] content)
    {
        if (SourceFile.Holds(path, content))
        {
            return false;
        }

        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return true;
    }
}
