namespace SpecGen.Diff;

/// <summary>The two documents being compared and the changes found so far.</summary>
internal sealed class DiffContext(SpecDocument oldDocument, SpecDocument newDocument, int schemaWalkBudget)
{
    private readonly List<Change> _changes = [];
    private int _schemaWalks;

    public SpecDocument Old { get; } = oldDocument;

    public SpecDocument New { get; } = newDocument;

    public IReadOnlyList<Change> Changes => _changes;

    /// <summary>
    /// Counts one schema comparison. Recursive models are cut by the comparer, but schemas that share
    /// sub-schemas at every level can still unfold exponentially: past the budget the diff stops with a clear
    /// error instead of running for hours.
    /// </summary>
    public void CountSchemaWalk()
    {
        if (++_schemaWalks > schemaWalkBudget)
        {
            throw new DiffInputException(
                $"{Old.Name} → {New.Name}: the schemas unfold into more than {schemaWalkBudget} comparisons (deeply shared or nested models); the documents cannot be diffed");
        }
    }

    private readonly Dictionary<OperationRef, SourceLines> _operationSources = [];

    /// <summary>Component schemas renamed (old name → new name), as found by <see cref="ComponentComparer"/>.</summary>
    public Dictionary<string, string> SchemaRenames { get; } = new(StringComparer.Ordinal);

    /// <summary>Remembers the doc lines of an operation, under the key its changes are reported with.</summary>
    public void SetSource(OperationRef operation, SourceLines lines) => _operationSources[operation] = lines;

    /// <summary>The <c>x-specgen-source</c> line of an operation or schema object, when it has one.</summary>
    public static int? SourceLine(System.Text.Json.JsonElement? element) =>
        element is { ValueKind: System.Text.Json.JsonValueKind.Object } value
        && value.TryGetProperty("x-specgen-source", out var line) && line.ValueKind == System.Text.Json.JsonValueKind.Number
        && line.TryGetInt32(out var number) ? number : null;

    public void Report(Rule rule, Direction direction, OperationRef? operation, string location, string message, string? oldValue = null, string? newValue = null, SourceLines? source = null) =>
        _changes.Add(new Change(rule, direction, operation?.Method, operation?.Path, location, message, oldValue, newValue)
        {
            Source = source ?? (operation is { } key ? _operationSources.GetValueOrDefault(key) : default),
        });
}
