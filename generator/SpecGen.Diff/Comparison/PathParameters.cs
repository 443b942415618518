namespace SpecGen.Diff;

/// <summary>
/// Rule family: path parameters matched by their position in the path template. A different name at the same
/// position (<c>/users/{id}</c> → <c>/users/{userId}</c>) is a rename, not a parameter removed and one added;
/// the same parameters in another order (in the template, or in the declaration that orders the generated
/// method's arguments) is a reorder.
/// </summary>
internal static class PathParameters
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

        ReportReorder(context, key, Renamed(oldTemplate, renames), newTemplate, "in the path template",
            "the URL takes their values in the other order");
        ReportReorder(context, key, Renamed(ParameterComparer.DeclaredPathOrder(context.Old, oldOperation), renames),
            ParameterComparer.DeclaredPathOrder(context.New, newOperation), "in their declaration",
            "the generated method's arguments swap places: positional callers still compile and pass each value to the other parameter");
    }

    private static List<string> Renamed(List<string> names, Dictionary<string, string> renames) =>
        names.Select(n => renames.GetValueOrDefault(n, n)).ToList();

    /// <summary>Reports when the same names (at least two) come in another order.</summary>
    private static void ReportReorder(DiffContext context, OperationRef key, List<string> before, List<string> after, string where, string consequence)
    {
        if (before.Count < 2 || before.SequenceEqual(after, StringComparer.Ordinal)
            || !before.Order(StringComparer.Ordinal).SequenceEqual(after.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return;
        }

        var (oldOrder, newOrder) = (string.Join(", ", before), string.Join(", ", after));
        context.Report(Rules.RequestPathParametersReordered, Direction.Request, key, $"{key} path parameters",
            $"path parameters changed order {where}, from ({oldOrder}) to ({newOrder}): {consequence}", oldOrder, newOrder);
    }
}
