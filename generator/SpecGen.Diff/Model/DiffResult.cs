namespace SpecGen.Diff;

/// <summary>The outcome of a diff: the changes in report order, their counts and the suggested version bump.</summary>
public sealed class DiffResult
{
    public DiffResult(string oldName, string newName, IEnumerable<Change> changes)
    {
        OldName = oldName;
        NewName = newName;
        Changes = changes.Distinct().Order(ChangeOrder.Instance).ToArray();
        SuggestedBump = SemVerAdvisor.Suggest(Changes);
    }

    public string OldName { get; }

    public string NewName { get; }

    /// <summary>Ordered by class (breaking first), then path, method, location, rule and values: stable for the same input.</summary>
    public IReadOnlyList<Change> Changes { get; }

    public SemVerBump SuggestedBump { get; }

    public bool HasBreakingChanges => Changes.Any(c => c.Class == ChangeClass.Breaking);

    public int Count(ChangeClass changeClass) => Changes.Count(c => c.Class == changeClass);

    public IEnumerable<Change> Of(ChangeClass changeClass) => Changes.Where(c => c.Class == changeClass);
}
