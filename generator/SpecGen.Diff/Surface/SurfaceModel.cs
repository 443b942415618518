namespace SpecGen.Diff.Surface;

/// <summary>
/// The public API of one generated SDK, read from Roslyn symbols into plain values (no symbol outlives the build).
/// Types are keyed by their name relative to the SDK's namespace (<c>NapCatClient</c>, <c>Outer.Inner</c>).
/// </summary>
/// <param name="Namespace">The SDK's namespace.</param>
/// <param name="Types">Every public type, by name; from <see cref="SurfaceBuilder.BuildPair"/>, only those of the source units that differ between the two versions (the others have the same API on both sides).</param>
public sealed record SurfaceModel(string Namespace, IReadOnlyDictionary<string, SurfaceType> Types);

/// <summary>A public type of the SDK.</summary>
/// <param name="Name">Its name relative to the namespace, with arity for generics (<c>Page`1</c>).</param>
/// <param name="Kind">class, interface, struct, enum, record or delegate.</param>
/// <param name="Members">Every public or protected member, in declaration order.</param>
/// <param name="Spec">The spec element it comes from (<c>components.schemas.User</c>, <c>POST /user/login request body</c>), when known.</param>
public sealed record SurfaceType(string Name, string Kind, IReadOnlyList<SurfaceMember> Members, string? Spec);

/// <summary>What sort of member.</summary>
public enum SurfaceMemberKind
{
    Constructor,
    Method,
    Property,
    Field,
    Event,
}

/// <summary>A public member of a generated type.</summary>
/// <param name="Kind">Method, property, …</param>
/// <param name="Name">Its C# name (<c>.ctor</c> for constructors).</param>
/// <param name="Type">The return, property or field type, with nullability (<c>Task&lt;User?&gt;</c>); <c>void</c> for constructors.</param>
/// <param name="PlainType">The same without nullable reference annotations (<c>Task&lt;User&gt;</c>; <c>int?</c> stays, it is another type).</param>
/// <param name="Parameters">Method, constructor or indexer parameters, in order.</param>
/// <param name="IsStatic">Static member.</param>
/// <param name="IsRequired">A C# <c>required</c> property or field.</param>
/// <param name="HasSetter">A property with a public set or init accessor (false for methods).</param>
/// <param name="Spec">The spec element it comes from (<c>POST /send_group_msg</c>, <c>components.schemas.User.name</c>), when known.</param>
public sealed record SurfaceMember(
    SurfaceMemberKind Kind,
    string Name,
    string Type,
    string PlainType,
    IReadOnlyList<SurfaceParameter> Parameters,
    bool IsStatic,
    bool IsRequired,
    bool HasSetter,
    string? Spec)
{
    /// <summary>Name and parameter types: tells overloads apart (<c>SendAsync(string, CancellationToken)</c>).</summary>
    public string Signature => Kind is SurfaceMemberKind.Method or SurfaceMemberKind.Constructor
        ? $"{Name}({string.Join(", ", Parameters.Select(p => p.Type))})"
        : Name;
}

/// <summary>A parameter of a generated method.</summary>
/// <param name="Name">Its C# name.</param>
/// <param name="Type">Its type with nullability.</param>
/// <param name="PlainType">Its type without nullable reference annotations.</param>
/// <param name="IsOptional">It has a default value, so callers may leave it out.</param>
/// <param name="RefKind">Empty, <c>ref</c>, <c>out</c>, <c>in</c> or <c>params</c>.</param>
public sealed record SurfaceParameter(string Name, string Type, string PlainType, bool IsOptional, string RefKind);
