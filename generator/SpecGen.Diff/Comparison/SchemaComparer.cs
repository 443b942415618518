using System.Text.Json;

namespace SpecGen.Diff;

/// <summary>
/// Rule family: schemas, walked recursively in one direction (request or response): type, format, nullable,
/// enum, properties, array items, map values and oneOf/anyOf branches. References are followed; a pair of named
/// schemas already being compared higher up the walk (a recursive model) is not compared again.
/// </summary>
internal sealed partial class SchemaComparer
{
    /// <summary>Deeper nesting (without recursion, which is cut) is not a real model; it stops the diff with an input error.</summary>
    public const int MaxDepth = 100;

    private readonly DiffContext _context;
    private readonly Direction _direction;
    private readonly OperationRef _operation;
    private readonly string _baseLocation;
    private readonly string _rootName;
    private readonly SchemaScope _rootScope;
    private readonly HashSet<(string Old, string New)> _inProgress = [];

    private SchemaComparer(DiffContext context, Direction direction, SchemaScope rootScope, OperationRef operation, string baseLocation, string rootName)
    {
        _rootScope = rootScope;
        _context = context;
        _direction = direction;
        _operation = operation;
        _baseLocation = baseLocation;
        _rootName = rootName;
    }

    private bool IsRequest => _direction == Direction.Request;

    /// <summary>
    /// Compares two schemas found at <paramref name="baseLocation"/>, e.g. <c>POST /user/login request body</c>;
    /// <paramref name="rootName"/> names the schema's root in messages, e.g. <c>the request body</c>;
    /// <paramref name="rootScope"/> says whether the root is a parameter or a body (for rule ids).
    /// </summary>
    public static void Compare(DiffContext context, Direction direction, SchemaScope rootScope, OperationRef operation, string baseLocation, string rootName, JsonElement oldSchema, JsonElement newSchema) =>
        new SchemaComparer(context, direction, rootScope, operation, baseLocation, rootName).Walk(oldSchema, newSchema, string.Empty, 0);

    /// <summary>A parameter's schema is a parameter all the way down; a body's root is the body, the rest properties.</summary>
    private SchemaScope ScopeOf(string path) =>
        _rootScope == SchemaScope.Parameter ? SchemaScope.Parameter : path.Length == 0 ? SchemaScope.Body : SchemaScope.Property;

    private void Walk(JsonElement oldSchema, JsonElement newSchema, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new DiffInputException(
                $"{_context.Old.Name} → {_context.New.Name}: schemas at {_baseLocation} nest more than {MaxDepth} levels deep; the documents cannot be diffed");
        }

        _context.CountSchemaWalk();
        var before = SchemaFacts.Build(_context.Old, oldSchema);
        var after = SchemaFacts.Build(_context.New, newSchema);
        var pair = before.Identity is { } oldId && after.Identity is { } newId ? (oldId, newId) : default;
        if (pair != default && !_inProgress.Add(pair))
        {
            return;
        }

