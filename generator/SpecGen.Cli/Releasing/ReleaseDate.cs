using System.CommandLine;
using System.Globalization;

namespace SpecGen.Cli.Releasing;

/// <summary>The release date, <c>YYYY-MM-DD</c>: always passed in (<c>--date</c>), never read from the clock, so notes are reproducible.</summary>
internal static class ReleaseDate
{
    public const string Format = "yyyy-MM-dd";

    public static Option<string?> Option() => new("--date")
    {
        Description = "The release date the notes show.",
        HelpName = "YYYY-MM-DD",
        CustomParser = r => OptionValues.Parse<string?>(r, TryParse, t => $"--date '{t}' is not a date YYYY-MM-DD"),
    };

    public static bool TryParse(string text, out string? date)
    {
        date = DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.ToString(Format, CultureInfo.InvariantCulture)
            : null;
        return date is not null;
    }
}
