namespace SpecGen.Diff.Surface;

/// <summary>
/// Which breaking wire changes break only at run time: callers' code still compiles against the new SDK, but
/// requests are rejected or responses hold what callers did not expect. A breaking wire change is a compile break
/// too when a breaking surface finding comes from the same spec element: the same operation (a client method), the
/// same component schema (a class) or, for a model member, a property of the same wire name at the change's
/// location. Validation limits never change a C# signature, so they always break at run time.
/// </summary>
public static class RunTimeBreaks
{
    public static IReadOnlyList<Change> Of(IReadOnlyList<Change> changes, IReadOnlyList<SurfaceFinding> findings)
    {
        var breaking = findings.Where(f => f.Class == ChangeClass.Breaking && f.Spec is not null).Select(f => f.Spec!).ToList();
        var schemas = breaking.Where(s => s.StartsWith(Component, StringComparison.Ordinal)).SelectMany(Schemas).ToHashSet(StringComparer.Ordinal);
        var operations = breaking.Where(s => !s.StartsWith(Component, StringComparison.Ordinal) && !IsInlineModel(s)).ToHashSet(StringComparer.Ordinal);
        var properties = breaking.Select(PropertyOf).OfType<string>().ToHashSet(StringComparer.Ordinal);

        return [.. changes.Where(c => c.Class == ChangeClass.Breaking && !ExplainedBySurface(c, operations, schemas, properties))];
    }

    private const string Component = "components.schemas.";

    private static bool ExplainedBySurface(Change change, HashSet<string> operations, HashSet<string> schemas, HashSet<string> properties)
    {
        if (LimitRules.All.Contains(change.Rule))
        {
            return false;
        }

        if (change.Method is not null && change.Path is not null && operations.Contains($"{change.Method} {change.Path}"))
        {
            return true;
        }

        if (change.Location.StartsWith(Component, StringComparison.Ordinal))
        {
            var schema = change.Location[Component.Length..].Split('.', ' ')[0];
            return schemas.Contains(schema);
        }

        var where = change.Location[(change.Location.LastIndexOf(' ') + 1)..];
        return where.Split(['.', '[', ']', '{', '}', '*'], StringSplitOptions.RemoveEmptyEntries).Any(properties.Contains);
    }

    /// <summary>An inline request or response model or one of its properties: <c>POST /x request body</c>, <c>GET /y response.p</c>.</summary>
    private static bool IsInlineModel(string spec) =>
        spec.Contains(" request body", StringComparison.Ordinal) || spec.Contains(" response", StringComparison.Ordinal);

    /// <summary>The property wire name a spec element ends with (<c>components.schemas.A.p</c>, <c>POST /x request body.p</c>), or null.</summary>
    private static string? PropertyOf(string spec)
    {
        var start = spec.StartsWith(Component, StringComparison.Ordinal) ? Component.Length
            : spec.IndexOf(" request body.", StringComparison.Ordinal) is >= 0 and var body ? body + " request body".Length
            : spec.IndexOf(" response.", StringComparison.Ordinal) is >= 0 and var response ? response + " response".Length
            : -1;
        var dot = start < 0 ? -1 : spec.IndexOf('.', start);
        return dot < 0 || spec.Contains(" → ", StringComparison.Ordinal) ? null : spec[(spec.LastIndexOf('.') + 1)..];
    }

    /// <summary><c>components.schemas.A → components.schemas.B</c> names A and B; <c>components.schemas.A.p</c> names A.</summary>
    private static IEnumerable<string> Schemas(string spec) =>
        spec.Split(" → ").Select(part => part[Component.Length..].Split('.')[0]);
}
