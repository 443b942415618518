using System.Collections.Generic;

namespace SpecGen.SourceGenerator.Model;

/// <summary>
/// The schema → C# type rules, in one place: the generator's parser types schemas with them and
/// <c>specgen diff</c> judges type changes with them, so a change is breaking exactly when it changes
/// the generated C# type. Pure functions over a schema's keywords (no JSON tree), so that both JSON
/// readers (the generator's own, System.Text.Json in the diff) can call them.
/// </summary>
internal static class TypeMapping
{
    /// <summary>
    /// Whether a union's branch schema can be a member of a family (a class of its own that derives from the
    /// family's base): an object with properties of its own and no oneOf/anyOf of its own. The generator's
    /// families (SpecParser.Families) and the diff's union typing (SchemaFacts) both ask this.
    /// </summary>
    public static bool IsFamilyMemberShape(int ownPropertyCount, bool hasUnion, string? declaredType) =>
        ownPropertyCount > 0 && !hasUnion && declaredType is null or "object";

    /// <summary>
    /// Whether a schema has a shape of its own: properties (an empty <c>properties: {}</c> adds none) or a schema for
    /// <c>additionalProperties</c>. Without one, a schema with oneOf/anyOf is typed by its branches whatever type it
    /// declares (<c>type: object</c> over a family, <c>type: string</c> over enum branches), and an allOf wrapper of one
    /// typed member is that member. The generator's parser (SpecParser.Build) and the diff (SchemaFacts) both ask this.
    /// </summary>
    public static bool HasOwnShape(bool hasNonEmptyProperties, bool additionalPropertiesIsSchema) =>
        hasNonEmptyProperties || additionalPropertiesIsSchema;

    /// <summary>Keywords that describe a value without changing its type.</summary>
    private static readonly HashSet<string> AnnotationKeywords = new(System.StringComparer.Ordinal)
    {
        "description", "title", "nullable", "readOnly", "writeOnly", "example", "examples", "deprecated", "default",
        "externalDocs", "xml", "$comment",
    };

    /// <summary>
    /// Whether one keyword of an allOf member only annotates the value: an annotation keyword, an x- extension,
    /// <c>type: object</c>, empty <c>properties</c> or <c>required</c>. An allOf whose members all annotate but one is
    /// that one (<c>allOf: [{$ref: X}, {description: …}]</c> is X): the generator's wrappers (SpecParser.Wrappers) and
    /// the diff's aliases (ComponentComparer.IsAlias) both ask this.
    /// </summary>
    /// <param name="keyword">The member's keyword.</param>
    /// <param name="text">Its value when that is a string, else null.</param>
    /// <param name="isEmptyObjectOrArray">Its value is <c>{}</c> or <c>[]</c>.</param>
    public static bool IsAnnotation(string keyword, string? text, bool isEmptyObjectOrArray) =>
        AnnotationKeywords.Contains(keyword)
        || keyword.StartsWith("x-", System.StringComparison.Ordinal)
        || (keyword == "type" && text == "object")
        || (keyword is "properties" or "required" && isEmptyObjectOrArray);

    /// <summary>
    /// The JSON type of a schema that declares none: an object when it has <c>properties</c> or
    /// <c>additionalProperties</c>, an array when it has <c>items</c>, a string when its enum holds only
    /// strings; null (any JSON, typed <c>JsonElement</c>) otherwise.
    /// </summary>
    public static string? InferType(bool hasProperties, bool hasAdditionalProperties, bool hasItems, bool hasStringEnum)
    {
        if (hasProperties || hasAdditionalProperties)
        {
            return "object";
        }

        if (hasItems)
        {
            return "array";
        }

        return hasStringEnum ? "string" : null;
    }

    /// <summary>An integer's C# type by its format: <c>int</c> for int32 and smaller, <c>ulong</c> for uint64, <c>long</c> otherwise.</summary>
    public static TypeRef Integer(string? format) => format switch
    {
        "int32" or "int16" or "int8" or "uint8" or "uint16" => TypeRef.Int32,
        "uint64" => TypeRef.UInt64,
        _ => TypeRef.Int64,
    };

