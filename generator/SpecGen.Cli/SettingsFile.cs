using SpecGen.Core.Settings;

namespace SpecGen.Cli;

internal static class SettingsFile
{
    public const string FileName = "specgen.json";

    /// <summary>The explicit settings file, else <c>specgen.json</c> beside the doc, else defaults.</summary>
    public static ApiSettings Find(string doc, string? explicitPath)
    {
        if (explicitPath is not null)
        {
            if (!File.Exists(explicitPath))
            {
                throw new SettingsException($"{explicitPath}: error SG3006: settings file not found");
            }

            return ApiSettings.Load(explicitPath);
        }

        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(doc)) ?? ".", FileName);
        return File.Exists(beside) ? ApiSettings.Load(beside) : new ApiSettings();
    }
}
