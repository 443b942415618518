using Microsoft.OpenApi;

namespace SpecGen.Core.Tests.RealDocs;

/// <summary>A corpus doc's public source spec (Swagger 2.0 or OpenAPI 3, JSON or YAML), read by Microsoft.OpenApi and written as OpenAPI 3.0 JSON; YAML goes through <see cref="LenientYaml"/> first.</summary>
public static class SourceSpec
{
    public static string AsOpenApi3Json(string file)
    {
        var text = File.ReadAllText(file);
        var json = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? text : LenientYaml.ToJson(text);
        var result = OpenApiDocument.Parse(json, "json");
        var document = result.Document ?? throw new InvalidOperationException($"{file}: {string.Join("; ", result.Diagnostic?.Errors.Select(e => e.Message) ?? [])}");
        using var writer = new StringWriter();
        try
        {
            document.SerializeAsV3(new OpenApiJsonWriter(writer));
        }
        catch (OpenApiException)
        {
            // An OpenAPI 3.1 spec (mutualTLS, …) has no 3.0 form: written as 3.1, whose facts read the same.
            writer.GetStringBuilder().Clear();
            document.SerializeAsV31(new OpenApiJsonWriter(writer));
        }

        return writer.ToString();
    }

    /// <summary>The path of the spec's first server URL (Swagger 2.0's basePath), e.g. <c>/api/v1</c>, or empty.</summary>
    public static string BasePath(string openApi3Json)
    {
        using var json = System.Text.Json.JsonDocument.Parse(openApi3Json);
        if (!json.RootElement.TryGetProperty("servers", out var servers) || servers.GetArrayLength() == 0 || !servers[0].TryGetProperty("url", out var url))
        {
            return string.Empty;
        }

        var text = url.GetString() ?? string.Empty;
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var slash = text.IndexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? string.Empty : text[slash..].TrimEnd('/');
    }
}
