using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers;

/// <summary>
/// Scores a document with every reader and picks the best: <c>operations × weight</c>, ties going to
/// the reader registered first. A dialect's own structure weighs <see cref="SpecificWeight"/>; the generic
/// reader, which finds method + path anywhere, weighs <see cref="GenericWeight"/>, so it wins only where it
/// sees clearly more operations than any specific reader.
/// </summary>
internal static class DialectDetector
{
    /// <summary>The weight of an operation found by a dialect's own markers.</summary>
    public const int SpecificWeight = 10;

    /// <summary>The weight of an operation found by method + path alone.</summary>
    public const int GenericWeight = 7;

    public static IReadOnlyList<IDialectReader> Readers { get; } = new IDialectReader[]
    {
        new Widdershins.WiddershinsReader(),
        new TableExport.TableExportReader(),
        new Catalog.CatalogReader(),
        new SwaggerMarkdown.SwaggerMarkdownReader(),
        new Swagger2Markup.Swagger2MarkupReader(),
        new OpenApiToMd.OpenApiToMdReader(),
        new Generic.SectionReader(Generic.SectionProfile.SmartDoc),
        new Generic.SectionReader(Generic.SectionProfile.Knife4j),
        new Generic.SectionReader(Generic.SectionProfile.Yapi),
        new Generic.SectionReader(Generic.SectionProfile.ShowDoc),
        new Generic.SectionReader(Generic.SectionProfile.Generic),
    };

    public static IDialectReader? ByName(string name) =>
        Readers.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every reader's score, best first (stable: registration order on a tie).</summary>
    public static IReadOnlyList<DialectCandidate> Rank(MdDocument document)
    {
        var candidates = new List<DialectCandidate>(Readers.Count);
        foreach (var reader in Readers)
        {
            var score = reader.Score(document);
            candidates.Add(new DialectCandidate(reader.Name, score.Operations, score.Operations * reader.Weight, score.Evidence));
        }

        return candidates.OrderByDescending(c => c.Points).ToList();
    }

    /// <summary>The best reader of <paramref name="ranking"/>, or null when none saw an operation.</summary>
    public static IDialectReader? Best(IReadOnlyList<DialectCandidate> ranking) =>
        ranking.Count > 0 && ranking[0].Points > 0 ? ByName(ranking[0].Dialect) : null;
}
