namespace SpecGen.Diff;

/// <summary>Rule family: operations added, removed, renamed, deprecated, re-documented; dispatches the rest per operation.</summary>
internal static class OperationComparer
{
    public static void Compare(DiffContext context)
    {
        var oldOperations = Operations.Collect(context.Old);
        var newOperations = Operations.Collect(context.New);

        foreach (var (key, removed) in oldOperations)
        {
            if (!newOperations.ContainsKey(key))
            {
                context.Report(Rules.EndpointRemoved, Direction.None, key, key.ToString(), $"operation {key} was removed",
                    oldValue: Json.String(removed.Operation, "summary"));
            }
        }

        foreach (var (key, added) in newOperations)
        {
            if (!oldOperations.ContainsKey(key))
            {
                context.Report(Rules.EndpointAdded, Direction.None, key, key.ToString(), $"operation {key} was added",
                    newValue: Json.String(added.Operation, "summary"));
            }
        }

        foreach (var (key, oldOperation) in oldOperations)
        {
            if (newOperations.TryGetValue(key, out var newOperation))
            {
                CompareOperation(context, oldOperation, newOperation);
            }
        }
    }

    private static void CompareOperation(DiffContext context, OperationInfo oldOperation, OperationInfo newOperation)
    {
        var key = oldOperation.Ref;
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
