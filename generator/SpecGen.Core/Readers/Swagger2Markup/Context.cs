using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>What the section readers of one document share.</summary>
internal sealed class Context
{
    public Context(MdDocument document, DocumentDraft draft, DiagnosticBag diagnostics)
    {
        Document = document;
        Draft = draft;
        Diagnostics = diagnostics;
        Inline = new InlineObjects(document, diagnostics);
    }

    public MdDocument Document { get; }

    public DocumentDraft Draft { get; }

    public DiagnosticBag Diagnostics { get; }

    public InlineObjects Inline { get; }

    public Tally Tally { get; } = new();

    /// <summary>A schema draft for a type cell, an inline object's rows spliced in.</summary>
    public SchemaDraft Schema(string type, int line)
    {
        var (root, rows) = Inline.Expand(type, 0, Draft);
        var schema = new SchemaDraft { RootType = root, Line = line };
        schema.Rows.AddRange(rows);
        return schema;
    }
}
