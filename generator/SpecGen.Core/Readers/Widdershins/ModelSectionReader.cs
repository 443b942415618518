using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Widdershins;

/// <summary>
/// Reads the models after <c># 数据模型</c>/<c># Schemas</c>: one per <c>&lt;h2 id="tocS_X"&gt;</c>, keyed by
/// the h2 id (display titles collide), with its anchors, example, title line and property tables.
/// </summary>
internal static class ModelSectionReader
{
    private const string TocPrefix = "tocS_";

    public static void Read(MdDocument document, int start, int end, DocumentDraft draft, DiagnosticBag diagnostics)
    {
        ModelDraft? model = null;
        var inProperties = false;
        var inEnums = false;
        var marker = CompositionKind.None;
        var sawMarker = false;
        for (var i = start; i < end; i++)
        {
            var block = document.Blocks[i];
            var heading = Vocabulary.Heading(block);
            if (heading is { Level: 2 } h2)
            {
                var name = h2.Id is { } id && id.StartsWith(TocPrefix, StringComparison.Ordinal) ? id[TocPrefix.Length..] : h2.Text;
                model = new ModelDraft(name, block.Line, new SchemaDraft { BaseDepth = 0, Line = block.Line });
                model.Anchors.AddRange(Vocabulary.AllAnchors(block));
                draft.Models.Add(model);
                (inProperties, inEnums, marker, sawMarker) = (false, false, CompositionKind.None, false);
                continue;
            }

            if (model is null)
            {
                continue;
            }

            if (heading is { } other)
            {
                inProperties = Vocabulary.Is(other.Text, Vocabulary.PropertyHeadings);
                inEnums = Vocabulary.Is(other.Text, Vocabulary.EnumHeadings);
                continue;
            }

            var anchors = Vocabulary.Anchors(block);
            if (anchors.Count > 0)
            {
                model.Anchors.AddRange(anchors);
                continue;
            }

            if (block.Kind == MdBlockKind.Code && !inProperties && !inEnums)
            {
                model.Example ??= Vocabulary.IsJsonFence(block) ? block.Text : null; // the sample is ```yaml with widdershins' yaml option
                continue;
            }

            if (Vocabulary.Marker(block) is { } kind)
            {
                marker = kind;
                sawMarker = true;
                continue;
            }

            var tables = PipeTableParser.Extract(block);
            if (tables.Count == 0)
            {
                ReadText(model, block, inProperties || inEnums);
                continue;
            }

            foreach (var table in tables)
            {
                if (inEnums)
                {
                    model.Schema.Enums.AddRange(FieldTable.EnumRows(table, diagnostics));
                }
                else if (FieldTable.From(table, diagnostics) is { } fields)
                {
                    foreach (var (row, _) in fields.Rows(marker, diagnostics))
                    {
                        AddRow(model.Schema, row, sawMarker);
                    }
                }
            }
        }

        foreach (var each in draft.Models)
        {
            PrimitiveModel(each);
        }
    }

    /// <summary>
    /// widdershins prints a string, number or boolean model as a properties table of one row, named
    /// by the model's title (<c>*nextPageToken*</c>), under a sample that is that scalar (<c>""</c>, <c>99</c>).
    /// Such a model is the scalar itself, not an object holding it.
    /// </summary>
    private static void PrimitiveModel(ModelDraft model)
    {
        var schema = model.Schema;
        if (schema.RootType is not null || schema.Rows.Count != 1 || schema.Rows[0] is not { Depth: 0, IsBranch: false } row || model.Example is not { } sample)
        {
            return;
        }

        var text = sample.Trim();
        var scalar = text.Length > 0 && (text[0] is '"' or '-' || char.IsAsciiDigit(text[0]) || text is "true" or "false");
        if (!scalar)
        {
            return;
        }

        schema.Rows.Clear();
        schema.RootType = row.TypeText;
        schema.Description ??= row.Description;
        schema.Title = null;
    }

    /// <summary>
    /// A first <c>*anonymous*</c> row with no composition marker before it states the model's own
    /// type (an array model, say): the properties then sit one level below it.
    /// </summary>
    private static void AddRow(SchemaDraft schema, FieldRow row, bool sawMarker)
    {
        if (schema.Rows.Count == 0 && row.IsBranch && row.Depth == 0 && !sawMarker)
        {
            schema.BaseDepth = 1;
        }

        schema.Rows.Add(row);
    }

    /// <summary>Apifox's display-title line (a single word before <c>### 属性</c>) or a description paragraph.</summary>
    private static void ReadText(ModelDraft model, MdBlock block, bool afterProperties)
    {
        if (block.Kind != MdBlockKind.Paragraph || afterProperties)
        {
            return;
        }

        var text = block.Raw.Trim();
        if (!text.Contains('\n') && !text.Contains(' ') && model.Schema.Title is null)
        {
            model.Schema.Title = text;
        }
        else
        {
            model.Schema.Description = model.Schema.Description is null ? text : model.Schema.Description + "\n\n" + text;
        }
    }
}
