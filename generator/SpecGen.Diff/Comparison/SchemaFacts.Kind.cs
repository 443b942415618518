using System.Text.Json;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.Diff;

/// <summary>The C# type the generator gives a schema (<see cref="SchemaFacts.Kind"/>), decided by the generator's <see cref="TypeMapping"/>.</summary>
internal sealed partial class SchemaFacts
{
    /// <summary>
    /// The generator's type for the merged view: a union without own properties by its non-null branches, else
    /// the declared (or inferred) JSON type with its format (<see cref="TypeMapping"/> decides each step).
    /// </summary>
    private TypeKind MapKind(SpecDocument document)
    {
        if (UnresolvedReference is not null)
        {
            return TypeKind.Json;
        }

        // A union without a shape of its own is typed by its branches, whatever type it declares (TypeMapping.HasOwnShape).
        if (!HasOwnShape && (OneOf.Count > 0 || AnyOf.Count > 0) && !CollapsedUnion)
        {
            return UnionKind(document, OneOf.Count > 0 ? OneOf : AnyOf, HasDiscriminator);
        }

        var types = Type?.Split('|') ?? [];
        if (types.Length > 1)
        {
            return TypeMapping.PrimitiveUnion([.. types])?.Kind ?? TypeKind.Json;
        }

        var type = Type ?? TypeMapping.InferType(HasPropertiesKeyword, HasAdditionalPropertiesKeyword, Items is not null,
            Enum is { Count: > 0 } && Enum.TrueForAll(v => v.ValueKind == JsonValueKind.String));
        return type switch
        {
            "string" => Enum is not null && Enum.Exists(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                ? TypeKind.Enum
                : TypeKind.String,
            "integer" or "number" or "boolean" => TypeMapping.Primitive(type, Format)!.Kind,
            "array" => TypeKind.Array,
            "object" when Properties.Count > 0 => TypeKind.Model,
            "object" when AdditionalProperties is not null || AdditionalPropertiesTrue => TypeKind.Map,
            _ => TypeKind.Json,
        };
    }

    private bool HasOwnShape => TypeMapping.HasOwnShape(Properties.Count > 0, AdditionalProperties is not null);

    /// <summary>
    /// As the generator types a union (SpecParser.Schemas/Choices/Families): numbers and strings by
    /// <see cref="TypeMapping.PrimitiveUnion"/>; objects told apart by constant members (a family) and branches of
    /// different JSON kinds (a choice) are classes; anything else is JsonElement. Families are judged on this union
    /// alone: the generator also joins unions that share a member, which only this union's own members can show.
    /// </summary>
    private static TypeKind UnionKind(SpecDocument document, List<JsonElement> branches, bool hasDiscriminator)
    {
        var kinds = new List<string>();
        var primitive = true;
        foreach (var branch in NonNullBranches(branches))
        {
            var target = document.Resolve(branch).Element;
            var kind = target.ValueKind == JsonValueKind.Object
                ? TypeMapping.UnionBranchType(DeclaredTypes(target), target.TryGetProperty("enum", out _), target.TryGetProperty("properties", out _))
                : null;
            if (kind is null)
            {
                primitive = false;
                break;
            }

            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        if (primitive)
        {
            return kinds.Count == 0 ? TypeKind.Json : TypeMapping.PrimitiveUnion(kinds)?.Kind ?? TypeKind.Json;
        }

        var shapes = new List<TypeKind>();
        var members = new List<string>();
        var objects = 0;
        foreach (var branch in NonNullBranches(branches))
        {
            var target = document.Resolve(branch).Element;
            if (Json.String(branch, "$ref") is not null && IsPlainObject(target))
            {
                objects++;
                members.Add(Constants(target, hasDiscriminator, Json.String(branch, "$ref")!));
                continue;
            }

            var facts = Build(document, branch);
            if (facts.IsRealUnion && !facts.CollapsedUnion)
            {
                return TypeKind.Json;
            }

            var shape = facts.Kind switch
            {
                TypeKind.String or TypeKind.Enum => TypeKind.String,
                TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Double => TypeKind.Double,
                TypeKind.Boolean => TypeKind.Boolean,
                TypeKind.Array => TypeKind.Array,
                TypeKind.Model or TypeKind.Map => TypeKind.Model,
                _ => (TypeKind?)null,
            };
            if (shape is not { } known)
            {
                return TypeKind.Json;
            }

            objects += known == TypeKind.Model ? 1 : 0;
            if (known == TypeKind.Array && shapes.Contains(TypeKind.Array))
            {
                return TypeKind.Json;
            }

            if (!shapes.Contains(known))
            {
                shapes.Add(known);
            }
        }

        // Two or more objects are one branch only as a family: each has constants, and no two the same ones.
        var family = members.Count >= 2 && members.TrueForAll(m => m.Length > 0) && members.Distinct(StringComparer.Ordinal).Count() == members.Count;
        if (objects - (family ? members.Count - 1 : 0) > 1)
        {
            return TypeKind.Json;
        }

        if (members.Count > 0 && !shapes.Contains(TypeKind.Model))
        {
            shapes.Add(TypeKind.Model);
        }

        return shapes.Count == 1 ? shapes[0] : TypeKind.Model;
    }

    /// <summary>An object schema with its own properties, a class of its own (SpecParser.Families: IsPlainObject).</summary>
    private static bool IsPlainObject(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && TypeMapping.IsFamilyMemberShape(
            Json.Object(schema, "properties") is { } properties ? properties.EnumerateObject().Count() : 0,
            schema.TryGetProperty("oneOf", out _) || schema.TryGetProperty("anyOf", out _),
            Json.String(schema, "type"));

    /// <summary>A member's constant members as one text (empty when it has none): single-value enum or const, or the union's discriminator.</summary>
    private static string Constants(JsonElement schema, bool hasDiscriminator, string reference)
    {
        var constants = new List<string>();
        foreach (var property in Json.Object(schema, "properties")!.Value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (property.Value.TryGetProperty("const", out var constant))
            {
                constants.Add(property.Name + "=" + constant.GetRawText());
            }
            else if (Json.Array(property.Value, "enum") is { } values && values.GetArrayLength() == 1)
            {
                constants.Add(property.Name + "=" + values[0].GetRawText());
            }
        }

        if (hasDiscriminator)
        {
            constants.Add("discriminator=" + reference);
        }

        return string.Join("\n", constants.Order(StringComparer.Ordinal));
    }

    /// <summary>The branches of a union that allow more than null (<see cref="TypeMapping.IsNullBranch"/>).</summary>
    public static List<JsonElement> NonNullBranches(List<JsonElement> branches) =>
        branches.Where(b => !TypeMapping.IsNullBranch(
            Json.String(b, "type"),
            Json.Array(b, "enum") is { } values && values.GetArrayLength() > 0 && values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Null))).ToList();

    private static List<string> DeclaredTypes(JsonElement schema)
    {
        var result = new List<string>();
        if (Json.String(schema, "type") is { } single)
        {
            result.Add(single);
        }
        else if (Json.Array(schema, "type") is { } list)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { } name && name != "null" && !result.Contains(name))
                {
                    result.Add(name);
                }
            }
        }

        return result;
    }
}
