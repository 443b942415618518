using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// <c>#### Body parameter</c> (Body参数, the flat-body layout): a description, <c>*Name* : body</c>,
/// <c>*Flags* : required</c>, <c>*Type* : &lt; [Pet](#pet) &gt; array</c> (no Type for an object) and,
/// for an object, its properties table.
/// </summary>
internal static class BodyParameter
{
    private static readonly string[] RequiredWords = ["required", "必填"];

    public static void Read(MdBlock block, OperationDraft operation, Context context)
    {
        var body = operation.Body ??= new BodyDraft(block.Line) { Schema = new SchemaDraft { RootType = "object", Line = block.Line } };
        var schema = body.Schema ??= new SchemaDraft { RootType = "object", Line = block.Line };
        var labelled = Markup.LabelledLines(block).Where(l => Labels.Is(l.Label, Labels.Name) || Labels.Is(l.Label, Labels.Flags) || Labels.Is(l.Label, Labels.Type)).ToList();
        foreach (var (line, label, value) in labelled)
        {
            if (Labels.Is(label, Labels.Flags))
            {
                body.Required = Labels.Is(value, RequiredWords);
            }
            else if (Labels.Is(label, Labels.Type))
            {
                var typed = context.Schema(value, line);
                schema.RootType = typed.RootType;
                schema.Rows.AddRange(typed.Rows);
            }
        }

        var tables = PipeTableParser.Extract(block);
        foreach (var table in tables)
        {
            schema.Rows.AddRange(context.Inline.ExpandRows(Properties.Read(table, context.Diagnostics), 0, context.Draft));
        }

        if (labelled.Count == 0 && tables.Count == 0 && block.Kind == MdBlockKind.Paragraph && Markup.Anchor(block) is null)
        {
            schema.Description = block.Raw.Trim();
        }
        else if (labelled.Count == 0 && tables.Count == 0)
        {
            context.Diagnostics.Warn(block.Line, DiagnosticCodes.MissingColumn, "unexpected block in a body parameter part; skipped");
        }
    }
}
