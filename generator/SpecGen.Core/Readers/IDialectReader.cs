using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers;

/// <summary>Reads one family of markdown dialects into drafts. Syntax only: meaning is the builder's job.</summary>
internal interface IDialectReader
{
    /// <summary>The name used in settings (<c>"dialect"</c>) and messages.</summary>
    string Name { get; }

    /// <summary>How many operation sections of this dialect the document seems to have (0 = not this dialect).</summary>
    int Detect(MdDocument document);

    DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics);
}
