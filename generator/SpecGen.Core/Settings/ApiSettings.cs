using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecGen.Core.Settings;

/// <summary>
/// Per-API settings (<c>specs/&lt;api&gt;/specgen.json</c>): what the doc can't say. Everything is optional.
/// </summary>
public sealed record ApiSettings
{
    /// <summary>Overrides <c>info.title</c>.</summary>
    public string? Title { get; init; }

    /// <summary>Overrides or supplies <c>info.version</c>.</summary>
    public string? Version { get; init; }

    /// <summary>The generated SDK's client class name (read by the source generator's project, recorded in the spec).</summary>
    public string? ClientName { get; init; }

    /// <summary>The generated SDK's namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary>Forces a dialect reader instead of detection: widdershins, table-export, catalog, swagger-markdown.</summary>
    public string? Dialect { get; init; }

    /// <summary>Base URL used when the doc names no server (or to replace a placeholder host).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Documented request headers that are credentials: each becomes an apiKey security scheme.</summary>
    public IReadOnlyList<string> CredentialHeaders { get; init; } = Array.Empty<string>();

    /// <summary>Security schemes the doc lacks, required by every operation that documents none.</summary>
    public IReadOnlyDictionary<string, SecuritySchemeSettings> AddSecurity { get; init; } = new Dictionary<string, SecuritySchemeSettings>();

    /// <summary>The response envelope, recorded as <c>x-specgen-envelope</c>.</summary>
    public EnvelopeSettings? Envelope { get; init; }

    /// <summary>Original schema name → component key.</summary>
    public IReadOnlyDictionary<string, string> SchemaNames { get; init; } = new Dictionary<string, string>();

    /// <summary><c>METHOD /path</c> → operationId.</summary>
    public IReadOnlyDictionary<string, string> OperationIds { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// operationIds safe to send twice although their method is not idempotent (POSTs that only read); a trailing
    /// <c>*</c> matches a prefix (<c>get_*</c>). Written as <c>x-specgen-retry-safe</c>; the SDK retries them.
    /// </summary>
    public IReadOnlyList<string> RetrySafe { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Component key → member → the value the member always has in that model, correcting or completing what the
    /// doc's model samples show (NapCat's Markdown segment sample says <c>"type": "record"</c>). The converter
    /// tells union branches apart by these values (SG3010).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FixedValues { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Where <c>specgen fetch</c> gets the vendor doc; null when the doc is kept by hand.</summary>
    public SourceSettings? Source { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads settings JSON; throws <see cref="SettingsException"/> with the position of the problem.</summary>
    public static ApiSettings Parse(string json, string fileName)
    {
        try
        {
            var settings = JsonSerializer.Deserialize<ApiSettings>(json, Options) ?? new ApiSettings();
            SettingsValidator.Validate(settings, json, fileName);
            return settings;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            throw new SettingsException($"{fileName}:{line}: error SG3006: invalid settings: {e.Message}");
        }
    }

    public static ApiSettings Load(string path) => Parse(File.ReadAllText(path), path);
}

public sealed record SecuritySchemeSettings
{
    /// <summary><c>apiKey</c> or <c>http</c>; anything else (or null) is a settings error.</summary>
    public string Type { get; init; } = "apiKey";

    /// <summary>For <c>http</c>: <c>bearer</c> or <c>basic</c>.</summary>
    public string? Scheme { get; init; }

    /// <summary>For <c>apiKey</c>: <c>header</c>, <c>query</c> or <c>cookie</c>.</summary>
    public string? In { get; init; }

    /// <summary>For <c>apiKey</c>: the header/query name.</summary>
    public string? Name { get; init; }

    public string? Description { get; init; }
}

public sealed record EnvelopeSettings
{
    public required string Code { get; init; }

    public IReadOnlyList<string> Success { get; init; } = Array.Empty<string>();

    public string? Message { get; init; }

    public string Data { get; init; } = "data";
}

public sealed class SettingsException(string message) : Exception(message);
