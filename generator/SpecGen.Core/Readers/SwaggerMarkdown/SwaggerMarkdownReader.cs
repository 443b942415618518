using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.SwaggerMarkdown;

// TEMPORARY: being written.
internal sealed class SwaggerMarkdownReader : IDialectReader
{
    public string Name => "swagger-markdown";

    public int Detect(MdDocument document) => 0;

    public DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics) => new();
}
