using System.Globalization;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Model;

namespace SpecGen.Core.Schema;

/// <summary>
/// Applies enum rows listed apart from the field table (widdershins' 枚举值) to every property of
/// that name in the schema (never through a <c>$ref</c>), without duplicate values.
/// </summary>
internal static class Enums
{
    /// <param name="depths">The row depth of each property the builder made, to honour depth-prefixed enum rows (<c>» sex</c>).</param>
    public static void Apply(SpecSchema root, IReadOnlyList<EnumRow> rows, IReadOnlyDictionary<SpecSchema, int> depths, DiagnosticBag diagnostics)
    {
        foreach (var group in rows.GroupBy(r => (r.Name, r.Depth)))
        {
            var targets = Targets(root, group.Key.Name, group.Key.Depth, depths);
            if (targets.Schemas.Count == 0)
            {
                diagnostics.Warn(group.First().Line, DiagnosticCodes.EnumWithoutProperty,
                    $"enum values for '{group.Key.Name}' match no property in this section; dropped");
                continue;
            }

            foreach (var property in targets.Schemas)
            {
                if (targets.InReferencedModel && property.EnumCount > 0)
                {
                    // An operation's copy of a model's enum: the model's own enum table rules.
                    continue;
                }

                AddValues(property, group.Select(row => row.Value));
            }
        }
    }

    /// <summary>Adds enum values (typed like the schema, without duplicates) to a schema, or to its items when it is an array.</summary>
    public static void AddValues(SpecSchema schema, IEnumerable<string> values)
    {
        var target = schema.Type == JsonType.Array && schema.Items is { } items ? items : schema;
        foreach (var text in values)
        {
            var value = Typed(target.Type, text);
            if (!target.Enum.Contains(value))
            {
                target.Enum.Add(value);
            }
        }
    }

    /// <summary>Properties of that name: at the row's depth if it has one, else at any depth; through refs only when nothing else matches.</summary>
    private static (List<SpecSchema> Schemas, bool InReferencedModel) Targets(SpecSchema root, string name, int? depth, IReadOnlyDictionary<SpecSchema, int> depths)
    {
        foreach (var throughRefs in new[] { false, true })
        {
            var found = new List<SpecSchema>();
            Collect(root, name, found, new HashSet<SpecSchema>(), throughRefs);
            var atDepth = depth is { } d ? found.Where(p => depths.TryGetValue(p, out var pd) && pd == d).ToList() : found;
            if (atDepth.Count > 0)
            {
                return (atDepth, throughRefs);
            }

            if (found.Count > 0)
            {
                return (found, throughRefs);
            }
        }

        return (new List<SpecSchema>(), false);
    }

    /// <summary>A value the doc wrote as text, typed like its schema: a long for an integer, a decimal for a number, a bool for a boolean, else the text.</summary>
    public static object Typed(JsonType type, string value)
    {
        if (type == JsonType.Integer && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (type == JsonType.Number && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (type == JsonType.Boolean && bool.TryParse(value, out var boolean))
        {
            return boolean;
        }

        return value;
    }

    private static void Collect(SpecSchema schema, string name, List<SpecSchema> targets, HashSet<SpecSchema> seen, bool throughRefs)
    {
        if (schema.IsReference)
        {
            if (throughRefs && schema.Reference is { } target)
            {
                Collect(target, name, targets, seen, throughRefs);
            }

            return;
        }

        if (!seen.Add(schema))
        {
            return;
        }

        if (schema.PropertyCount > 0)
        {
            CollectProperties(schema, name, targets, seen, throughRefs);
        }

        if (schema.Items is not null)
        {
            Collect(schema.Items, name, targets, seen, throughRefs);
        }

        if (schema.OneOfCount + schema.AnyOfCount + schema.AllOfCount > 0)
        {
            foreach (var branch in schema.OneOf.Concat(schema.AnyOf).Concat(schema.AllOf))
            {
                Collect(branch, name, targets, seen, throughRefs);
            }
        }
    }

    private static void CollectProperties(SpecSchema schema, string name, List<SpecSchema> targets, HashSet<SpecSchema> seen, bool throughRefs)
    {
        foreach (var (key, property) in schema.Properties)
        {
            if (key == name && !property.IsReference)
            {
                targets.Add(property);
            }

            Collect(property, name, targets, seen, throughRefs);
        }
    }
}
