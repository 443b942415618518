using System;
using System.Collections.Generic;
using System.Text;
using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing.Naming;

namespace SpecGen.SourceGenerator.Parsing;

// A oneOf/anyOf whose branches are told apart by their JSON kind: Stripe's expandable fields (a string id or the
// object), NapCat's message (a string or an array of segments). Several objects are one branch when they form a
// family (SpecParser.Families.cs). Identical choices share one class, named from its branches (StringOrCustomer).
internal sealed partial class SpecParser
{
    private readonly Dictionary<string, TypeRef> _choices = new(StringComparer.Ordinal);

    /// <summary>The union's type: a family base, a single type, or a choice class; null when no typed form fits.</summary>
    private TypeRef? ResolveChoice(List<JsonNode> branches, string nameHint, int depth)
    {
        if (!Separable(branches))
        {
            return null;
        }

        FamilyInfo? family = null;
        var parts = new List<(JsonShape Shape, TypeRef Type)>();
        foreach (JsonNode branch in branches)
        {
            if (FamilyOfBranch(branch) is { } member)
            {
                if (family is not null && family != member)
                {
                    return null;
                }

                if (family is null && !AddPart(parts, JsonShape.Object, member.Ref))
                {
                    return null;
                }

                family = member;
                continue;
            }

            TypeRef type = Resolve(branch, nameHint, depth + 1);
            if (ShapeOf(type) is not { } shape || _choices.ContainsValue(type) || !AddPart(parts, shape, type))
            {
                return null;
            }
        }

        if (parts.Count == 1)
        {
            return parts[0].Type;
        }

        var variants = new List<VariantSpec>();
        var key = new StringBuilder();
        foreach ((JsonShape shape, TypeRef type) in parts)
        {
            variants.Add(new VariantSpec(type, VariantName(type), shape, EquatableArray<ConstantSpec>.Empty));
            key.Append(type).Append('\n');
        }

        if (_choices.TryGetValue(key.ToString(), out TypeRef? known))
        {
            return known;
        }

        var words = new List<string>();
        foreach (VariantSpec variant in variants)
        {
            words.Add(variant.MemberName);
        }

        string name = TypeNames.ReserveJoined(_typeNames, words, "Or");
        TypeRef choice = TypeRef.ModelNamed(name);
        _choices[key.ToString()] = choice;
        AddModel(new ModelSpec(name, null, "One of: " + string.Join(", ", words) + " (told apart by the JSON value's kind).", null, EquatableArray<PropertySpec>.Empty, IsForm: false)
        {
            Shape = ModelShape.Choice,
            Variants = variants.ToEquatableArray(),
        });
        return choice;
    }

    /// <summary>
    /// Whether the branches can be told apart by JSON kind, judged from the schemas before any is resolved (so an
    /// untyped union leaves no unused classes behind): at most one object (or one family) and one array.
    /// </summary>
    private bool Separable(List<JsonNode> branches)
    {
        int objects = 0;
        int arrays = 0;
        FamilyInfo? family = null;
        foreach (JsonNode branch in branches)
        {
            if (FamilyOfBranch(branch) is { } member)
            {
                objects += family is null ? 1 : 0;
                family = member;
                continue;
            }

            JsonNode? target = Deref(branch);
            if (target is not { IsObject: true } || target.Get("oneOf") is not null || target.Get("anyOf") is not null)
            {
                return false;
            }

            List<string> types = GetTypes(target);
            string? type = types.Count == 1 ? types[0] : types.Count > 1 ? null : TypeMapping.InferType(
                target.Get("properties") is not null || target.Get("allOf") is not null,
                target.Get("additionalProperties") is not null,
                target.Get("items") is not null,
                target.Get("enum") is not null);
            switch (type)
            {
                case "object":
                    objects++;
                    break;
                case "array":
                    arrays++;
                    break;
                case "string" or "integer" or "number" or "boolean":
                    break;
                default:
                    return false;
            }
        }

        return objects <= 1 && arrays <= 1;
    }

    private FamilyInfo? FamilyOfBranch(JsonNode branch) =>
        branch.GetString("$ref") is { } reference && ResolvePointer(reference) is { } target
        && _componentPointers.TryGetValue(target, out string? pointer) && _familyOf.TryGetValue(pointer, out FamilyInfo? family)
            ? family
            : null;

    /// <summary>Adds a branch; two of one kind merge when they can (strings, numbers), otherwise the union stays untyped.</summary>
    private static bool AddPart(List<(JsonShape Shape, TypeRef Type)> parts, JsonShape shape, TypeRef type)
    {
        for (int i = 0; i < parts.Count; i++)
        {
            if (parts[i].Shape != shape)
            {
                continue;
            }

            if (parts[i].Type == type)
            {
                return true;
            }

            switch (shape)
            {
                case JsonShape.String:
                    // A string and an enum of strings: any string.
                    parts[i] = (shape, TypeRef.String);
                    return true;
                case JsonShape.Number:
                    parts[i] = (shape, TypeRef.Double);
                    return true;
                case JsonShape.Boolean:
                    return true;
                default:
                    return false;
            }
        }

        parts.Add((shape, type));
        return true;
    }

    private static JsonShape? ShapeOf(TypeRef type) => type.Kind switch
    {
        TypeKind.String or TypeKind.Enum => JsonShape.String,
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Double => JsonShape.Number,
        TypeKind.Boolean => JsonShape.Boolean,
        TypeKind.Array => JsonShape.Array,
        TypeKind.Model or TypeKind.Map => JsonShape.Object,
        _ => null,
    };

    /// <summary>
    /// The choice's member for a branch: the model or enum name, else the kind (String, Integer, SegmentList). An
    /// enum whose only value is the empty string (Stripe's "unset" marker, <c>anyOf: [X, {enum: [""]}]</c>) is Empty.
    /// </summary>
    private string VariantName(TypeRef type) => type.Kind switch
    {
        TypeKind.Enum when _enums.Exists(e => e.Name == type.Name && e.Members.Count == 1 && e.Members[0].Value.Length == 0 && e.UnnamedValues.IsEmpty) => "Empty",
        TypeKind.Model or TypeKind.Enum => type.Name!,
        TypeKind.String => "String",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 => "Integer",
        TypeKind.Double => "Number",
        TypeKind.Boolean => "Boolean",
        TypeKind.Array => (type.Element is { } element && element.Kind is not (TypeKind.Array or TypeKind.Map or TypeKind.Json) ? VariantName(element) : "Json") + "List",
        TypeKind.Map => "Map",
        _ => "Json",
    };
}
