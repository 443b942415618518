using System.Text.Json;

namespace SpecGen.Core.Readers.OpenApiToMd;

/// <summary>
/// openapi-to-md prints a response's <c>examples</c> under <c>- Examples</c> as whole OpenAPI Example Objects
/// (<c>{"summary": …, "value": …}</c>); the example itself is their <c>value</c>.
/// </summary>
internal static class ExampleObject
{
    private static readonly HashSet<string> Keys = new(["summary", "description", "value", "externalValue"], StringComparer.Ordinal);

    /// <summary>The JSON text of the <c>value</c> of the Example Object in <paramref name="text"/>, or null when it is none.</summary>
    public static string? Value(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.EnumerateObject().All(p => Keys.Contains(p.Name))
                && root.TryGetProperty("value", out var value)
                    ? value.GetRawText()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
