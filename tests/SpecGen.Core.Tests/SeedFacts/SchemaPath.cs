using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecGen.Core.Tests.SeedFacts;

/// <summary>
/// Evaluates the schema-path steps of seed-formats.md §8 (<c>.properties</c>, <c>.items</c>,
/// <c>.type</c>, <c>.required</c>, <c>.$ref</c>, <c>.alternatives</c>, …) on a JSON schema.
/// Steps never pass through a <c>$ref</c>; <c>allOf: [$ref]</c> (a described ref) counts as the ref.
/// </summary>
internal static partial class SchemaPath
{
    public static JsonNode? Evaluate(JsonObject document, JsonNode? schema, IReadOnlyList<string> steps)
    {
        var current = schema;
        for (var i = 0; i < steps.Count; i++)
        {
            if (current is not JsonObject node)
            {
                throw new InvalidOperationException($"step '{steps[i]}' reached a non-schema");
            }

            var step = steps[i];
            switch (step)
            {
                case "properties" when i == steps.Count - 1:
                    return new JsonArray((node["properties"] as JsonObject)?.Select(p => (JsonNode?)JsonValue.Create(p.Key)).ToArray() ?? Array.Empty<JsonNode?>());
                case "properties":
                    current = (node["properties"] as JsonObject)?[steps[++i]]
                        ?? throw new InvalidOperationException($"no property '{steps[i]}'");
                    break;
                case "items":
                    current = node["items"] ?? throw new InvalidOperationException("no items");
                    break;
                case "required":
                    return node["required"]?.DeepClone() ?? new JsonArray();
                case "$ref":
                    return RefName(document, node) is { } name ? JsonValue.Create(name) : null;
                case "propertyCount":
                    return JsonValue.Create((node["properties"] as JsonObject)?.Count ?? 0);
                case "alternatives":
                    var branches = (node["anyOf"] ?? node["oneOf"]) as JsonArray ?? throw new InvalidOperationException("no anyOf/oneOf");
                    return new JsonArray(branches.Select(b => (JsonNode?)JsonValue.Create(Describe(document, b!.AsObject()))).ToArray());
                default:
                    return node[step]?.DeepClone();
            }
        }

        return current?.DeepClone();
    }

    /// <summary>The original name of the schema a node refers to (directly or as a single-ref allOf), or null.</summary>
    public static string? RefName(JsonObject document, JsonObject node)
    {
        var reference = node["$ref"]?.GetValue<string>();
        if (reference is null && node["allOf"] is JsonArray { Count: 1 } all)
        {
            reference = all[0]?["$ref"]?.GetValue<string>();
        }

        return reference is null ? null : OriginalName(document, reference.Split('/')[^1]);
    }

    /// <summary>A component's original name: its title when the key had to be made ASCII, else the key.</summary>
    public static string OriginalName(JsonObject document, string key)
    {
        var title = document["components"]?["schemas"]?[key]?["title"]?.GetValue<string>();
        return title is not null && !ComponentKey().IsMatch(title) ? title : key;
    }

    /// <summary>The component key for an original name.</summary>
    public static JsonObject? FindComponent(JsonObject document, string original)
    {
        var schemas = document["components"]?["schemas"] as JsonObject;
        if (schemas is null)
        {
            return null;
        }

        if (schemas[original] is JsonObject byKey)
        {
            return byKey;
        }

        return schemas.FirstOrDefault(p => OriginalName(document, p.Key) == original).Value as JsonObject;
    }

    private static string Describe(JsonObject document, JsonObject branch)
    {
        if (RefName(document, branch) is { } name)
        {
            return "$ref:" + name;
        }

        var type = branch["type"]?.GetValue<string>() ?? "any";
        if (type == "array" && branch["items"] is JsonObject items)
        {
            return $"array<{Describe(document, items)}>";
        }

        return type;
    }

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex ComponentKey();
}
