using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers;

/// <summary>Reads one family of markdown dialects into drafts. Syntax only: meaning is the builder's job.</summary>
internal interface IDialectReader
{
    /// <summary>The name used in settings (<c>"dialect"</c>) and messages.</summary>
    string Name { get; }

    /// <summary>
    /// How much one recognised operation counts for (<see cref="DialectDetector.SpecificWeight"/> for a dialect's own
    /// structure, less for the generic reader, which finds method + path anywhere): the best
    /// <c>operations × weight</c> wins.
    /// </summary>
    int Weight { get; }

    /// <summary>The operations this reader would read from the document, and why it thinks so.</summary>
    DialectScore Score(MdDocument document);

    DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics);
}
