namespace SpecGen.Diff;

/// <summary>Rule family: operations added, removed, renamed, deprecated, re-documented; dispatches the rest per operation.</summary>
internal static class OperationComparer
{
    public static void Compare(DiffContext context)
    {
        var oldOperations = Operations.Collect(context.Old);
        var newOperations = Operations.Collect(context.New);
        var renamed = MatchRenamedPaths(oldOperations, newOperations);

        foreach (var (key, removed) in oldOperations)
        {
            if (!newOperations.ContainsKey(key) && !renamed.ContainsKey(key))
            {
                context.SetSource(key, new SourceLines(DiffContext.SourceLine(removed.Operation), null));
                context.Report(Rules.EndpointRemoved, Direction.None, key, key.ToString(), $"operation {key} was removed",
                    oldValue: Json.String(removed.Operation, "summary"));
            }
        }

        var renamedTo = renamed.Values.Select(o => o.Ref).ToHashSet();
        foreach (var (key, added) in newOperations)
        {
            if (!oldOperations.ContainsKey(key) && !renamedTo.Contains(key))
            {
                context.SetSource(key, new SourceLines(null, DiffContext.SourceLine(added.Operation)));
                context.Report(Rules.EndpointAdded, Direction.None, key, key.ToString(), $"operation {key} was added",
                    newValue: Json.String(added.Operation, "summary"));
            }
        }

        foreach (var (key, oldOperation) in oldOperations)
        {
            if (newOperations.TryGetValue(key, out var newOperation) || renamed.TryGetValue(key, out newOperation))
            {
                CompareOperation(context, oldOperation, newOperation);
            }
        }
    }

    /// <summary>
    /// An operation that exists only in the old document and one that exists only in the new one, with the same
    /// method and the same path once parameter names are left out (<c>/users/{id}</c> and <c>/users/{userId}</c>), are
    /// one operation whose path parameters were renamed or reordered, when the match is unique both ways.
    /// </summary>
    private static Dictionary<OperationRef, OperationInfo> MatchRenamedPaths(Dictionary<OperationRef, OperationInfo> oldOperations, Dictionary<OperationRef, OperationInfo> newOperations)
    {
        static ILookup<(string, string), OperationInfo> Unmatched(Dictionary<OperationRef, OperationInfo> operations, Dictionary<OperationRef, OperationInfo> other) =>
            operations.Values.Where(o => !other.ContainsKey(o.Ref) && o.Ref.Path.Contains('{', StringComparison.Ordinal))
                .ToLookup(o => (o.Ref.Method, PathTemplates.Shape(o.Ref.Path)));

        var removed = Unmatched(oldOperations, newOperations);
        var added = Unmatched(newOperations, oldOperations);
        var result = new Dictionary<OperationRef, OperationInfo>();
        foreach (var group in removed)
        {
            var candidates = added[group.Key].ToList();
            if (group.Count() == 1 && candidates.Count == 1)
            {
                result[group.Single().Ref] = candidates[0];
            }
        }

        return result;
    }

    private static void CompareOperation(DiffContext context, OperationInfo oldOperation, OperationInfo newOperation)
    {
        // A renamed path is reported under its new name: that is the operation callers will look up.
        var key = newOperation.Ref;
        context.SetSource(key, new SourceLines(DiffContext.SourceLine(oldOperation.Operation), DiffContext.SourceLine(newOperation.Operation)));
        var location = key.ToString();
        var (oldOp, newOp) = (oldOperation.Operation, newOperation.Operation);

        var oldId = Json.String(oldOp, "operationId");
        var newId = Json.String(newOp, "operationId");
        if (!string.Equals(oldId, newId, StringComparison.Ordinal))
        {
            context.Report(Rules.OperationIdChanged, Direction.None, key, location,
                $"operationId changed from '{oldId ?? "(none)"}' to '{newId ?? "(none)"}'", oldId, newId);
        }

        var (wasDeprecated, isDeprecated) = (Json.Bool(oldOp, "deprecated"), Json.Bool(newOp, "deprecated"));
        if (!wasDeprecated && isDeprecated)
        {
            context.Report(Rules.EndpointDeprecated, Direction.None, key, location, $"operation {key} is now deprecated");
        }
        else if (wasDeprecated && !isDeprecated)
        {
            context.Report(Rules.EndpointReactivated, Direction.None, key, location, $"operation {key} is no longer deprecated");
        }

        TextChanges.Compare(context, Rules.OperationSummaryChanged, Direction.None, key, location, "summary",
            Json.String(oldOp, "summary"), Json.String(newOp, "summary"));
        TextChanges.Compare(context, Rules.OperationDescriptionChanged, Direction.None, key, location, "description",
            Json.String(oldOp, "description"), Json.String(newOp, "description"));

        ParameterComparer.Compare(context, oldOperation, newOperation);
        RequestBodyComparer.Compare(context, oldOperation, newOperation);
        ResponseComparer.Compare(context, oldOperation, newOperation);
        SecurityComparer.CompareOperation(context, oldOperation, newOperation);
    }
}
