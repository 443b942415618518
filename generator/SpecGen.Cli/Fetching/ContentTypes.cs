namespace SpecGen.Cli.Fetching;

/// <summary>Which response content types are taken as a markdown doc.</summary>
internal static class ContentTypes
{
    private static readonly string[] Accepted = { "text/markdown", "text/plain", "text/x-markdown", "application/octet-stream" };

    /// <summary>Why a body of <paramref name="mediaType"/> is not a doc, or null when it is one (no content type counts as one).</summary>
    public static string? Problem(string? mediaType)
    {
        if (mediaType is null || Accepted.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase)
            ? "the server sent an HTML page (text/html), not markdown; point the URL at the raw markdown file"
            : $"the server sent '{mediaType}', not markdown (accepted: {string.Join(", ", Accepted)})";
    }
}
