using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Catalog;

// TEMPORARY: being written.
internal sealed class CatalogReader : IDialectReader
{
    public string Name => "catalog";

    public int Detect(MdDocument document) => 0;

    public DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics) => new();
}
