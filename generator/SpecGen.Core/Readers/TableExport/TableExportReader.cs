using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.TableExport;

// TEMPORARY: being written.
internal sealed class TableExportReader : IDialectReader
{
    public string Name => "table-export";

    public int Detect(MdDocument document) => 0;

    public DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics) => new();
}
