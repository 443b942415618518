namespace SpecGen.Diff.Surface;

/// <summary>
/// The rules of the C# API-surface diff, in one place. Breaking means that code calling the old SDK no longer
/// compiles against the new one; a warning compiles but with new warnings (nullability) or breaks only classes
/// that implement the SDK's interface (test doubles).
/// </summary>
public static class SurfaceRules
{
    // Types
    public static readonly Rule TypeRemoved = new("csharp-type-removed", ChangeClass.Breaking, "A public type of the SDK is gone: callers naming it no longer compile.");
    public static readonly Rule TypeRenamed = new("csharp-type-renamed", ChangeClass.Breaking, "A public type was renamed (a removed type and an added one with the same members, or a component schema renamed on the wire): callers naming it no longer compile.");
    public static readonly Rule TypeKindChanged = new("csharp-type-kind-changed", ChangeClass.Breaking, "A public type changed kind (e.g. class → struct): construction, null checks and inheritance break.");
    public static readonly Rule TypeAdded = new("csharp-type-added", ChangeClass.NonBreaking, "A public type was added.");

    // Members
    public static readonly Rule MemberRemoved = new("csharp-member-removed", ChangeClass.Breaking, "A public method, property, field or constructor is gone (or an overload lost): callers using it no longer compile.");
    public static readonly Rule MemberAdded = new("csharp-member-added", ChangeClass.NonBreaking, "A public member was added to a class or struct.");
    public static readonly Rule InterfaceMemberAdded = new("csharp-interface-member-added", ChangeClass.Warning, "A member was added to a public interface: callers compile, classes implementing the interface (test doubles) do not.");
    public static readonly Rule MemberStaticChanged = new("csharp-member-static-changed", ChangeClass.Breaking, "A member became static or an instance member: callers no longer compile.");
    public static readonly Rule ReturnTypeChanged = new("csharp-return-type-changed", ChangeClass.Breaking, "A method's return type changed: callers using the result no longer compile.");
    public static readonly Rule MemberTypeChanged = new("csharp-member-type-changed", ChangeClass.Breaking, "A property's or field's type changed (e.g. string → an enum struct, one model → JsonElement, int → int?): callers reading or assigning it no longer compile.");
    public static readonly Rule NullabilityChanged = new("csharp-nullability-changed", ChangeClass.Warning, "Only the nullable annotation of a reference type changed (string → string?): callers compile, with new nullable warnings (errors where warnings are).");

    // Properties
    public static readonly Rule PropertyBecameRequired = new("csharp-property-became-required", ChangeClass.Breaking, "A property became C# required: object initializers that leave it out no longer compile.");
    public static readonly Rule PropertyNoLongerRequired = new("csharp-property-no-longer-required", ChangeClass.NonBreaking, "A property is no longer C# required.");
    public static readonly Rule SetterRemoved = new("csharp-setter-removed", ChangeClass.Breaking, "A property lost its public setter: callers assigning it no longer compile.");
    public static readonly Rule SetterAdded = new("csharp-setter-added", ChangeClass.NonBreaking, "A property gained a public setter.");

    // Parameters
    public static readonly Rule ParameterTypeChanged = new("csharp-parameter-type-changed", ChangeClass.Breaking, "A parameter's type changed: callers passing the old type no longer compile.");
    public static readonly Rule ParameterRenamed = new("csharp-parameter-renamed", ChangeClass.Breaking, "A parameter was renamed (same position, same type): callers passing it by name no longer compile.");
    public static readonly Rule ParameterMoved = new("csharp-parameter-moved", ChangeClass.Breaking, "A parameter moved to another position: positional callers no longer compile or, with same-typed parameters, silently pass each value to another parameter.");
    public static readonly Rule ParameterAdded = new("csharp-parameter-added", ChangeClass.Breaking, "A required parameter was added: callers no longer compile.");
    public static readonly Rule OptionalParameterAdded = new("csharp-optional-parameter-added", ChangeClass.NonBreaking, "An optional parameter was added: callers still compile.");
    public static readonly Rule ParameterRemoved = new("csharp-parameter-removed", ChangeClass.Breaking, "A parameter was removed: callers passing it no longer compile.");
    public static readonly Rule ParameterBecameRequired = new("csharp-parameter-became-required", ChangeClass.Breaking, "A parameter lost its default value: callers leaving it out no longer compile.");
    public static readonly Rule ParameterBecameOptional = new("csharp-parameter-became-optional", ChangeClass.NonBreaking, "A parameter gained a default value.");
    public static readonly Rule ParameterModifierChanged = new("csharp-parameter-modifier-changed", ChangeClass.Breaking, "A parameter's ref, out, in or params modifier changed: callers no longer compile.");

    /// <summary>Every surface rule, in declaration order.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        TypeRemoved, TypeRenamed, TypeKindChanged, TypeAdded,
        MemberRemoved, MemberAdded, InterfaceMemberAdded, MemberStaticChanged, ReturnTypeChanged, MemberTypeChanged, NullabilityChanged,
        PropertyBecameRequired, PropertyNoLongerRequired, SetterRemoved, SetterAdded,
        ParameterTypeChanged, ParameterRenamed, ParameterMoved, ParameterAdded, OptionalParameterAdded, ParameterRemoved,
        ParameterBecameRequired, ParameterBecameOptional, ParameterModifierChanged,
    ];
}
