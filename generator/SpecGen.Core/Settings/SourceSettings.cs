namespace SpecGen.Core.Settings;

/// <summary>What <c>source.kind</c> names: how <c>specgen fetch</c> gets the vendor doc.</summary>
public enum SourceKind
{
    /// <summary>One markdown file at an http(s) URL.</summary>
    Markdown,

    /// <summary>An Apifox site: its <c>llms.txt</c> index, then every markdown page it links to, in index order.</summary>
    Apifox,

    /// <summary>A local file (relative to the settings file's folder).</summary>
    Path,
}

/// <summary>
/// Where the vendor doc comes from (<c>"source": { "url": …, "kind": "markdown" | "apifox" | "path" }</c>), for
/// <c>specgen fetch</c>; the converter ignores it. Checked by <see cref="SettingsValidator"/>.
/// </summary>
public sealed record SourceSettings
{
    /// <summary>The http(s) URL of the doc or of the Apifox site (or its <c>llms.txt</c>), or the local path.</summary>
    public string? Url { get; init; }

    /// <summary><c>markdown</c>, <c>apifox</c> or <c>path</c> (case-insensitive).</summary>
    public string? Kind { get; init; }

    /// <summary>The kind, once validated.</summary>
    public SourceKind ParsedKind => TryParseKind(Kind, out var kind) ? kind : throw new InvalidOperationException($"source.kind '{Kind}' was not validated");

    /// <summary>The one rule for <c>source.kind</c>'s names.</summary>
    public static bool TryParseKind(string? text, out SourceKind kind)
    {
        kind = text?.ToLowerInvariant() switch
        {
            "markdown" => SourceKind.Markdown,
            "apifox" => SourceKind.Apifox,
            "path" => SourceKind.Path,
            _ => (SourceKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    /// <summary>Whether <paramref name="url"/> is an absolute http or https URL (the only schemes fetched).</summary>
    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
