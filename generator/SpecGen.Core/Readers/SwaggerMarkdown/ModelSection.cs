using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Common;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.SwaggerMarkdown;

/// <summary>
/// <c>### Models</c>: per model an H4 name, an optional description, a flat
/// <c>| Name | Type | Description | Required |</c> table and an optional <c>**Example**</c> +
/// <c>&lt;pre&gt;</c>. A model that is not an object has one row named after the model with an
/// empty Required cell: that row's type is the model's type.
/// </summary>
internal static partial class ModelSection
{
    public static void Read(MdDocument document, int from, int end, DocumentDraft draft, DiagnosticBag diagnostics)
    {
        var blocks = document.Blocks;
        for (var i = from; i < end; i++)
        {
            var block = blocks[i];
            if (!block.IsHeading(4))
            {
                if (block.Kind == MdBlockKind.Heading)
                {
                    diagnostics.Warn(block.Line, DiagnosticCodes.MissingColumn, $"'{block.Text.Trim()}' in the models section is not a model heading; skipped");
                }

                continue;
            }

            var modelEnd = SwaggerMarkdownReader.NextHeading(document, i + 1, 4);
            draft.Models.Add(ReadModel(document, i, modelEnd, diagnostics));
            i = modelEnd - 1;
        }
    }

    private static ModelDraft ReadModel(MdDocument document, int headingIndex, int end, DiagnosticBag diagnostics)
    {
        var heading = document.Blocks[headingIndex];
        var title = heading.Text.Trim();
        // Newer swagger-markdown heads each model "#### Pet Schema" (OpenAPI 3) or "#### petList Model" (Swagger 2.0): the model is the name.
        var name = title;
        foreach (var suffix in new[] { " Schema", " Model" })
        {
            if (title.EndsWith(suffix, StringComparison.Ordinal) && title.Length > suffix.Length)
            {
                name = title[..^suffix.Length].TrimEnd();
            }
        }

        var schema = new SchemaDraft { BaseDepth = 0, Line = heading.Line };
        var model = new ModelDraft(name, heading.Line, schema);
        foreach (var anchor in Anchors(name).Concat(Anchors(title)))
        {
            if (!model.Anchors.Contains(anchor))
            {
                model.Anchors.Add(anchor);
            }
        }

        var descriptionEnd = headingIndex;
        var sawTable = false;
        var expectExample = false;
        for (var i = headingIndex + 1; i < end; i++)
        {
            var block = document.Blocks[i];
            var tables = PipeTableParser.Extract(block);
            if (tables.Count > 0)
            {
                sawTable = true;
                foreach (var table in tables)
                {
                    ReadTable(table, model, diagnostics);
                }

                continue;
            }

            if (!sawTable)
            {
                descriptionEnd = i;
                continue;
            }

            if (block.Kind == MdBlockKind.Paragraph && block.Raw.Trim() == "**Example**")
            {
                expectExample = true;
                continue;
            }

            if (expectExample && Pre().Match(block.Raw) is { Success: true } pre)
            {
                model.Example = System.Net.WebUtility.HtmlDecode(pre.Groups["text"].Value).Trim();
                expectExample = false;
            }
        }

        if (descriptionEnd > headingIndex)
        {
            schema.Description ??= Text.Unescape(document.Slice(headingIndex + 1, descriptionEnd));
        }

        if (!sawTable)
        {
            diagnostics.Warn(heading.Line, DiagnosticCodes.MissingColumn, $"model '{name}' has no field table; it is an empty object");
            schema.RootType = "object";
        }

        return model;
    }

    private static void ReadTable(PipeTable table, ModelDraft model, DiagnosticBag diagnostics)
    {
        var columns = FieldColumns.Map(table, Columns.Properties);
        var (name, type, description, required) = columns is null ? (-1, -1, -1, -1) : (columns.Name, columns.Type, columns.Description, columns.Required);
        if (table.Header is null || name < 0 || type < 0)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "model table has no Name or Type column; skipped");
            return;
        }

        var schema = model.Schema;
        foreach (var row in table.Rows)
        {
            var fieldName = FieldName.Parse(row.Cell(name)).Name;
            if (fieldName.Length == 0)
            {
                continue;
            }

            var (typeText, typeValues) = Text.TypeCell(row.Cell(type));
            var (text, values) = Text.FieldDescription(description >= 0 ? row.Cell(description) : string.Empty);
            values = values.Concat(typeValues.Where(v => !values.Contains(v))).ToList();
            var requiredCell = required >= 0 ? row.Cell(required).Trim() : string.Empty;
            if (table.Rows.Count == 1 && fieldName == model.Name && requiredCell.Length == 0)
            {
                // Not an object: the single row states the model's own type (an inline object or array of them included).
                var root = OperationSection.Schema(typeText, row.Line);
                schema.RootType = root.RootType ?? (typeText.Length > 0 ? typeText : null);
                schema.Rows.AddRange(root.Rows);
                schema.Description ??= text;
                if (schema.RootType is null)
                {
                    diagnostics.Warn(row.Line, DiagnosticCodes.UnknownType, $"model '{model.Name}' has no type (a composition the markdown does not show); any value is accepted");
                }

                continue;
            }

            var inline = OperationSection.Schema(typeText, row.Line);
            schema.Rows.Add(new FieldRow
            {
                Depth = 0,
                Name = fieldName,
                TypeText = inline.RootType ?? typeText,
                Required = requiredCell.Length > 0 ? Cells.Required(requiredCell, row.Line, diagnostics) : null,
                Description = text,
                Line = row.Line,
            });
            schema.Rows.AddRange(inline.Rows.Select(r => r with { Depth = r.Depth + 1 }));
            schema.Enums.AddRange(values.Select(v => new EnumRow(fieldName, v, row.Line)));
        }
    }

    /// <summary>
    /// How swagger-markdown links to a model: its name lower-cased with spaces as hyphens and dots
    /// removed, written as-is or percent-encoded (a <c>$ref</c> to a non-ASCII name).
    /// </summary>
    private static IEnumerable<string> Anchors(string name)
    {
        var anchor = Whitespace().Replace(name, "-").Trim('-').Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        yield return name.ToLowerInvariant();
        yield return anchor;
        yield return Uri.EscapeDataString(name).ToLowerInvariant();
        yield return Uri.EscapeDataString(anchor).ToLowerInvariant();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<pre>(?<text>.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Pre();
}
