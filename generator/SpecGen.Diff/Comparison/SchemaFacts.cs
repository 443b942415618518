using System.Text.Json;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.Diff;

/// <summary>
/// What the comparer needs to know about one schema, after following <c>$ref</c>s and merging <c>allOf</c>
/// branches into a single view (properties and required names united, first type/format/enum kept). A
/// oneOf/anyOf whose branches are one schema and <c>{"type": "null"}</c> reads as that schema, nullable.
/// <see cref="Kind"/> is the C# type the generator gives the schema, by the generator's own
/// <see cref="TypeMapping"/>.
/// </summary>
internal sealed partial class SchemaFacts
{
    private const int MaxAllOfDepth = 16;

    private readonly List<string> _allOfReferences = [];

    private SchemaFacts()
    {
    }

    /// <summary>The last local reference followed to reach the schema; identifies it for cycle detection.</summary>
    public string? Reference { get; private set; }

    /// <summary>
    /// Identifies a named schema for cycle detection: its reference, or the references an inline <c>allOf</c>
    /// wrapper merges. Null for inline schemas, which cannot recurse by themselves.
    /// </summary>
    public string? Identity => Reference ?? (_allOfReferences.Count > 0 ? "allOf(" + string.Join(",", _allOfReferences) + ")" : null);

    /// <summary>Set when the schema is a reference that cannot be followed (external or dangling).</summary>
    public string? UnresolvedReference { get; private set; }

    public string? Type { get; private set; }

    public string? Format { get; private set; }

    public bool Nullable { get; private set; }

    public bool ReadOnly { get; private set; }

    public bool WriteOnly { get; private set; }

