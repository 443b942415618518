using System.Text.Json;

namespace SpecGen.Diff;

/// <summary>Rule family: validation limits (<see cref="LimitRules"/>), compared at every schema node in its direction and scope.</summary>
internal sealed partial class SchemaComparer
{
    private void CompareLimits(SchemaFacts before, SchemaFacts after, string path)
    {
        foreach (var keyword in LimitRules.Keywords)
        {
            var hadLimit = before.Limits.TryGetValue(keyword.Name, out var oldValue);
            var hasLimit = after.Limits.TryGetValue(keyword.Name, out var newValue);
            if (LimitChangeOf(keyword, hadLimit ? oldValue : null, hasLimit ? newValue : null) is not { } change)
            {
                continue;
            }

            var (oldText, newText) = (hadLimit ? Json.Display(oldValue) : null, hasLimit ? Json.Display(newValue) : null);
            var message = change switch
            {
                LimitChange.Set => $"{keyword.Name} {newText} was set on {Subject(path)}",
                LimitChange.Unset => $"{keyword.Name} {oldText} was removed from {Subject(path)}",
                _ => $"{keyword.Name} of {Subject(path)} changed from {oldText} to {newText}",
            };
            Report(LimitRules.For(_direction, ScopeOf(path), keyword, change), path, message, oldText, newText);
        }
    }

    /// <summary>Null when the limit did not change (numbers compare by value: 10 and 10.0 are the same limit).</summary>
    private static LimitChange? LimitChangeOf(LimitRules.Keyword keyword, JsonElement? before, JsonElement? after)
    {
        switch (before, after)
        {
            case (null, null):
                return null;
            case (null, _):
                return LimitChange.Set;
            case (_, null):
                return LimitChange.Unset;
        }

        if (Number(before.Value) is { } oldNumber && Number(after.Value) is { } newNumber)
        {
            var order = newNumber.CompareTo(oldNumber);
            if (order == 0)
            {
                return null;
            }

            return keyword.Bound switch
            {
                LimitRules.Keyword.Exact => LimitChange.Changed,
                _ => order * keyword.Bound < 0 ? LimitChange.Tightened : LimitChange.Loosened,
            };
        }

        return string.Equals(Json.Compact(before.Value), Json.Compact(after.Value), StringComparison.Ordinal) ? null : LimitChange.Changed;
    }

    private static decimal? Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number : null;
}
