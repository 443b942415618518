using System.Collections.Generic;

namespace SpecGen.SourceGenerator.Json;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value with its position in the source text, used only inside the parser
/// (never part of the cached pipeline model).
/// </summary>
internal sealed class JsonNode
{
    private static readonly List<KeyValuePair<string, JsonNode>> EmptyProperties = new();
    private static readonly List<JsonNode> EmptyItems = new();

    private JsonNode(JsonKind kind, int start, int length, string? text, List<KeyValuePair<string, JsonNode>>? properties, List<JsonNode>? items)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
        Properties = properties ?? EmptyProperties;
        Items = items ?? EmptyItems;
    }

    public JsonKind Kind { get; }

    /// <summary>Offset of the first character of the value in the source text.</summary>
    public int Start { get; }

    public int Length { get; internal set; }

    /// <summary>The unescaped string, or the raw number text.</summary>
    public string? Text { get; }

    /// <summary>Object members in document order (duplicate keys: the last one wins in <see cref="Get"/>).</summary>
    public List<KeyValuePair<string, JsonNode>> Properties { get; }

    public List<JsonNode> Items { get; }

    public bool IsObject => Kind == JsonKind.Object;

    public bool IsArray => Kind == JsonKind.Array;

    public bool IsString => Kind == JsonKind.String;

    public static JsonNode CreateObject(int start, List<KeyValuePair<string, JsonNode>> properties) => new(JsonKind.Object, start, 0, null, properties, null);

    public static JsonNode CreateArray(int start, List<JsonNode> items) => new(JsonKind.Array, start, 0, null, null, items);

    public static JsonNode CreateScalar(JsonKind kind, int start, int length, string? text) => new(kind, start, length, text, null, null);

    /// <summary>
    /// Nodes are compared by reference (the parser keys dictionaries by node); no two nodes of a document start at the
    /// same offset, so the offset is a free hash code, where the default one costs a header write per node.
    /// </summary>
    public override int GetHashCode() => Start;

    /// <summary>
    /// From this many members, <see cref="Get"/> looks keys up in an index built at its first call, not by a scan: a
    /// spec's <c>components.schemas</c> or <c>paths</c> holds thousands, and every <c>$ref</c> and operation looks
    /// one up, which made resolving references quadratic in the spec's size. Small objects (nearly all) stay scanned.
    /// </summary>
    private const int IndexedFrom = 16;

    private Dictionary<string, JsonNode>? _index;

    /// <summary>Returns the member with that key (last occurrence), or null when absent or not an object.</summary>
    public JsonNode? Get(string key)
    {
        if (Kind != JsonKind.Object)
        {
            return null;
        }

        if (Properties.Count >= IndexedFrom)
        {
            _index ??= BuildIndex(Properties);
            return _index.TryGetValue(key, out JsonNode? value) ? value : null;
        }

        for (int i = Properties.Count - 1; i >= 0; i--)
        {
            if (Properties[i].Key == key)
            {
                return Properties[i].Value;
            }
        }

        return null;
    }

    private static Dictionary<string, JsonNode> BuildIndex(List<KeyValuePair<string, JsonNode>> properties)
    {
        var index = new Dictionary<string, JsonNode>(properties.Count, System.StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode> property in properties)
        {
            index[property.Key] = property.Value;
        }

        return index;
    }

    /// <summary>The string value of a member, or null when absent or not a string.</summary>
    public string? GetString(string key)
    {
        JsonNode? node = Get(key);
        return node is { Kind: JsonKind.String } ? node.Text : null;
    }

    public bool GetBool(string key) => Get(key) is { Kind: JsonKind.True };

    /// <summary>A scalar rendered as text: strings as-is, numbers raw, booleans and null as keywords.</summary>
    public string? ScalarText => Kind switch
    {
        JsonKind.String or JsonKind.Number => Text,
        JsonKind.True => "true",
        JsonKind.False => "false",
        JsonKind.Null => "null",
        _ => null,
    };
}
