using System.Text.Json;
using SpecGen.Core.Model;

namespace SpecGen.Core.Schema;

/// <summary>
/// The shape of a JSON example as a schema, for a body or response the doc shows only by example:
/// objects with their properties (the union over an array's items), arrays of their items' shape,
/// integers apart from other numbers. Nothing is marked required: an example does not say.
/// Depth is bounded, so a hostile example cannot make the spec deeper than <see cref="MaxDepth"/>.
/// </summary>
internal static class ExampleSchema
{
    public const int MaxDepth = 16;

    /// <summary>The schema of <paramref name="example"/>, or null for a scalar, null, <c>{}</c> or <c>[]</c> example (it says too little).</summary>
    public static SpecSchema? Infer(JsonElement example) => example.ValueKind switch
    {
        JsonValueKind.Object when example.EnumerateObject().Any() => Shape(example, 0),
        JsonValueKind.Array when example.GetArrayLength() > 0 => Shape(example, 0),
        _ => null,
    };

    private static SpecSchema Shape(JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var schema = new SpecSchema { Type = JsonType.Object };
                if (depth < MaxDepth)
                {
                    AddProperties(schema, value, depth);
                }

                return schema;
            case JsonValueKind.Array:
                var array = new SpecSchema { Type = JsonType.Array };
                if (depth < MaxDepth)
                {
                    array.Items = Items(value, depth + 1);
                }

                return array;
            case JsonValueKind.String:
                return new SpecSchema { Type = JsonType.String };
            case JsonValueKind.Number:
                return new SpecSchema { Type = value.TryGetInt64(out _) ? JsonType.Integer : JsonType.Number };
            case JsonValueKind.True or JsonValueKind.False:
                return new SpecSchema { Type = JsonType.Boolean };
            default:
                return new SpecSchema();
        }
    }

    private static void AddProperties(SpecSchema schema, JsonElement value, int depth)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (!schema.HasProperty(property.Name))
            {
                schema.Properties[property.Name] = Shape(property.Value, depth + 1);
            }
            else if (schema.Properties[property.Name].Type == JsonType.None)
            {
                schema.Properties[property.Name] = Shape(property.Value, depth + 1);
            }
        }
    }

    /// <summary>An array's item shape: the first item's kind; for objects, the properties of every object item.</summary>
    private static SpecSchema? Items(JsonElement array, int depth)
    {
        SpecSchema? items = null;
        foreach (var item in array.EnumerateArray())
        {
            if (items is null)
            {
                items = Shape(item, depth);
                continue;
            }

            if (items.Type == JsonType.Object && item.ValueKind == JsonValueKind.Object && depth < MaxDepth)
            {
                AddProperties(items, item, depth);
            }
            else if (items.Type == JsonType.Integer && item.ValueKind == JsonValueKind.Number && !item.TryGetInt64(out _))
            {
                items.Type = JsonType.Number;
            }
        }

        return items;
    }
}
