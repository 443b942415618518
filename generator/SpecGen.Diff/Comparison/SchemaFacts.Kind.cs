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

        if (Type is null && !HasOwnShape && (OneOf.Count > 0 || AnyOf.Count > 0) && !CollapsedUnion)
        {
            return UnionKind(document, OneOf.Count > 0 ? OneOf : AnyOf);
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

    private bool HasOwnShape => HasPropertiesKeyword || AdditionalProperties is not null;

    private static TypeKind UnionKind(SpecDocument document, List<JsonElement> branches)
    {
        var kinds = new List<string>();
        foreach (var branch in NonNullBranches(branches))
        {
            var target = document.Resolve(branch).Element;
            var types = DeclaredTypes(target);
            var kind = target.ValueKind == JsonValueKind.Object
                ? TypeMapping.UnionBranchType(types, target.TryGetProperty("enum", out _), target.TryGetProperty("properties", out _))
                : null;
            if (kind is null)
            {
                return TypeKind.Json;
            }

            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds.Count == 0 ? TypeKind.Json : TypeMapping.PrimitiveUnion(kinds)?.Kind ?? TypeKind.Json;
    }

    /// <summary>The branches of a union that are not <c>{"type": "null"}</c>.</summary>
    public static List<JsonElement> NonNullBranches(List<JsonElement> branches) =>
        branches.Where(b => !TypeMapping.IsNullBranch(Json.String(b, "type"))).ToList();

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
