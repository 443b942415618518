using System.Collections;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers;

/// <summary>The readers' ranking of a document, scored on first use (a conversion whose settings name the dialect never needs it).</summary>
internal sealed class LazyRanking(MdDocument document) : IReadOnlyList<DialectCandidate>
{
    private IReadOnlyList<DialectCandidate>? _ranking;

    private IReadOnlyList<DialectCandidate> Ranking => _ranking ??= DialectDetector.Rank(document);

    public DialectCandidate this[int index] => Ranking[index];

    public int Count => Ranking.Count;

    public IEnumerator<DialectCandidate> GetEnumerator() => Ranking.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
