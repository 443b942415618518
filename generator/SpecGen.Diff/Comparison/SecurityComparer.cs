using System.Text.Json;

namespace SpecGen.Diff;

/// <summary>
/// Rule family: security. Per operation, the effective requirements (the operation's own <c>security</c>, else the
/// document's) are a list of alternatives; an empty alternative (<c>{}</c>) or no alternative at all means the
/// operation can be called anonymously. At document level, the definitions of schemes present in both versions.
/// </summary>
internal static class SecurityComparer
{
    private static readonly string[] SchemeFields = ["type", "in", "name", "scheme", "bearerFormat", "openIdConnectUrl"];

    public static void CompareOperation(DiffContext context, OperationInfo oldOperation, OperationInfo newOperation)
    {
        var key = newOperation.Ref;
        var location = $"{key} security";
        var before = Alternatives(context.Old.Root, oldOperation.Operation);
        var after = Alternatives(context.New.Root, newOperation.Operation);
        var (wasPublic, isPublic) = (IsPublic(before), IsPublic(after));

        if (wasPublic && !isPublic)
        {
            var required = Describe(after);
            context.Report(Rules.SecurityAdded, Direction.Request, key, location,
                $"authentication is now required ({required})", "none", required);
            return;
        }

        if (!wasPublic && isPublic)
        {
            var dropped = Describe(before);
            context.Report(Rules.SecurityRemoved, Direction.Request, key, location,
                $"authentication is no longer required (was {dropped})", dropped, "none");
            return;
        }

        foreach (var alternative in after.Except(before).Where(a => a.Length > 0))
        {
            context.Report(Rules.SecurityAlternativeAdded, Direction.Request, key, location,
                $"security requirement '{alternative}' is now accepted", newValue: alternative);
        }

        foreach (var alternative in before.Except(after).Where(a => a.Length > 0))
        {
            context.Report(Rules.SecurityAlternativeRemoved, Direction.Request, key, location,
                $"security requirement '{alternative}' is no longer accepted", alternative);
        }
    }

    public static void CompareSchemes(DiffContext context)
    {
        var oldSchemes = Json.Members(Json.Object(context.Old.Root, "components") ?? Json.EmptyObject, "securitySchemes");
        var newSchemes = Json.Members(Json.Object(context.New.Root, "components") ?? Json.EmptyObject, "securitySchemes");
        foreach (var (name, oldRaw) in oldSchemes)
        {
            if (!newSchemes.TryGetValue(name, out var newRaw))
            {
                continue;
            }

            var before = context.Old.Resolve(oldRaw).Element;
            var after = context.New.Resolve(newRaw).Element;
            foreach (var field in SchemeFields)
            {
                var (oldValue, newValue) = (Json.String(before, field), Json.String(after, field));
                if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
                {
                    context.Report(Rules.SecuritySchemeChanged, Direction.Request, null, $"components.securitySchemes.{name}.{field}",
                        $"security scheme '{name}' {field} changed from '{oldValue ?? "(none)"}' to '{newValue ?? "(none)"}'", oldValue, newValue);
                }
            }
        }
    }

    /// <summary>Each alternative as its sorted scheme names joined by " + " (the empty string for <c>{}</c>), sorted.</summary>
    private static SortedSet<string> Alternatives(JsonElement root, JsonElement operation)
    {
        var list = Json.Array(operation, "security") ?? Json.Array(root, "security");
        var result = new SortedSet<string>(StringComparer.Ordinal);
        if (list is null)
        {
            return result;
        }

        foreach (var requirement in list.Value.EnumerateArray())
        {
            if (requirement.ValueKind == JsonValueKind.Object)
            {
                result.Add(string.Join(" + ", requirement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
            }
        }

        return result;
    }

    private static bool IsPublic(SortedSet<string> alternatives) => alternatives.Count == 0 || alternatives.Contains(string.Empty);

    private static string Describe(SortedSet<string> alternatives) =>
        string.Join(" or ", alternatives.Where(a => a.Length > 0));
}
