using System;
using System.Collections.Generic;
using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing.Naming;

namespace SpecGen.SourceGenerator.Parsing;

// Families: the object schemas that appear together in oneOf/anyOf unions, found before any schema is resolved
// (a member's class must know its base class when it is built, whichever comes first in the document). Unions
// that share a member join one family (union-find), so the same wire field has the same C# type everywhere. A
// family is typed only when its members can be told apart by constant members: an explicit discriminator, or a
// single-value enum/const (NapCat's type: "text", Stripe's object: "card", deleted: true).
internal sealed partial class SpecParser
{
    private readonly Dictionary<string, FamilyInfo> _familyOf = new(StringComparer.Ordinal);
    private readonly List<FamilyInfo> _families = new();

    private sealed class FamilyInfo(string firstHint)
    {
        public string Hint { get; } = firstHint;

        public List<string> Members { get; } = new();

        public Dictionary<string, List<ConstantSpec>> Constants { get; } = new(StringComparer.Ordinal);

        public string Name { get; set; } = string.Empty;

        public string UnknownName { get; set; } = string.Empty;

        public TypeRef Ref => TypeRef.ModelNamed(Name);
    }

    /// <summary>Groups union members into families; every component name must be registered first.</summary>
    private void FindFamilies()
    {
        // Pass 1: every union of two or more plain objects, and the values its discriminator (if any) gives them.
        var unions = new List<(List<string> Members, string Hint)>();
        var explicitConstants = new Dictionary<string, Dictionary<string, ConstantSpec>>(StringComparer.Ordinal);
        void Collect(JsonNode union, JsonNode owner, string hint)
        {
            List<string> members = ObjectMembers(union);
            if (members.Count >= 2)
            {
                unions.Add((members, hint));
                AddExplicitConstants(owner, members, explicitConstants);
            }
        }

        WalkUnions(_isSwagger2 ? _root.Get("definitions") : _root.Get("components"), "Variant", null, Collect, 0);
        WalkUnions(_root.Get("paths"), "Variant", null, Collect, 0);

        // Pass 2: unions whose every member has a constant join their members' families (union-find); a union with a
        // member that has none cannot be read typed and stays JsonElement without touching the others.
        var constants = new Dictionary<string, List<ConstantSpec>>(StringComparer.Ordinal);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var hints = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string pointer)
        {
            while (parent[pointer] != pointer)
            {
                parent[pointer] = parent[parent[pointer]];
                pointer = parent[pointer];
            }

            return pointer;
        }

        foreach ((List<string> members, string hint) in unions)
        {
            bool typed = true;
            foreach (string member in members)
            {
                if (!constants.TryGetValue(member, out List<ConstantSpec>? known))
                {
                    constants[member] = known = MemberConstants(member, explicitConstants);
                }

                typed &= known.Count > 0;
            }

            if (!typed)
            {
                continue;
            }

            foreach (string member in members)
            {
                if (!parent.ContainsKey(member))
                {
                    parent[member] = member;
                    order[member] = order.Count;
                    hints[member] = hint;
                }
            }

            for (int i = 1; i < members.Count; i++)
            {
                string a = Find(members[0]);
                string b = Find(members[i]);
                if (a != b)
                {
                    // The root seen first stays the root, so names do not depend on the order of merges.
                    bool aFirst = order[a] <= order[b];
                    parent[aFirst ? b : a] = aFirst ? a : b;
                }
            }
        }