    /// <summary>The C# type of a JSON integer (by format), number or boolean; null for any other JSON type.</summary>
    public static TypeRef? Primitive(string type, string? format) => type switch
    {
        "integer" => Integer(format),
        "number" => TypeRef.Double,
        "boolean" => TypeRef.Boolean,
        _ => null,
    };

    /// <summary>
    /// A oneOf/anyOf branch that only allows null: <c>{"type": "null"}</c>, or <c>{"enum": [null]}</c> (GitHub's
    /// <c>oneOf: [{enum: ["false positive", …]}, {enum: [null]}]</c>). It is dropped from the union, which then types
    /// as its remaining branches (one branch left: that branch's type, nullable).
    /// </summary>
    /// <param name="type">The branch's <c>type</c> when it is a string.</param>
    /// <param name="enumOnlyNull">The branch's <c>enum</c> is a non-empty list of nulls.</param>
    public static bool IsNullBranch(string? type, bool enumOnlyNull) => type == "null" || (type is null && enumOnlyNull);

    /// <summary>The C# keyword of a scalar kind (<c>long</c> for Int64…); null for every other kind.</summary>
    public static string? Keyword(TypeKind kind) => kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.UInt64 => "ulong",
        TypeKind.Double => "double",
        TypeKind.Boolean => "bool",
        _ => null,
    };

    /// <summary>
    /// The primitive JSON type a union branch contributes: its single declared type when it is a string,
    /// integer, number or boolean without <c>enum</c> or <c>properties</c>; null when the branch is an object,
    /// an array, an enum or mixed, which makes the whole union <c>JsonElement</c>.
    /// </summary>
    public static string? UnionBranchType(IReadOnlyList<string> types, bool hasEnum, bool hasProperties) =>
        hasEnum || hasProperties || types.Count != 1 || types[0] is "object" or "array" ? null : types[0];

    /// <summary>
    /// A union of primitive JSON types (a type list or oneOf/anyOf branches, null excluded): one type maps to
    /// itself (integer as <c>long</c>), numbers together to <c>double</c>, numbers with strings to
    /// <c>NumberOrString</c>; anything else is null (typed <c>JsonElement</c>).
    /// </summary>
    public static TypeRef? PrimitiveUnion(List<string> kinds)
    {
        if (kinds.Count == 1)
        {
            return kinds[0] switch
            {
                "string" => TypeRef.String,
                "integer" => TypeRef.Int64,
                "number" => TypeRef.Double,
                "boolean" => TypeRef.Boolean,
                _ => null,
            };
        }

        bool numeric = true;
        bool hasString = false;
        foreach (string kind in kinds)
        {
            if (kind == "string")
            {
                hasString = true;
            }
            else if (kind is not ("integer" or "number"))
            {
                numeric = false;
            }
        }

        if (!numeric)
        {
            return null;
        }

        return hasString ? TypeRef.NumberOrString : TypeRef.Double;
    }

    /// <summary>
    /// Whether a value of C# type <paramref name="from"/> converts implicitly to <paramref name="to"/> in the
    /// generated SDK: C#'s implicit numeric conversions (int → long → double, ulong → double) and the
    /// emitted implicit operators (string → enum struct; string, int and long → NumberOrString).
    /// Decides whether a type change still compiles for callers (request: old → new; response: new → old).
    /// </summary>
    public static bool ConvertsImplicitly(TypeKind from, TypeKind to) => from == to || (from, to) switch
    {
        (TypeKind.Int32, TypeKind.Int64 or TypeKind.Double or TypeKind.NumberOrString) => true,
        (TypeKind.Int64, TypeKind.Double or TypeKind.NumberOrString) => true,
        (TypeKind.UInt64, TypeKind.Double) => true,
        (TypeKind.String, TypeKind.Enum or TypeKind.NumberOrString) => true,
        _ => false,
    };
}