    public string? Title { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The enum values, or null when the schema has no enum.</summary>
    public List<JsonElement>? Enum { get; private set; }

    public SortedDictionary<string, JsonElement> Properties { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

    public JsonElement? Items { get; private set; }

    /// <summary>The schema of map values, when <c>additionalProperties</c> is a schema.</summary>
    public JsonElement? AdditionalProperties { get; private set; }

    public List<JsonElement> OneOf { get; } = [];

    public List<JsonElement> AnyOf { get; } = [];

    /// <summary>The type as shown in messages: the declared type, the unresolved reference, or "any".</summary>
    public string TypeLabel => Type ?? UnresolvedReference ?? "any";

    /// <summary>The validation limits (<see cref="LimitRules.Keywords"/>) by keyword, the first found when merging.</summary>
    public SortedDictionary<string, JsonElement> Limits { get; } = new(StringComparer.Ordinal);

    /// <summary>The schema has a <c>properties</c> member (possibly empty), which makes it an object when it declares no type.</summary>
    public bool HasPropertiesKeyword { get; private set; }

    /// <summary>The schema has an <c>additionalProperties</c> member of any kind.</summary>
    public bool HasAdditionalPropertiesKeyword { get; private set; }

    /// <summary><c>additionalProperties: true</c>: a map of any JSON when there are no properties.</summary>
    public bool AdditionalPropertiesTrue { get; private set; }

    /// <summary>The oneOf/anyOf had a single non-null branch, merged into this view (the union is that branch, nullable).</summary>
    public bool CollapsedUnion { get; private set; }

    /// <summary>The union names a discriminator member (<c>discriminator.propertyName</c>).</summary>
    public bool HasDiscriminator { get; private set; }

    /// <summary>The oneOf or anyOf offers two or more non-null branches.</summary>
    public bool IsRealUnion { get; private set; }

    /// <summary>The C# type the generator maps this schema to.</summary>
    public TypeKind Kind { get; private set; }

    /// <summary>The JSON type and format as shown in reports, e.g. <c>integer (int64)</c>.</summary>
    public string JsonLabel => Type is null && UnresolvedReference is null && IsRealUnion
        ? (NonNullBranches(OneOf).Count > 1 ? $"oneOf ({NonNullBranches(OneOf).Count} branches)" : $"anyOf ({NonNullBranches(AnyOf).Count} branches)")
        : Format is null ? TypeLabel : $"{TypeLabel} ({Format})";

    public static SchemaFacts Build(SpecDocument document, JsonElement schema)
    {
        var facts = new SchemaFacts();
        facts.Merge(document, schema, 0, isRoot: true);
        facts.IsRealUnion = (facts.OneOf.Count > 1 && NonNullBranches(facts.OneOf).Count > 1) || (facts.AnyOf.Count > 1 && NonNullBranches(facts.AnyOf).Count > 1);
        facts.Kind = facts.MapKind(document);
        return facts;
    }

    private void Merge(SpecDocument document, JsonElement schema, int depth, bool isRoot)
    {
        var resolved = document.Resolve(schema);
        if (isRoot)
        {
            Reference = resolved.Reference;
            if (resolved.Unresolved)
            {
                UnresolvedReference = resolved.Reference;
                return;
            }
        }
        else
        {
            if (depth == 1 && resolved.Reference is { } reference)
            {
                _allOfReferences.Add(reference);
            }

            if (resolved.Unresolved)
            {
                return;
            }
        }

        var element = resolved.Element;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        ReadType(element);
        Format ??= Json.String(element, "format");
        Nullable |= Json.Bool(element, "nullable");
        ReadOnly |= Json.Bool(element, "readOnly");
        WriteOnly |= Json.Bool(element, "writeOnly");
        if (isRoot)
        {
            Title = Json.String(element, "title");
            Description = Json.String(element, "description");
        }

        if (Enum is null && Json.Array(element, "enum") is { } values)
        {
            Enum = values.EnumerateArray().ToList();
        }

        foreach (var keyword in LimitRules.Keywords)
        {
            if (element.TryGetProperty(keyword.Name, out var limit) && limit.ValueKind is JsonValueKind.Number or JsonValueKind.String)
            {
                Limits.TryAdd(keyword.Name, limit);
            }
        }

        HasPropertiesKeyword |= element.TryGetProperty("properties", out _);
        HasAdditionalPropertiesKeyword |= element.TryGetProperty("additionalProperties", out var additional);
        AdditionalPropertiesTrue |= HasAdditionalPropertiesKeyword && additional.ValueKind == JsonValueKind.True;
        Required.UnionWith(Json.Strings(element, "required"));
        Items ??= Json.Object(element, "items");
        AdditionalProperties ??= Json.Object(element, "additionalProperties");
        AddAll(OneOf, element, "oneOf");
        AddAll(AnyOf, element, "anyOf");
        HasDiscriminator |= Json.Object(element, "discriminator") is { } discriminator && Json.String(discriminator, "propertyName") is not null;

        if (depth < MaxAllOfDepth && Json.Array(element, "allOf") is { } allOf)
        {
            foreach (var branch in allOf.EnumerateArray())
            {
                Merge(document, branch, depth + 1, isRoot: false);
            }
        }

        // As the generator collects a shape (SpecParser.CollectShape): allOf members first, in order, then the schema's
        // own properties, a later definition of a name replacing an earlier one.
        foreach (var (name, property) in Json.Members(element, "properties"))
        {
            Properties[name] = property;
        }

        if (isRoot)
        {
            MergeNullableUnion(document, element, depth);
        }
    }

    /// <summary>
    /// <c>anyOf: [X, {"type": "null"}]</c> (or oneOf, or a single branch) without a shape of its own (a declared type aside) is
    /// X as the generator types it: X's facts are merged in. A null branch makes the value nullable (in any union).
    /// </summary>
    private void MergeNullableUnion(SpecDocument document, JsonElement element, int depth)
    {
        if (HasOwnShape || depth >= MaxAllOfDepth)
        {
            return;
        }

        var union = Json.Array(element, "oneOf") ?? Json.Array(element, "anyOf");
        if (union is not { } branches)
        {
            return;
        }

        var all = branches.EnumerateArray().ToList();
        var nonNull = NonNullBranches(all);
        Nullable |= nonNull.Count < all.Count;
        if (nonNull.Count != 1)
        {
            return;
        }

        CollapsedUnion = true;
        Merge(document, nonNull[0], depth + 1, isRoot: false);

        // The wrapper documents the value when it says something; else the branch does, as it did unwrapped.
        var branch = document.Resolve(nonNull[0]).Element;
        Title ??= Json.String(branch, "title");
        Description ??= Json.String(branch, "description");
    }

    private void ReadType(JsonElement element)
    {
        if (Type is not null || !element.TryGetProperty("type", out var type))
        {
            return;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            Type = type.GetString();
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            // OpenAPI 3.1 style: ["string", "null"].
            var names = type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList();
            Nullable |= names.Remove("null");
            Type = names.Count == 0 ? null : string.Join("|", names.Order(StringComparer.Ordinal));
        }
    }

    private static void AddAll(List<JsonElement> target, JsonElement element, string keyword)
    {
        if (Json.Array(element, keyword) is { } branches)
        {
            target.AddRange(branches.EnumerateArray());
        }
    }
}
