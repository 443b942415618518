using System.Text.Json;

namespace SpecGen.Diff;

/// <summary>Rule family: an operation's parameters (path-level ones included), matched by location and name.</summary>
internal static class ParameterComparer
{
    internal sealed record Parameter(string In, string Name, bool Required, string? Description, JsonElement Schema)
    {
        public string Key => $"{In}:{(In == "header" ? Name.ToLowerInvariant() : Name)}";
    }

    public static void Compare(DiffContext context, OperationInfo oldOperation, OperationInfo newOperation)
    {
        var key = newOperation.Ref;
        var oldParameters = Collect(context.Old, oldOperation);
        var newParameters = Collect(context.New, newOperation);

        var removed = oldParameters.Values.Where(p => !newParameters.ContainsKey(p.Key)).ToList();
        var added = newParameters.Values.Where(p => !oldParameters.ContainsKey(p.Key)).ToList();
        ParameterPositions.Compare(context, oldOperation, newOperation, removed, added,
            (before, after) => CompareParameter(context, key, before, after));

        foreach (var before in removed.ToList())
        {
            var after = added.FirstOrDefault(p => string.Equals(p.Name, before.Name, StringComparison.OrdinalIgnoreCase));
            if (after is null)
            {
                continue;
            }

            removed.Remove(before);
            added.Remove(after);
            context.Report(Rules.RequestParameterLocationChanged, Direction.Request, key, $"{key} parameter {before.Name}",
                $"parameter '{before.Name}' moved from {before.In} to {after.In}", before.In, after.In);
        }

        foreach (var parameter in removed)
        {
            context.Report(Rules.RequestParameterRemoved, Direction.Request, key, Location(key, parameter),
                $"{parameter.In} parameter '{parameter.Name}' was removed");
        }

        foreach (var parameter in added)
        {
            var rule = parameter.Required ? Rules.NewRequiredRequestParameter : Rules.NewOptionalRequestParameter;
            context.Report(rule, Direction.Request, key, Location(key, parameter),
                $"{(parameter.Required ? "required" : "optional")} {parameter.In} parameter '{parameter.Name}' was added");
        }

        foreach (var (parameterKey, before) in oldParameters)
        {
            if (newParameters.TryGetValue(parameterKey, out var after))
            {
                CompareParameter(context, key, before, after);
            }
        }
    }

    private static void CompareParameter(DiffContext context, OperationRef key, Parameter before, Parameter after)
    {
        var location = Location(key, after);
        if (!before.Required && after.Required)
        {
            context.Report(Rules.RequestParameterBecameRequired, Direction.Request, key, location,
                $"{after.In} parameter '{after.Name}' became required", "optional", "required");
        }
        else if (before.Required && !after.Required)
        {
            context.Report(Rules.RequestParameterBecameOptional, Direction.Request, key, location,
                $"{after.In} parameter '{after.Name}' became optional", "required", "optional");
        }

        TextChanges.Compare(context, Rules.RequestParameterDescriptionChanged, Direction.Request, key, location,
            "parameter description", before.Description, after.Description);

        SchemaComparer.Compare(context, Direction.Request, SchemaScope.Parameter, key, location, $"{after.In} parameter '{after.Name}'", before.Schema, after.Schema);
    }

    private static string Location(OperationRef key, Parameter parameter) => $"{key} {parameter.In} parameter {parameter.Name}";

    /// <summary>
    /// The path, query and header parameters as the generated method takes them: in declaration order (path-level
    /// first, an operation-level one replacing a path-level one in place), required ones before optional ones.
    /// </summary>
    internal static List<Parameter> ArgumentOrder(SpecDocument document, OperationInfo operation)
    {
        var declared = new List<Parameter>();
        foreach (var source in new[] { operation.PathItem, operation.Operation })
        {
            if (Json.Array(source, "parameters") is not { } parameters)
            {
                continue;
            }

            foreach (var raw in parameters.EnumerateArray())
            {
                var element = document.Resolve(raw).Element;
                var location = Json.String(element, "in");
                if (Json.String(element, "name") is not { } name || location is not ("path" or "query" or "header"))
                {
                    continue;
                }

                var parameter = new Parameter(location, name, location == "path" || Json.Bool(element, "required"), null, Json.EmptyObject);
                var index = declared.FindIndex(p => p.Key == parameter.Key);
                if (index >= 0)
                {
                    declared[index] = parameter;
                }
                else
                {
                    declared.Add(parameter);
                }
            }
        }

        return [.. declared.Where(p => p.Required), .. declared.Where(p => !p.Required)];
    }

    /// <summary>Path-level parameters first, overridden by operation-level ones with the same location and name.</summary>
    private static SortedDictionary<string, Parameter> Collect(SpecDocument document, OperationInfo operation)
    {
        var result = new SortedDictionary<string, Parameter>(StringComparer.Ordinal);
        foreach (var source in new[] { operation.PathItem, operation.Operation })
        {
            if (Json.Array(source, "parameters") is not { } parameters)
            {
                continue;
            }

            foreach (var raw in parameters.EnumerateArray())
            {
                var element = document.Resolve(raw).Element;
                if (Json.String(element, "name") is not { } name || Json.String(element, "in") is not { } location)
                {
                    continue;
                }

                var parameter = new Parameter(
                    location,
                    name,
                    location == "path" || Json.Bool(element, "required"),
                    Json.String(element, "description"),
                    SchemaOf(element));
                result[parameter.Key] = parameter;
            }
        }

        return result;
    }

    /// <summary>A parameter's <c>schema</c>, or the schema of its single <c>content</c> entry.</summary>
    private static JsonElement SchemaOf(JsonElement parameter)
    {
        if (Json.Object(parameter, "schema") is { } schema)
        {
            return schema;
        }

        foreach (var (_, media) in Json.Members(parameter, "content"))
        {
            return Json.Object(media, "schema") ?? Json.EmptyObject;
        }

        return Json.EmptyObject;
    }
}
