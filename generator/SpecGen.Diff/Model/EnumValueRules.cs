namespace SpecGen.Diff;

/// <summary>
/// Rule family: enum values added or removed, one rule per direction and scope with oasdiff's ids
/// (<c>request-property-enum-value-removed</c>, <c>request-parameter-enum-value-removed</c>,
/// <c>response-property-enum-value-added</c>, …). A request enum losing a value is breaking; a response enum
/// gaining one is a warning (clients that cannot hold unknown values break; the generated enum structs can).
/// </summary>
public static class EnumValueRules
{
    private static readonly Dictionary<(Direction, SchemaScope, bool), Rule> ByPlace = [];

    static EnumValueRules()
    {
        var all = new List<Rule>();
        foreach (var (direction, scope) in Scopes.Places)
        {
            foreach (var added in new[] { true, false })
            {
                var rule = Create(direction, scope, added);
                all.Add(rule);
                ByPlace.Add((direction, scope, added), rule);
            }
        }

        All = all;
    }

    /// <summary>Every enum-value rule: by direction and scope, added before removed.</summary>
    public static IReadOnlyList<Rule> All { get; }

    public static Rule Added(Direction direction, SchemaScope scope) => ByPlace[Scopes.Normalize(direction, scope, true)];

    public static Rule Removed(Direction direction, SchemaScope scope) => ByPlace[Scopes.Normalize(direction, scope, false)];

    private static Rule Create(Direction direction, SchemaScope scope, bool added)
    {
        var request = direction == Direction.Request;
        var id = $"{Scopes.Prefix(direction, scope)}-enum-value-{(added ? "added" : "removed")}";
        var subject = $"A {(request ? "request" : "response")} {Scopes.Id(scope)}'s enum";
        return (request, added) switch
        {
            (true, true) => new Rule(id, ChangeClass.NonBreaking, $"{subject} accepts a new value."),
            (true, false) => new Rule(id, ChangeClass.Breaking, $"{subject} no longer accepts a value."),
            (false, true) => new Rule(id, ChangeClass.Warning, $"{subject} has a new value: clients that cannot hold unknown values break."),
            (false, false) => new Rule(id, ChangeClass.NonBreaking, $"{subject} no longer returns a value."),
        };
    }
}
