using SpecGen.Core.Drafts;

namespace SpecGen.Core.Schema;

/// <summary>The meaning of a type cell, whatever the dialect wrote.</summary>
public abstract record TypeExpr
{
    /// <summary><c>string¦null</c>: the value may also be null.</summary>
    public bool Nullable { get; init; }
}

/// <summary><c>string</c>, <c>integer</c> + format, <c>number</c>, <c>boolean</c>, <c>object</c>.</summary>
public sealed record ScalarType(string Type, string? Format = null) : TypeExpr;

/// <summary>A link to a named schema: <c>[Name](#anchor)</c>.</summary>
public sealed record RefType(string Name, string? Anchor) : TypeExpr;

/// <summary>An array; <see cref="Items"/> is null when the item type is not given (<c>[  ]</c>, <c>JSONArray</c>).</summary>
public sealed record ArrayType(TypeExpr? Items) : TypeExpr;

/// <summary>A map with string keys (swagger2markup's <c>&lt; string, X &gt; map</c>); <see cref="Values"/> is null when not given.</summary>
public sealed record MapType(TypeExpr? Values) : TypeExpr;

/// <summary>A string with listed values (swagger2markup's <c>enum (a, b, c)</c>).</summary>
public sealed record EnumType(IReadOnlyList<string> Values) : TypeExpr;

/// <summary><c>any</c> (Kind None), or the item marker of <c>[anyOf]</c>/<c>[oneOf]</c>: branches follow.</summary>
public sealed record AnyType(CompositionKind Kind) : TypeExpr;

/// <summary><c>[Pet](#pet) or string or integer</c> (swagger-markdown's OpenAPI 3 layout): any one of the branches.</summary>
public sealed record UnionType(IReadOnlyList<TypeExpr> Branches) : TypeExpr;

/// <summary><c>null</c>: no type, only null.</summary>
public sealed record NullType : TypeExpr;

/// <summary>An empty type cell.</summary>
public sealed record EmptyType : TypeExpr;

/// <summary>Text that is not a type (prose such as <c>小程序标题</c>, or an unknown word); treated as string.</summary>
public sealed record UnknownType(string Text) : TypeExpr
{
    /// <summary>The text is a class name (<c>UserDTO</c>, <c>Result«User»</c>): Java doc generators name object types so.</summary>
    public bool IsClassName => TypeParser.ClassNamePattern().IsMatch(Text);
}

/// <summary>
/// A type cell beyond the parser's limits (<see cref="TypeParser.MaxDepth"/> levels of brackets or
/// <c>[]</c>, <see cref="TypeParser.MaxLength"/> characters): not parsed, reported, left untyped.
/// </summary>
public sealed record UnreadableType(string Reason) : TypeExpr;
