using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Common;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.Catalog;

/// <summary>
/// 003's field tables: <c>| 参数名 | 必选 | 类型 | 说明 |</c> (or 必填) and <c>| 参数名 | 类型 | 说明 |</c>.
/// Dotted names (<c>videoCdn.fileUrl</c>, <c>data.msgId</c>) nest under the row they name; bold
/// names lose their <c>**</c>. Flattened rows without a marker stay where they are written.
/// </summary>
internal static class FieldTable
{
    /// <summary>003's column words: 参数名 | 必选 (必填) | 类型 | 说明.</summary>
    private static readonly ColumnVocabulary Vocabulary = new()
    {
        Name = ["参数名", "参数名称", "参数", "name"],
        Type = ["类型", "数据类型", "type"],
        Required = ["必选", "必填", "是否必选", "是否必填", "required"],
        Description = ["说明", "描述", "description"],
    };

    public static int RequiredColumn(PipeTable table) => FieldColumns.Map(table, Vocabulary)?.Required ?? -1;

    public static void Read(PipeTable table, SchemaDraft schema, bool requireRequiredColumn, DiagnosticBag diagnostics)
    {
        if (table.Header is null)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.TableWithoutHeader, "table has no header row (|---|); its rows were skipped");
            return;
        }

        var columns = FieldColumns.Map(table, Vocabulary)!;
        var (name, type, required, description) = (columns.Name, columns.Type, columns.Required, columns.Description);
        if (name < 0)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "table has no 参数名 column; its rows were skipped");
            return;
        }

        if (requireRequiredColumn && required < 0)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "request table has no 必选/必填 column; its properties are optional");
        }

        var width = table.Header.Cells.Count;
        var tableStart = schema.Rows.Count;
        var chain = new List<string>();
        foreach (var row in table.Rows)
        {
            if (row.Cells.Count != width)
            {
                diagnostics.Warn(row.Line, row.Cells.Count > width ? DiagnosticCodes.TooManyCells : DiagnosticCodes.TooFewCells,
                    $"row has {row.Cells.Count} cells, the header has {width}; read the cells by position");
            }

            var fullName = Cells.Plain(row.Cell(name));
            var segments = fullName.Split('.', StringSplitOptions.TrimEntries);
            if (fullName.Length == 0 || segments.Any(s => s.Length == 0))
            {
                if (fullName.Length > 0)
                {
                    diagnostics.Warn(row.Line, DiagnosticCodes.MissingColumn, $"'{fullName}' is not a property name; skipped");
                }

                continue;
            }

            var depth = segments.Length - 1;
            var field = new FieldRow
            {
                Depth = schema.BaseDepth + depth,
                Name = segments[^1],
                TypeText = type >= 0 ? row.Cell(type) : string.Empty,
                Required = required >= 0 ? Cells.Required(row.Cell(required), row.Line, diagnostics) : null,
                Description = description >= 0 ? Cells.Description(row.Cell(description)) : null,
                Line = row.Line,
            };
            if (depth == 1 && (chain.Count == 0 || chain[0] != segments[0]) && SubtreeEnd(schema, tableStart, segments[0]) is { } insertAt)
            {
                diagnostics.Warn(row.Line, DiagnosticCodes.DepthJump,
                    $"'{fullName}' does not follow its '{segments[0]}' row; moved under it");
                schema.Rows.Insert(insertAt, field);
                continue;
            }

            EnsureParents(segments, chain, schema, row.Line, diagnostics);
            schema.Rows.Add(field);
            chain.RemoveRange(depth, chain.Count - depth);
            chain.Add(segments[^1]);
        }
    }

    /// <summary>The index just past the rows of the last top-level row named <paramref name="name"/> read from this table, or null.</summary>
    private static int? SubtreeEnd(SchemaDraft schema, int tableStart, string name)
    {
        var parent = schema.Rows.FindLastIndex(schema.Rows.Count - 1, schema.Rows.Count - tableStart, r => r.Depth == schema.BaseDepth && r.Name == name);
        if (parent < 0)
        {
            return null;
        }

        var end = parent + 1;
        while (end < schema.Rows.Count && schema.Rows[end].Depth > schema.BaseDepth)
        {
            end++;
        }

        return end;
    }

    /// <summary>A dotted row whose parent is not the row above it (<c>data.id</c> with no <c>data</c> row) gets an untyped parent row.</summary>
    private static void EnsureParents(string[] segments, List<string> chain, SchemaDraft schema, int line, DiagnosticBag diagnostics)
    {
        for (var level = 0; level < segments.Length - 1; level++)
        {
            if (level < chain.Count && chain[level] == segments[level])
            {
                continue;
            }

            diagnostics.Warn(line, DiagnosticCodes.DepthJump,
                $"'{string.Join('.', segments)}' does not follow a '{segments[level]}' row; added '{segments[level]}' as an object");
            chain.RemoveRange(level, chain.Count - level);
            chain.Add(segments[level]);
            schema.Rows.Add(new FieldRow { Depth = schema.BaseDepth + level, Name = segments[level], TypeText = string.Empty, Line = line });
        }
    }
}