        try
        {
            CompareText(before, after, path);

            // Below a changed type the comparison goes on, so that deeper changes are not hidden; only what
            // follows from the type change itself (properties or items where one side has none at all) is not reported.
            var typeChanged = CompareType(before, after, path);
            CompareNullable(before, after, path);
            CompareEnum(before, after, path);
            CompareLimits(before, after, path);
            CompareProperties(before, after, path, depth, reportMembership: !typeChanged || (before.HasPropertiesKeyword && after.HasPropertiesKeyword));
            CompareItems(before, after, path, depth, typeChanged);
            // A union of one schema (plus null) reads as that schema, whose members are compared above; branches
            // are compared only where a side has a real choice of two or more.
            if (before.IsRealUnion || after.IsRealUnion)
            {
                CompareVariants(before.OneOf, after.OneOf, "oneOf", path, depth);
                CompareVariants(before.AnyOf, after.AnyOf, "anyOf", path, depth);
            }
        }
        finally
        {
            if (pair != default)
            {
                _inProgress.Remove(pair);
            }
        }
    }

    private void Report(Rule rule, string path, string message, string? oldValue = null, string? newValue = null) =>
        _context.Report(rule, _direction, _operation, path.Length == 0 ? _baseLocation : $"{_baseLocation} {path}", message, oldValue, newValue);

    private string Subject(string path) => path.Length == 0 ? _rootName : $"'{path}'";

    private void CompareText(SchemaFacts before, SchemaFacts after, string path)
    {
        var location = path.Length == 0 ? _baseLocation : $"{_baseLocation} {path}";
        TextChanges.Compare(_context, Rules.SchemaDescriptionChanged, _direction, _operation, location, "description", before.Description, after.Description);
        TextChanges.Compare(_context, Rules.SchemaDescriptionChanged, _direction, _operation, location, "title", before.Title, after.Title);
    }

    private void CompareNullable(SchemaFacts before, SchemaFacts after, string path)
    {
        if (before.Nullable == after.Nullable)
        {
            return;
        }

        var rule = (IsRequest, after.Nullable) switch
        {
            (true, true) => Rules.RequestNullableAdded,
            (true, false) => Rules.RequestNullableRemoved,
            (false, true) => Rules.ResponseNullableAdded,
            (false, false) => Rules.ResponseNullableRemoved,
        };
        Report(rule, path, after.Nullable ? $"{Subject(path)} may now be null" : $"{Subject(path)} may no longer be null",
            before.Nullable ? "nullable" : "not nullable", after.Nullable ? "nullable" : "not nullable");
    }

    private void CompareEnum(SchemaFacts before, SchemaFacts after, string path)
    {
        switch (before.Enum, after.Enum)
        {
            case (null, null):
                return;
            case (null, { } values):
                Report(IsRequest ? Rules.RequestEnumAdded : Rules.ResponseEnumAdded, path,
                    $"{Subject(path)} is now restricted to an enum", newValue: List(values));
                return;
            case ({ } values, null):
                Report(IsRequest ? Rules.RequestEnumRemoved : Rules.ResponseEnumRemoved, path,
                    $"{Subject(path)} is no longer restricted to an enum", List(values));
                return;
        }

        var oldValues = before.Enum.ToDictionary(Json.Compact, v => v, StringComparer.Ordinal);
        var newValues = after.Enum.ToDictionary(Json.Compact, v => v, StringComparer.Ordinal);
        foreach (var (key, value) in oldValues)
        {
            if (!newValues.ContainsKey(key))
            {
                Report(EnumValueRules.Removed(_direction, ScopeOf(path)), path,
                    $"enum value {key} was removed from {Subject(path)}", Json.Display(value));
            }
        }

        foreach (var (key, value) in newValues)
        {
            if (!oldValues.ContainsKey(key))
            {
                Report(EnumValueRules.Added(_direction, ScopeOf(path)), path,
                    $"enum value {key} was added to {Subject(path)}", newValue: Json.Display(value));
            }
        }
    }

    private static string List(List<JsonElement> values) => string.Join(", ", values.Select(Json.Display));

    private void CompareProperties(SchemaFacts before, SchemaFacts after, string path, int depth, bool reportMembership)
    {
        var names = new SortedSet<string>(before.Properties.Keys, StringComparer.Ordinal);
        names.UnionWith(after.Properties.Keys);
        foreach (var name in names)
        {
            var propertyPath = $"{path}.{name}";
            var inOld = before.Properties.TryGetValue(name, out var oldProperty);
            var inNew = after.Properties.TryGetValue(name, out var newProperty);
            if (inOld != inNew && !reportMembership)
            {
                continue;
            }

            if (inOld && !inNew)
            {
                if (!Ignored(_context.Old, oldProperty))
                {
                    Report(IsRequest ? Rules.RequestPropertyRemoved : Rules.ResponsePropertyRemoved, propertyPath,
                        $"{(IsRequest ? "request" : "response")} property '{propertyPath}' was removed");
                }

                continue;
            }

            if (!inOld)
            {
                if (!Ignored(_context.New, newProperty))
                {
                    PropertyAdded(propertyPath, after.Required.Contains(name));
                }

                continue;
            }

            if (!Ignored(_context.New, newProperty))
            {
                CompareRequired(propertyPath, before.Required.Contains(name), after.Required.Contains(name));
            }

            Walk(oldProperty, newProperty, propertyPath, depth + 1);
        }

        if (before.AdditionalProperties is { } oldValues && after.AdditionalProperties is { } newValues)
        {
            Walk(oldValues, newValues, $"{path}{{*}}", depth + 1);
        }
    }

    /// <summary>readOnly properties are never sent, writeOnly ones never received: they don't count in that direction.</summary>
    private bool Ignored(SpecDocument document, JsonElement property)
    {
        var facts = SchemaFacts.Build(document, property);
        return IsRequest ? facts.ReadOnly : facts.WriteOnly;
    }

    private void PropertyAdded(string path, bool required)
    {
        if (IsRequest)
        {
            Report(required ? Rules.NewRequiredRequestProperty : Rules.NewOptionalRequestProperty, path,
                $"{(required ? "required" : "optional")} request property '{path}' was added");
        }
        else
        {
            Report(Rules.ResponsePropertyAdded, path, $"response property '{path}' was added");
        }
    }

    private void CompareRequired(string path, bool wasRequired, bool isRequired)
    {
        if (wasRequired == isRequired)
        {
            return;
        }

        var rule = (IsRequest, isRequired) switch
        {
            (true, true) => Rules.RequestPropertyBecameRequired,
            (true, false) => Rules.RequestPropertyBecameOptional,
            (false, true) => Rules.ResponsePropertyBecameRequired,
            (false, false) => Rules.ResponsePropertyBecameOptional,
        };
        Report(rule, path, $"{(IsRequest ? "request" : "response")} property '{path}' became {(isRequired ? "required" : "optional")}",
            wasRequired ? "required" : "optional", isRequired ? "required" : "optional");
    }

    private void CompareItems(SchemaFacts before, SchemaFacts after, string path, int depth, bool typeChanged)
    {
        if ((before.Items is null && after.Items is null) || (typeChanged && (before.Items is null || after.Items is null)))
        {
            return;
        }

        Walk(before.Items ?? Json.EmptyObject, after.Items ?? Json.EmptyObject, $"{path}[]", depth + 1);
    }

    private void CompareVariants(List<JsonElement> before, List<JsonElement> after, string keyword, string path, int depth)
    {
        if (before.Count == 0 && after.Count == 0)
        {
            return;
        }

        var oldBranches = Branches(_context.Old, SchemaFacts.NonNullBranches(before), _context.SchemaRenames);
        var newBranches = Branches(_context.New, SchemaFacts.NonNullBranches(after), null);
        var subject = Subject(path);
        foreach (var (name, branch) in oldBranches)
        {
            if (newBranches.TryGetValue(name, out var newBranch))
            {
                Walk(branch, newBranch, $"{path}({keyword}:{name})", depth + 1);
            }
            else
            {
                Report(IsRequest ? Rules.RequestVariantRemoved : Rules.ResponseVariantRemoved, path,
                    $"{keyword} branch '{name}' was removed from {subject}", name);
            }
        }

        foreach (var (name, _) in newBranches)
        {
            if (!oldBranches.ContainsKey(name))
            {
                Report(IsRequest ? Rules.RequestVariantAdded : Rules.ResponseVariantAdded, path,
                    $"{keyword} branch '{name}' was added to {subject}", newValue: name);
            }
        }
    }

    /// <summary>
    /// Names oneOf/anyOf branches so that the same branch matches across versions: a referenced schema by its
    /// name (an old branch by its new name when the component was renamed), an inline one by its title, else by
    /// its type (numbered when several share one).
    /// </summary>
    private static SortedDictionary<string, JsonElement> Branches(SpecDocument document, List<JsonElement> branches, Dictionary<string, string>? renames)
    {
        var result = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            var resolved = document.Resolve(branch);
            var referenceName = resolved.ReferenceName is { } target && renames is not null ? renames.GetValueOrDefault(target, target) : resolved.ReferenceName;
            var baseName = referenceName ?? Json.String(resolved.Element, "title") ?? SchemaFacts.Build(document, branch).TypeLabel;
            var name = baseName;
            for (var i = 2; result.ContainsKey(name); i++)
            {
                name = $"{baseName}#{i}";
            }

            result[name] = branch;
        }

        return result;
    }
}
