using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers;

/// <summary>Picks the reader whose operation markers the document has most of.</summary>
internal static class DialectDetector
{
    public static IReadOnlyList<IDialectReader> Readers { get; } = new IDialectReader[]
    {
        new Widdershins.WiddershinsReader(),
        new TableExport.TableExportReader(),
        new Catalog.CatalogReader(),
        new SwaggerMarkdown.SwaggerMarkdownReader(),
        new OpenApiToMd.OpenApiToMdReader(),
    };

    public static IDialectReader? ByName(string name) =>
        Readers.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    public static IDialectReader? Detect(MdDocument document)
    {
        IDialectReader? best = null;
        var bestScore = 0;
        foreach (var reader in Readers)
        {
            var score = reader.Detect(document);
            if (score > bestScore)
            {
                best = reader;
                bestScore = score;
            }
        }

        return best;
    }
}
