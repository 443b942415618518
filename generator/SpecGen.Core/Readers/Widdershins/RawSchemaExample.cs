using System.Text.Json;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Widdershins;

/// <summary>
/// widdershins <c>--raw</c> (option <c>sample: false</c>) prints, where a body or response example would be, the
/// JSON schema itself (dereferenced): <c>{"type": "array", "items": {"type": "object", "properties": …}}</c>.
/// Such a block is no example; what it adds to the tables is whether the root is an array (widdershins' tables
/// show an array of a model as the bare model and give an inline array of objects no root row), which the
/// reader passes on as <see cref="Drafts.BodyDraft.ShownAsArray"/>.
/// </summary>
internal static class RawSchemaExample
{
    private static readonly string[] SchemaTypes = ["object", "array", "string", "integer", "number", "boolean"];

    /// <summary>
    /// Whether the code block is a JSON schema rather than an example: a JSON object whose <c>type</c> is a
    /// JSON schema type and that has <c>properties</c>, <c>items</c> or <c>additionalProperties</c> as objects.
    /// <paramref name="isArray"/> says whether that schema's type is <c>array</c>.
    /// </summary>
    public static bool Is(MdBlock block, out bool isArray)
    {
        isArray = false;
        var text = block.Text.AsSpan().TrimStart();
        if (block.Info is not ("json" or "") || text.Length == 0 || text[0] != '{' || !text.Contains("\"type\"", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(block.Text);
            var root = document.RootElement;
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || !SchemaTypes.Contains(type.GetString()))
            {
                return false;
            }

            var hasSchemaKeyword = HasObject(root, "properties") || HasObject(root, "items") || HasObject(root, "additionalProperties");
            isArray = hasSchemaKeyword && type.GetString() == "array";
            return hasSchemaKeyword;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool HasObject(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object;
}
