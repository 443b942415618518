namespace SpecGen.Diff;

/// <summary>How a validation limit changed.</summary>
public enum LimitChange
{
    /// <summary>The limit was added.</summary>
    Set,

    /// <summary>The limit was removed.</summary>
    Unset,

    /// <summary>Fewer values pass: a maximum decreased or a minimum increased.</summary>
    Tightened,

    /// <summary>More values pass: a maximum increased or a minimum decreased.</summary>
    Loosened,

    /// <summary>A pattern or multipleOf changed to another value (neither simply tighter nor looser).</summary>
    Changed,
}

/// <summary>
/// Rule family: validation limits (maxLength, minLength, maxItems, minItems, maximum, minimum, pattern,
/// multipleOf), one rule per direction, scope, keyword and kind of change, with oasdiff's ids
/// (<c>request-property-max-length-decreased</c>, <c>request-parameter-pattern-changed</c>,
/// <c>response-body-max-unset</c>, …). None of them changes the generated C# signatures: a breaking limit
/// change breaks at run time. In a request, fewer accepted values (tightened, set, changed) is breaking and
/// more is not; in a response, more possible values (loosened, unset, changed) is breaking for callers reading
/// them (oasdiff 1.31 levels), fewer is not.
/// </summary>
public static class LimitRules
{
    /// <summary>A limit keyword, the stem of its rule ids and whether it bounds from above, below or neither.</summary>
    public sealed record Keyword(string Name, string Stem, int Bound)
    {
        public const int Upper = 1;
        public const int Lower = -1;
        public const int Exact = 0;
    }

    /// <summary>The keywords compared, in report order.</summary>
    public static IReadOnlyList<Keyword> Keywords { get; } =
    [
        new("maxLength", "max-length", Keyword.Upper),
        new("minLength", "min-length", Keyword.Lower),
        new("pattern", "pattern", Keyword.Exact),
        new("maxItems", "max-items", Keyword.Upper),
        new("minItems", "min-items", Keyword.Lower),
        new("maximum", "max", Keyword.Upper),
        new("minimum", "min", Keyword.Lower),
        new("multipleOf", "multiple-of", Keyword.Exact),
    ];

    private static readonly Dictionary<string, Rule> ById = [];

    static LimitRules()
    {
        var all = new List<Rule>();
        foreach (var (direction, scope) in Scopes.Places)
        {
            foreach (var keyword in Keywords)
            {
                foreach (var change in ChangesOf(keyword))
                {
                    var rule = new Rule(Id(direction, scope, keyword, change), ClassOf(direction, change), Describe(direction, scope, keyword, change));
                    all.Add(rule);
                    ById.Add(rule.Id, rule);
                }
            }
        }

        All = all;
    }

    /// <summary>Every limit rule: by direction and scope, then keyword, then kind of change.</summary>
    public static IReadOnlyList<Rule> All { get; }

    /// <summary>The rule for a limit change at a place. Responses have no parameters: a response scope of parameter reads as property.</summary>
    public static Rule For(Direction direction, SchemaScope scope, Keyword keyword, LimitChange change)
    {
        var (where, place, _) = Scopes.Normalize(direction, scope, 0);
        return ById[Id(where, place, keyword, change)];
    }

    /// <summary>The rule with this id, e.g. <c>request-property-max-length-decreased</c>.</summary>
    public static Rule Get(string id) => ById[id];

    private static IEnumerable<LimitChange> ChangesOf(Keyword keyword) => keyword.Bound == Keyword.Exact
        ? [LimitChange.Set, LimitChange.Changed, LimitChange.Unset]
        : [LimitChange.Set, LimitChange.Tightened, LimitChange.Loosened, LimitChange.Unset];

    private static string Id(Direction direction, SchemaScope scope, Keyword keyword, LimitChange change) =>
        $"{Scopes.Prefix(direction, scope)}-{keyword.Stem}-{Suffix(keyword, change)}";

    private static string Suffix(Keyword keyword, LimitChange change) => (change, keyword.Bound) switch
    {
        (LimitChange.Set, _) when keyword.Name == "pattern" => "added",
        (LimitChange.Unset, _) when keyword.Name == "pattern" => "removed",
        (LimitChange.Set, _) => "set",
        (LimitChange.Unset, _) => "unset",
        (LimitChange.Changed, _) => "changed",
        (LimitChange.Tightened, Keyword.Upper) or (LimitChange.Loosened, Keyword.Lower) => "decreased",
        _ => "increased",
    };

    private static ChangeClass ClassOf(Direction direction, LimitChange change) =>
        (direction == Direction.Request
            ? change is LimitChange.Tightened or LimitChange.Set or LimitChange.Changed
            : change is LimitChange.Loosened or LimitChange.Unset or LimitChange.Changed)
            ? ChangeClass.Breaking
            : ChangeClass.NonBreaking;

    private static string Describe(Direction direction, SchemaScope scope, Keyword keyword, LimitChange change)
    {
        var request = direction == Direction.Request;
        var subject = $"A {(request ? "request" : "response")} {Scopes.Id(scope)}'s {keyword.Name}";
        var verb = Suffix(keyword, change) switch
        {
            "added" or "set" => "was set",
            "removed" or "unset" => "was removed",
            var other => other,
        };
        var consequence = (request, ClassOf(direction, change)) switch
        {
            (true, ChangeClass.Breaking) => "requests that were valid may be rejected (breaks at run time; the C# signature is unchanged)",
            (true, _) => "the server accepts more values",
            (false, ChangeClass.Breaking) => "responses may hold values clients never had to handle (breaks at run time; the C# signature is unchanged)",
            _ => "responses stay within what clients already handle",
        };
        return $"{subject} {verb}: {consequence}.";
    }
}
