using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Generic;

/// <summary>
/// Reads any doc that shows method + path and field tables, under a <see cref="SectionProfile"/>:
/// the generic reader for docs of no known dialect, and the dialects whose generators write one
/// labelled section per operation (smart-doc, knife4j, YApi, ShowDoc).
/// </summary>
internal sealed class SectionReader(SectionProfile profile) : IDialectReader
{
    /// <summary>The profile's markers as one multi-string search: one pass per block, not one per marker.</summary>
    private readonly System.Buffers.SearchValues<string>? _markers = profile.Markers is null ? null : System.Buffers.SearchValues.Create(profile.Markers, StringComparison.Ordinal);

    public string Name => profile.Name;

    public int Weight => profile.Markers is null ? DialectDetector.GenericWeight : DialectDetector.SpecificWeight;

    public DialectScore Score(MdDocument document)
    {
        if (profile.Markers is null)
        {
            var count = OperationLocator.Locate(document, null).Where(o => !o.Listed).Select(o => (o.Method, o.Path)).Distinct().Count();
            return new DialectScore(count, $"{count} distinct operations documented by method + path");
        }

        var hits = MarkerHits(document);
        if (hits == 0)
        {
            return DialectScore.None($"no {profile.Description}");
        }

        var operations = OperationLocator.Locate(document, null).Count;
        return hits * 2 >= operations
            ? new DialectScore(operations, $"{operations} operations with {hits} of {profile.Description}")
            : DialectScore.None($"only {hits} of {profile.Description} for {operations} operations");
    }

    public DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics)
    {
        var draft = new DocumentDraft();
        var title = document.Blocks.FirstOrDefault(b => b.IsHeading(1));
        if (title is not null)
        {
            draft.Title = EvidenceFinder.Clean(title.Text);
        }

        var origins = new Dictionary<string, int>(StringComparer.Ordinal);
        var tags = new HashSet<string>(StringComparer.Ordinal); // the draft's tag names, for a linear dedupe
        foreach (var located in OperationLocator.Locate(document, diagnostics))
        {
            var operation = OperationContentReader.Read(document, located, profile.Vocabulary, diagnostics);
            foreach (var tag in operation.Tags.Where(tags.Add))
            {
                draft.Tags.Add(new TagDraft(tag, null));
            }

            if (located.Origin is { } origin && origin.All(char.IsAscii))
            {
                origins[origin] = origins.GetValueOrDefault(origin) + 1;
            }

            draft.Operations.Add(operation);
        }

        if (origins.Count > 0)
        {
            draft.Servers.Add(new ServerDraft(origins.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).First().Key, null));
        }

        draft.SourceSections = draft.Operations.Count;
        return draft;
    }

    private int MarkerHits(MdDocument document)
    {
        var hits = 0;
        foreach (var block in document.Blocks)
        {
            if (block.Kind is MdBlockKind.Code or MdBlockKind.FrontMatter)
            {
                continue;
            }

            if (block.RawSpan.IndexOfAny(_markers!) >= 0)
            {
                hits++;
            }
        }

        return hits;
    }
}
