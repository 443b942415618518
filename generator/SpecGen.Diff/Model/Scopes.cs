namespace SpecGen.Diff;

/// <summary>The places a scoped rule family has a rule for, and how they read in rule ids (as in oasdiff).</summary>
internal static class Scopes
{
    /// <summary>Requests have parameters, bodies and properties; responses bodies and properties.</summary>
    public static readonly (Direction Direction, SchemaScope Scope)[] Places =
    [
        (Direction.Request, SchemaScope.Parameter),
        (Direction.Request, SchemaScope.Body),
        (Direction.Request, SchemaScope.Property),
        (Direction.Response, SchemaScope.Body),
        (Direction.Response, SchemaScope.Property),
    ];

    public static string Id(SchemaScope scope) => scope switch
    {
        SchemaScope.Parameter => "parameter",
        SchemaScope.Body => "body",
        _ => "property",
    };

    /// <summary>E.g. <c>request-property</c>.</summary>
    public static string Prefix(Direction direction, SchemaScope scope) =>
        $"{(direction == Direction.Response ? "response" : "request")}-{Id(scope)}";

    /// <summary>A key that exists in <see cref="Places"/>: direction none reads as request, a response parameter as a response property.</summary>
    public static (Direction, SchemaScope, T) Normalize<T>(Direction direction, SchemaScope scope, T rest)
    {
        direction = direction == Direction.Response ? Direction.Response : Direction.Request;
        if (direction == Direction.Response && scope == SchemaScope.Parameter)
        {
            scope = SchemaScope.Property;
        }

        return (direction, scope, rest);
    }
}