        var groups = new Dictionary<string, FamilyInfo>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, int> entry in order)
        {
            string root = Find(entry.Key);
            if (!groups.TryGetValue(root, out FamilyInfo? family))
            {
                groups[root] = family = new FamilyInfo(hints[root]);
                _families.Add(family);
            }

            family.Members.Add(entry.Key);
            family.Constants[entry.Key] = constants[entry.Key];
        }

        _families.RemoveAll(family => !Distinguishable(family));
        foreach (FamilyInfo family in _families)
        {
            family.Name = TypeNames.Reserve(_typeNames, FamilyName(family));
            family.UnknownName = TypeNames.Reserve(_typeNames, "Unknown" + family.Name);
            foreach (string member in family.Members)
            {
                _familyOf[member] = family;
            }
        }
    }

    /// <summary>The distinct components of a union's branches that are plain objects.</summary>
    private List<string> ObjectMembers(JsonNode union)
    {
        var members = new List<string>();
        foreach (JsonNode branch in union.Items)
        {
            if (branch.GetString("$ref") is { } reference && ResolvePointer(reference) is { } target
                && _componentPointers.TryGetValue(target, out string? pointer) && IsPlainObject(target) && !members.Contains(pointer))
            {
                members.Add(pointer);
            }
        }

        return members;
    }

    /// <summary>A discriminator's value for each member: from its mapping, else the schema's key (OpenAPI's default).</summary>
    private static void AddExplicitConstants(JsonNode owner, List<string> members, Dictionary<string, Dictionary<string, ConstantSpec>> explicitConstants)
    {
        if (owner.Get("discriminator") is not { IsObject: true } discriminator || discriminator.GetString("propertyName") is not { } property)
        {
            return;
        }

        JsonNode? mapping = discriminator.Get("mapping");
        foreach (string member in members)
        {
            string value = SchemaKey(member);
            if (mapping is { IsObject: true })
            {
                foreach (KeyValuePair<string, JsonNode> entry in mapping.Properties)
                {
                    if (entry.Value.Text is { } target && (target == member || target == SchemaKey(member)))
                    {
                        value = entry.Key;
                    }
                }
            }

            if (!explicitConstants.TryGetValue(member, out Dictionary<string, ConstantSpec>? constants))
            {
                explicitConstants[member] = constants = new Dictionary<string, ConstantSpec>(StringComparer.Ordinal);
            }

            constants[property] = new ConstantSpec(property, value, JsonShape.String);
        }
    }

    /// <summary>
    /// Every oneOf/anyOf under <paramref name="node"/>, with a type-name hint from the nearest component or operation
    /// and property: <paramref name="owner"/> + <paramref name="property"/> in PascalCase, made only where needed
    /// (a union, or properties nested further), since most of a large document holds no union.
    /// </summary>
    private void WalkUnions(JsonNode? node, string owner, string? property, Action<JsonNode, JsonNode, string> visit, int depth)
    {
        if (node is null || depth > MaxSchemaDepth * 4)
        {
            return;
        }

        if (node.IsArray)
        {
            foreach (JsonNode item in node.Items)
            {
                WalkUnions(item, owner, property, visit, depth + 1);
            }

            return;
        }

        if (!node.IsObject)
        {
            return;
        }

        if (node.Get("oneOf") is { IsArray: true } oneOf)
        {
            visit(oneOf, node, Hint(owner, property));
        }

        if (node.Get("anyOf") is { IsArray: true } anyOf)
        {
            visit(anyOf, node, Hint(owner, property));
        }

        // Inside a component its type name; inside an operation its operationId (Stripe's path-level unions).
        if (_componentPointers.TryGetValue(node, out string? pointer))
        {
            (owner, property) = (_componentNames[pointer], null);
        }
        else if (node.GetString("operationId") is { } operationId)
        {
            (owner, property) = (Identifiers.ToPascalCase(operationId, Hint(owner, property)), null);
        }

        foreach (KeyValuePair<string, JsonNode> entry in node.Properties)
        {
            if (entry.Key is "example" or "examples" or "x-specgen-source" || entry.Value.Kind is not (JsonKind.Object or JsonKind.Array))
            {
                continue;
            }

            // Under "properties", each key names a property: the hint becomes Owner + Property (ChargeSource).
            if (entry.Key == "properties" && entry.Value.IsObject)
            {
                string nestedOwner = Hint(owner, property);
                foreach (KeyValuePair<string, JsonNode> member in entry.Value.Properties)
                {
                    WalkUnions(member.Value, nestedOwner, member.Key, visit, depth + 1);
                }
            }
            else
            {
                WalkUnions(entry.Value, owner, property, visit, depth + 1);
            }
        }
    }

    private static string Hint(string owner, string? property) =>
        property is null ? owner : owner + Identifiers.ToPascalCase(property, "Property");

    /// <summary>An object schema with its own properties (a class of its own): only those can be family members.</summary>
    private static bool IsPlainObject(JsonNode schema) =>
        TypeMapping.IsFamilyMemberShape(
            schema.Get("properties") is { IsObject: true } properties ? properties.Properties.Count : 0,
            schema.Get("oneOf") is not null || schema.Get("anyOf") is not null,
            schema.GetString("type"));

    /// <summary>The members with a fixed value: single-value enum or const, and discriminator mappings (which win).</summary>
    private List<ConstantSpec> MemberConstants(string pointer, Dictionary<string, Dictionary<string, ConstantSpec>> explicitConstants)
    {
        var properties = new List<KeyValuePair<string, JsonNode>>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        CollectShape(ResolvePointer(pointer)!, properties, required, 0);
        explicitConstants.TryGetValue(pointer, out Dictionary<string, ConstantSpec>? chosen);
        var constants = new List<ConstantSpec>();
        foreach (KeyValuePair<string, JsonNode> property in properties)
        {
            if (chosen is not null && chosen.TryGetValue(property.Key, out ConstantSpec? value))
            {
                constants.Add(value);
            }
            else if (Deref(property.Value) is { IsObject: true } schema && ConstantOf(property.Key, schema) is { } constant)
            {
                constants.Add(constant);
            }
        }

        return constants;
    }

    /// <summary>A schema's only value (<c>const</c>, or an enum of one scalar); null otherwise.</summary>
    private static ConstantSpec? ConstantOf(string wireName, JsonNode schema)
    {
        JsonNode? value = schema.Get("const");
        if (value is null && schema.Get("enum") is { IsArray: true } values && values.Items.Count == 1)
        {
            value = values.Items[0];
        }

        return value?.Kind switch
        {
            JsonKind.String => new ConstantSpec(wireName, value.Text!, JsonShape.String),
            JsonKind.True => new ConstantSpec(wireName, "true", JsonShape.Boolean),
            JsonKind.False => new ConstantSpec(wireName, "false", JsonShape.Boolean),
            JsonKind.Number => new ConstantSpec(wireName, value.Text!, JsonShape.Number),
            _ => null,
        };
    }

    /// <summary>Each member has a constant and no two members have the same ones: the reader can always choose.</summary>
    private static bool Distinguishable(FamilyInfo family)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string member in family.Members)
        {
            List<ConstantSpec> constants = family.Constants[member];
            if (constants.Count == 0)
            {
                return false;
            }

            var keys = new List<string>();
            foreach (ConstantSpec constant in constants)
            {
                keys.Add(constant.WireName + "=" + constant.Value);
            }

            keys.Sort(StringComparer.Ordinal);
            if (!seen.Add(string.Join("\n", keys)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The word(s) every member's name ends with (TextSegment, JSONSegment → Segment; Customer, DeletedCustomer →
    /// AnyCustomer), else the place of the first union (its component and property, or its operation).
    /// </summary>
    private string FamilyName(FamilyInfo family)
    {
        string? suffix = null;
        foreach (string member in family.Members)
        {
            string name = _componentNames[member];
            if (suffix is null)
            {
                suffix = name;
                continue;
            }

            int common = 0;
            while (common < suffix.Length && common < name.Length && suffix[suffix.Length - 1 - common] == name[name.Length - 1 - common])
            {
                common++;
            }

            suffix = suffix.Substring(suffix.Length - common);
        }

        // Start at a word: the common end of "TextSegment" and "NextSegment" is "extSegment", named "Segment".
        suffix ??= string.Empty;
        int start = 0;
        while (start < suffix.Length && !char.IsUpper(suffix[start]))
        {
            start++;
        }

        suffix = suffix.Substring(start);
        foreach (string member in family.Members)
        {
            // Customer and DeletedCustomer: the family of both is AnyCustomer.
            if (string.Equals(_componentNames[member], suffix, StringComparison.Ordinal))
            {
                suffix = "Any" + suffix;
            }
        }

        return suffix.Length >= 4 ? suffix : family.Hint;
    }

    /// <summary>The family base classes, each listing its members and their constants, most constants first.</summary>
    private void AddFamilyModels()
    {
        foreach (FamilyInfo family in _families)
        {
            var variants = new List<VariantSpec>();
            foreach (string member in family.Members)
            {
                string name = _componentNames[member];
                variants.Add(new VariantSpec(TypeRef.ModelNamed(name), name, JsonShape.Object, family.Constants[member].ToEquatableArray()));
            }

            // The reader tries members with more constants first: deleted_customer (object, deleted) before customer (object).
            List<VariantSpec> ordered = System.Linq.Enumerable.ToList(System.Linq.Enumerable.OrderByDescending(variants, static v => v.Constants.Count));
            string description = "One of " + family.Members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " kinds of object, told apart by " + ConstantNames(family) + ".";
            AddModel(new ModelSpec(family.Name, null, description, null, EquatableArray<PropertySpec>.Empty, IsForm: false)
            {
                Shape = ModelShape.Family,
                Variants = ordered.ToEquatableArray(),
                UnknownType = family.UnknownName,
            });
        }
    }

    private static string ConstantNames(FamilyInfo family)
    {
        var names = new List<string>();
        foreach (List<ConstantSpec> constants in family.Constants.Values)
        {
            foreach (ConstantSpec constant in constants)
            {
                if (!names.Contains(constant.WireName))
                {
                    names.Add(constant.WireName);
                }
            }
        }

        names.Sort(StringComparer.Ordinal);
        return string.Join(", ", names);
    }
}
