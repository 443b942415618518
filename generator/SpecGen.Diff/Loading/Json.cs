using System.Text.Json;

namespace SpecGen.Diff;

/// <summary>Tolerant accessors: a member of an unexpected JSON kind reads as absent, so odd documents never crash the diff.</summary>
internal static class Json
{
    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static bool Bool(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static JsonElement? Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    public static JsonElement? Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value
            : null;

    /// <summary>The members of an object-valued member, last duplicate winning, keyed in ordinal order.</summary>
    public static SortedDictionary<string, JsonElement> Members(JsonElement element, string name)
    {
        var result = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        if (Object(element, name) is { } obj)
        {
            foreach (var member in obj.EnumerateObject())
            {
                result[member.Name] = member.Value;
            }
        }

        return result;
    }

    /// <summary>The string items of an array-valued member; other items are skipped.</summary>
    public static IEnumerable<string> Strings(JsonElement element, string name)
    {
        if (Array(element, name) is { } array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    yield return item.GetString()!;
                }
            }
        }
    }

    /// <summary>A JSON value as a reader would like to see it: strings unquoted, everything else as compact JSON.</summary>
    public static string Display(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : Compact(value);

    /// <summary>Compact JSON text (non-ASCII kept readable), for identity comparisons and display of values.</summary>
    public static string Compact(JsonElement value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            value.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>An empty schema (<c>{}</c>), standing in for a missing one.</summary>
    public static JsonElement EmptyObject { get; } = JsonDocument.Parse("{}").RootElement.Clone();

    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "value",
    };
}
