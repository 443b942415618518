namespace SpecGen.Diff;

/// <summary>The two documents being compared and the changes found so far.</summary>
internal sealed class DiffContext(SpecDocument oldDocument, SpecDocument newDocument)
{
    private readonly List<Change> _changes = [];

    public SpecDocument Old { get; } = oldDocument;

    public SpecDocument New { get; } = newDocument;

    public IReadOnlyList<Change> Changes => _changes;

    public void Report(Rule rule, Direction direction, OperationRef? operation, string location, string message, string? oldValue = null, string? newValue = null) =>
        _changes.Add(new Change(rule, direction, operation?.Method, operation?.Path, location, message, oldValue, newValue));
}
