using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// One operation: <c>&lt;a name="operationid"&gt;&lt;/a&gt;</c>, a heading with the summary, the
/// fenced <c>POST /pets</c>, then one level down Description, Parameters, Body parameter, Responses,
/// Consumes, Produces, Tags, Security and the example request/response parts.
/// </summary>
internal static class OperationSection
{
    public static OperationDraft Read(int headingIndex, int end, Context context)
    {
        var blocks = context.Document.Blocks;
        var heading = blocks[headingIndex];
        var (method, path) = Markup.OperationAt(context.Document, headingIndex)!.Value;
        var operation = new OperationDraft(method, path, heading.Line)
        {
            Summary = Markup.HeadingText(heading),
            OperationId = Markup.AnchorBefore(context.Document, headingIndex),
        };
        var part = Part.None;
        var textStart = headingIndex + 2;
        var consumes = new List<(int Line, string Type)>();
        var produces = new List<(int Line, string Type)>();
        var examples = new Examples(operation, context);
        for (var i = headingIndex + 2; i <= end; i++)
        {
            var block = i < end ? blocks[i] : null;
            if (block is null || (block.Kind == MdBlockKind.Heading && block.Level <= heading.Level + 1))
            {
                if (part is Part.None or Part.Description && i - 1 >= textStart)
                {
                    operation.Description = Join(operation.Description, Text(context, textStart, i - 1));
                }

                if (block is null)
                {
                    break;
                }

                part = Labels.PartOf(block.Text);
                textStart = i + 1;
                if (part == Part.Unknown)
                {
                    context.Diagnostics.Warn(block.Line, DiagnosticCodes.MissingColumn, $"unknown part '{block.Text.Trim()}' in an operation; skipped");
                }

                continue;
            }

            if (context.Inline.Owns(i))
            {
                continue;
            }

            switch (part)
            {
                case Part.Parameters:
                    foreach (var table in PipeTableParser.Extract(block))
                    {
                        ParameterTable.Read(table, operation, context);
                    }

                    break;
                case Part.BodyParameter:
                    BodyParameter.Read(block, operation, context);
                    break;
                case Part.Responses:
                    foreach (var table in PipeTableParser.Extract(block))
                    {
                        ResponseTable.Read(table, operation, context);
                    }

                    break;
                case Part.Consumes:
                    consumes.AddRange(Markup.ListItems(block));
                    break;
                case Part.Produces:
                    produces.AddRange(Markup.ListItems(block));
                    break;
                case Part.Tags:
                    operation.Tags.AddRange(Markup.ListItems(block).Select(item => item.Text).Where(t => !operation.Tags.Contains(t)));
                    break;
                case Part.Security:
                    foreach (var table in PipeTableParser.Extract(block))
                    {
                        Security(table, operation, context);
                    }

                    break;
                case Part.ExampleRequest or Part.ExampleResponse:
                    examples.Read(block, part);
                    break;
            }
        }

        MediaTypes.Apply(operation, consumes, produces, context);
        return operation;
    }

    /// <summary>The operation's <c>|Type|Name|Scopes|</c> table: the scheme names (<c>**[api_key](#api_key)**</c>).</summary>
    private static void Security(PipeTable table, OperationDraft operation, Context context)
    {
        if (FieldColumns.Map(table, Labels.SecurityColumns) is not { Name: >= 0 } columns)
        {
            context.Diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "security table without a Name column; skipped");
            return;
        }

        operation.Security ??= new List<string>();
        foreach (var (row, _) in FieldTableReader.Read(table, columns, 0, context.Diagnostics, flat: true))
        {
            var name = Markup.LinkText(row.Name);
            if (name.Length > 0 && !operation.Security.Contains(name))
            {
                operation.Security.Add(name);
            }
        }
    }

    /// <summary>The text of blocks <paramref name="first"/>..<paramref name="last"/>, without anchors and inline objects.</summary>
    private static string? Text(Context context, int first, int last)
    {
        var parts = new List<string>();
        for (var i = first; i <= last; i++)
        {
            var block = context.Document.Blocks[i];
            if (!context.Inline.Owns(i) && Markup.Anchor(block) is null && block.Kind is MdBlockKind.Paragraph or MdBlockKind.List or MdBlockKind.Quote)
            {
                parts.Add(block.Raw.Trim());
            }
        }

        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }

    private static string? Join(string? first, string? second) => first is null ? second : second is null ? first : first + "\n\n" + second;
}
