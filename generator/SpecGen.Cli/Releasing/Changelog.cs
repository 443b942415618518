namespace SpecGen.Cli.Releasing;

/// <summary>An SDK's <c>CHANGELOG.md</c>: a <c># Changelog</c> heading, then one entry per release, newest first.</summary>
public static class Changelog
{
    /// <summary>The first line of every changelog this tool writes.</summary>
    public const string Heading = "# Changelog";

    /// <summary><paramref name="existing"/> (null: no file yet) with <paramref name="entry"/> placed first, under the heading.</summary>
    public static string Prepend(string? existing, string entry)
    {
        var body = (existing ?? string.Empty).ReplaceLineEndings("\n");
        if (body.StartsWith(Heading + "\n", StringComparison.Ordinal) || body == Heading)
        {
            body = body[Heading.Length..];
        }

        body = body.Trim('\n');
        var text = $"{Heading}\n\n{entry.Trim('\n')}\n";
        return body.Length == 0 ? text : $"{text}\n{body}\n";
    }
}
