using System.Globalization;
using NJsonSchema;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;

namespace SpecGen.Core.Schema;

/// <summary>
/// Applies enum rows listed apart from the field table (widdershins' 枚举值) to every property of
/// that name in the schema (never through a <c>$ref</c>), without duplicate values.
/// </summary>
internal static class Enums
{
    public static void Apply(JsonSchema root, IReadOnlyList<EnumRow> rows, DiagnosticBag diagnostics)
    {
        foreach (var group in rows.GroupBy(r => r.Name, StringComparer.Ordinal))
        {
            var targets = new List<JsonSchema>();
            Collect(root, group.Key, targets, new HashSet<JsonSchema>());
            if (targets.Count == 0)
            {
                diagnostics.Warn(group.First().Line, DiagnosticCodes.EnumWithoutProperty,
                    $"enum values for '{group.Key}' match no property in this section; dropped");
                continue;
            }

            foreach (var target in targets)
            {
                foreach (var row in group)
                {
                    var value = Typed(target, row.Value);
                    if (!target.Enumeration.Contains(value))
                    {
                        target.Enumeration.Add(value);
                    }
                }
            }
        }
    }

    public static object Typed(JsonSchema target, string value)
    {
        if (target.Type == JsonObjectType.Integer && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (target.Type == JsonObjectType.Number && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (target.Type == JsonObjectType.Boolean && bool.TryParse(value, out var boolean))
        {
            return boolean;
        }

        return value;
    }

    private static void Collect(JsonSchema schema, string name, List<JsonSchema> targets, HashSet<JsonSchema> seen)
    {
        if (schema.HasReference || !seen.Add(schema))
        {
            return;
        }

        foreach (var (key, property) in schema.Properties)
        {
            if (key == name && !property.HasReference)
            {
                targets.Add(property);
            }

            Collect(property, name, targets, seen);
        }

        if (schema.Item is not null)
        {
            Collect(schema.Item, name, targets, seen);
        }

        foreach (var branch in schema.OneOf.Concat(schema.AnyOf).Concat(schema.AllOf))
        {
            Collect(branch, name, targets, seen);
        }
    }
}
