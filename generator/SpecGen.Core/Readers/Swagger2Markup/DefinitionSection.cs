using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// <c>## Definitions</c> (定义): per model <c>&lt;a name="pet"&gt;&lt;/a&gt;</c>, <c>### Pet</c>, a
/// description, <c>*Type* : object</c> for a model without properties, and a properties table
/// whose inline objects follow it.
/// </summary>
internal static class DefinitionSection
{
    private static readonly string[] Unsupported = ["Polymorphism", "Discriminator", "多态性", "鉴别"];

    public static void Read(int from, int end, Context context)
    {
        var blocks = context.Document.Blocks;
        for (var i = from; i < end; i++)
        {
            if (blocks[i].Kind != MdBlockKind.Heading || context.Inline.Owns(i))
            {
                continue;
            }

            if (blocks[i].Level != 3)
            {
                context.Diagnostics.Warn(blocks[i].Line, DiagnosticCodes.MissingColumn, $"'{blocks[i].Text.Trim()}' in the definitions is not a model heading; skipped");
                continue;
            }

            var modelEnd = Swagger2MarkupReader.NextHeading(context.Document, i + 1, 3);
            context.Draft.Models.Add(ReadModel(i, Math.Min(modelEnd, end), context));
            i = modelEnd - 1;
        }
    }

    private static ModelDraft ReadModel(int headingIndex, int end, Context context)
    {
        var heading = context.Document.Blocks[headingIndex];
        var name = Markup.HeadingText(heading);
        var schema = new SchemaDraft { Line = heading.Line };
        var model = new ModelDraft(name, heading.Line, schema);
        if (Markup.AnchorBefore(context.Document, headingIndex) is { } anchor)
        {
            model.Anchors.Add(anchor);
        }

        model.Anchors.Add(name.ToLowerInvariant());
        var description = new List<string>();
        var sawTable = false;
        for (var i = headingIndex + 1; i < end; i++)
        {
            var block = context.Document.Blocks[i];
            if (context.Inline.Owns(i) || Markup.Anchor(block) is { After.Length: 0 })
            {
                continue;
            }

            var tables = PipeTableParser.Extract(block);
            foreach (var table in tables)
            {
                sawTable = true;
                schema.Rows.AddRange(context.Inline.ExpandRows(Properties.Read(table, context.Diagnostics), 0, context.Draft));
            }

            var labelled = Markup.LabelledLines(block).Where(l => Labels.Is(l.Label, Labels.Type) || Labels.Is(l.Label, Unsupported)).ToList();
            foreach (var (line, label, value) in labelled)
            {
                if (Labels.Is(label, Labels.Type))
                {
                    var typed = context.Schema(value, line);
                    schema.RootType = typed.RootType;
                    schema.Rows.AddRange(typed.Rows);
                }
                else if (Labels.Is(label, Unsupported))
                {
                    context.Diagnostics.Warn(line, DiagnosticCodes.MissingColumn, $"model '{name}': {label} '{value}' is not kept");
                }
            }

            if (tables.Count == 0 && labelled.Count == 0 && block.Kind is MdBlockKind.Paragraph or MdBlockKind.List)
            {
                description.Add(block.Raw.Trim());
            }
        }

        schema.Description = description.Count > 0 ? string.Join("\n\n", description) : null;
        if (!sawTable && schema.RootType is null)
        {
            context.Diagnostics.Warn(heading.Line, DiagnosticCodes.MissingColumn, $"model '{name}' has no properties table; it is an empty object");
        }

        schema.RootType ??= "object";
        return model;
    }
}
