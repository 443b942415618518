namespace SpecGen.Diff;

/// <summary>
/// Rule family: parameter positions. Path parameters are matched by their position in the path template: a
/// different name at the same position (<c>/users/{id}</c> → <c>/users/{userId}</c>) is a rename, not a parameter
/// removed and one added; the same path parameters in another template order is a reorder. The generated
/// method's arguments (required first, then declaration order) in another order, or moved by an optional
/// parameter added in front, break positional callers.
/// </summary>
internal static class ParameterPositions
{
    /// <summary>
    /// Takes renamed path parameters out of <paramref name="removed"/> and <paramref name="added"/>, reports them and
    /// hands each pair to <paramref name="compare"/>; then reports a change of order.
    /// </summary>
    public static void Compare(
        DiffContext context,
        OperationInfo oldOperation,
        OperationInfo newOperation,
        List<ParameterComparer.Parameter> removed,
        List<ParameterComparer.Parameter> added,
        Action<ParameterComparer.Parameter, ParameterComparer.Parameter> compare)
    {
        var key = newOperation.Ref;
        var oldTemplate = PathTemplates.Names(oldOperation.Ref.Path);
        var newTemplate = PathTemplates.Names(newOperation.Ref.Path);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (oldTemplate.Count == newTemplate.Count)
        {
            for (var i = 0; i < oldTemplate.Count; i++)
            {
                var (oldName, newName) = (oldTemplate[i], newTemplate[i]);
                if (oldName == newName || newTemplate.Contains(oldName) || oldTemplate.Contains(newName))
                {
                    continue;
                }

                var before = removed.FirstOrDefault(p => p.In == "path" && p.Name == oldName);
                var after = added.FirstOrDefault(p => p.In == "path" && p.Name == newName);
                if (before is null || after is null)
                {
                    continue;
                }

                removed.Remove(before);
                added.Remove(after);
                renames[oldName] = newName;
                context.Report(Rules.RequestPathParameterRenamed, Direction.Request, key, $"{key} path parameter {newName}",
                    $"path parameter '{oldName}' was renamed to '{newName}' (position {i + 1} in the path): the generated method's argument is renamed, which breaks callers passing it by name",
                    oldName, newName);
                compare(before, after);
            }
        }

        ReportTemplateOrder(context, key, Renamed(oldTemplate, renames), newTemplate);
        ReportArgumentOrder(context, key, oldOperation, newOperation, renames);
    }

    /// <summary>
    /// The parameters present in both versions, in the order the generated method takes them (required first,
    /// then declaration order): another order moves arguments, and same-typed ones swap silently.
    /// </summary>
    private static void ReportArgumentOrder(DiffContext context, OperationRef key, OperationInfo oldOperation, OperationInfo newOperation, Dictionary<string, string> renames)
    {
        static string Name(ParameterComparer.Parameter p, Dictionary<string, string>? renames) =>
            p.In == "path" && renames is not null ? renames.GetValueOrDefault(p.Name, p.Name) : p.Name;

        var before = ParameterComparer.ArgumentOrder(context.Old, oldOperation).Select(p => (p.In, Name: Name(p, renames))).ToList();
        var after = ParameterComparer.ArgumentOrder(context.New, newOperation).Select(p => (p.In, Name: Name(p, null))).ToList();
        var common = before.Intersect(after).ToHashSet();
        var oldOrder = before.Where(common.Contains).Select(p => p.Name).ToList();
        var newOrder = after.Where(common.Contains).Select(p => p.Name).ToList();
        if (!oldOrder.SequenceEqual(newOrder, StringComparer.Ordinal))
        {
            var (oldText, newText) = (string.Join(", ", oldOrder), string.Join(", ", newOrder));
            context.Report(Rules.RequestParametersReordered, Direction.Request, key, $"{key} parameters",
                $"the generated method takes its arguments in another order, from ({oldText}) to ({newText}): positional callers of same-typed arguments still compile and pass each value to another parameter",
                oldText, newText);
            return;
        }

        // Same relative order, but an optional parameter added in front of existing ones moves them. A removed
        // parameter or a new required one already breaks callers and is reported as such.
        var removedOrRequired = before.Exists(p => !common.Contains(p))
            || ParameterComparer.ArgumentOrder(context.New, newOperation).Exists(p => p.Required && !common.Contains((p.In, p.Name)));
        var moved = common.Where(p => before.IndexOf(p) != after.IndexOf(p)).Select(p => p.Name).ToList();
        if (removedOrRequired || moved.Count == 0)
        {
            return;
        }

        var (was, now) = (string.Join(", ", before.Select(p => p.Name)), string.Join(", ", after.Select(p => p.Name)));
        context.Report(Rules.RequestParametersReordered, Direction.Request, key, $"{key} parameters",
            $"a new optional argument comes before existing ones, from ({was}) to ({now}): {string.Join(", ", moved)} moved, so positional callers pass values to other parameters",
            was, now);
    }

    private static List<string> Renamed(List<string> names, Dictionary<string, string> renames) =>
        names.Select(n => renames.GetValueOrDefault(n, n)).ToList();

    /// <summary>Reports when the same path parameters (at least two) come in another order in the template.</summary>
    private static void ReportTemplateOrder(DiffContext context, OperationRef key, List<string> before, List<string> after)
    {
        if (before.Count < 2 || before.SequenceEqual(after, StringComparer.Ordinal)
            || !before.Order(StringComparer.Ordinal).SequenceEqual(after.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return;
        }

        var (oldOrder, newOrder) = (string.Join(", ", before), string.Join(", ", after));
        context.Report(Rules.RequestPathParametersReordered, Direction.Request, key, $"{key} path parameters",
            $"path parameters changed order in the path template, from ({oldOrder}) to ({newOrder}): the URL takes their values in the other order", oldOrder, newOrder);
    }
}
