namespace SpecGen.Diff;

/// <summary>How a body's media type shows in a location: omitted for JSON, the common case.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";

    public static string Suffix(string mediaType) =>
        string.Equals(mediaType, Json, StringComparison.OrdinalIgnoreCase) ? string.Empty : $" ({mediaType})";
}
