using System.Text.Json;

namespace SpecGen.Diff.Surface;

/// <summary>
/// The namespace and client name the SDK of a spec is generated with, as <c>specgen generate</c> would: the
/// command-line options first, then <c>namespace</c>/<c>clientName</c> of the <c>specgen.json</c> beside the new
/// spec (the file every <c>specs/&lt;api&gt;/</c> folder has), then <c>x-specgen-namespace</c>/<c>x-specgen-client-name</c>
/// in the new spec's <c>info</c>; else the generator's defaults (namespace <c>SpecGen.Generated</c>, the client named
/// after the new spec's title, as <see cref="SourceGenerator.Parsing.Identifiers.ClientNameFor"/> names it). Both versions
/// are generated with the same names, so a changed title does not rename every type.
/// </summary>
public sealed record SdkNames(string? Namespace, string? ClientName)
{
    public const string SettingsFileName = "specgen.json";

    /// <summary>Resolves the names for diffing into <paramref name="newPath"/>; a broken specgen.json is a located input error.</summary>
    public static SdkNames Resolve(string? namespaceOption, string? clientNameOption, string newPath, JsonElement newRoot)
    {
        var (settingsNamespace, settingsClient) = FromSettings(newPath);
        var (infoNamespace, infoClient) = FromInfo(newRoot);
        return new SdkNames(
            namespaceOption ?? settingsNamespace ?? infoNamespace,
            clientNameOption ?? settingsClient ?? infoClient ?? SourceGenerator.Parsing.Identifiers.ClientNameFor(TitleOf(newRoot)));
    }

    private static (string? Namespace, string? ClientName) FromSettings(string specPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(specPath));
        var settings = directory is null ? null : Path.Combine(directory, SettingsFileName);
        if (settings is null || !File.Exists(settings))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(settings));
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (StringOf(document.RootElement, "namespace"), StringOf(document.RootElement, "clientName"))
                : (null, null);
        }
        catch (JsonException ex)
        {
            throw new DiffInputException($"{settings}:{ex.LineNumber + 1}: invalid JSON in the SDK settings beside the spec: {ex.Message}");
        }
        catch (IOException ex)
        {
            throw new DiffInputException($"{settings}: cannot read the SDK settings beside the spec: {ex.Message}");
        }
    }

    private static (string? Namespace, string? ClientName) FromInfo(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("info", out var info) && info.ValueKind == JsonValueKind.Object
            ? (StringOf(info, "x-specgen-namespace"), StringOf(info, "x-specgen-client-name"))
            : (null, null);

    /// <summary>The title the generator names a client after (<c>Api</c> when there is none, as the generator reads it).</summary>
    private static string TitleOf(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("info", out var info) && info.ValueKind == JsonValueKind.Object
            ? StringOf(info, "title") ?? "Api"
            : "Api";

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
