namespace SpecGen.Diff;

/// <summary>The report order of changes: class, path, method (OpenAPI order), location, rule, old, new, message; all ordinal.</summary>
public sealed class ChangeOrder : IComparer<Change>
{
    public static ChangeOrder Instance { get; } = new();

    public int Compare(Change? x, Change? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = x.Class.CompareTo(y.Class);
        if (result == 0) result = string.CompareOrdinal(x.Path, y.Path);
        if (result == 0) result = Operations.MethodRank(x.Method).CompareTo(Operations.MethodRank(y.Method));
        if (result == 0) result = string.CompareOrdinal(x.Location, y.Location);
        if (result == 0) result = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (result == 0) result = string.CompareOrdinal(x.Old, y.Old);
        if (result == 0) result = string.CompareOrdinal(x.New, y.New);
        if (result == 0) result = string.CompareOrdinal(x.Message, y.Message);
        return result;
    }
}
