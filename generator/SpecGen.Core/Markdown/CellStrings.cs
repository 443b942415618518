namespace SpecGen.Core.Markdown;

/// <summary>
/// The table cell texts of one document, so that equal cells share one string. Field tables
/// repeat the same few words in every row (<c>string</c>, <c>integer</c>, <c>是</c>, <c>否</c>,
/// <c>body</c>, <c>none</c>, <c>-</c>, …): the five seed docs have about 67,000 cells but only
/// about 3,000 distinct ones. Sharing them saves the copies and keeps fewer strings alive in the
/// drafts that hold them. Not thread-safe: a document's tables are split on one thread.
/// </summary>
internal sealed class CellStrings
{
    /// <summary>Longer cells are mostly one-off descriptions: copied, not looked up.</summary>
    private const int MaxSharedLength = 64;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CellStrings() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string for <paramref name="text"/>: the one seen before when there is one.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxSharedLength)
        {
            return text.ToString();
        }

        if (!_lookup.TryGetValue(text, out var shared))
        {
            shared = text.ToString();
            _strings.Add(shared, shared);
        }

        return shared;
    }
}
