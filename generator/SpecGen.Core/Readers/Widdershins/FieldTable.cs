using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Common;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.Widdershins;

/// <summary>
/// A widdershins field table (parameters, response structure, model properties): its column words,
/// read by the shared <see cref="FieldTableReader"/> (<c>»</c> depth markers, <c>*anonymous*</c>
/// branches, <c>**additionalProperties**</c> rows; no dotted-name nesting).
/// </summary>
internal sealed class FieldTable
{
    /// <summary>名称 | 位置 | 类型 | 必选 | 中文名 | 说明, and the English template's Name | In | Type | Required | Description.</summary>
    private static readonly ColumnVocabulary Vocabulary = new()
    {
        Name = ["名称", "Name", "参数名"],
        In = ["位置", "In", "Location"],
        Type = ["类型", "Type"],
        Required = ["必选", "Required"],
        Title = ["中文名"],
        Description = ["说明", "Description"],
    };

    private readonly PipeTable _table;
    private readonly FieldColumns _columns;

    private FieldTable(PipeTable table, FieldColumns columns)
    {
        _table = table;
        _columns = columns;
    }

    public bool HasLocation => _columns.In >= 0;

    /// <summary>The table as a field table, or null (with a diagnostic) when it lacks a name or type column.</summary>
    public static FieldTable? From(PipeTable table, DiagnosticBag diagnostics)
    {
        if (table.Header is null)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.TableWithoutHeader, "table has no header row (|---|); its rows were skipped");
            return null;
        }

        var columns = FieldColumns.Map(table, Vocabulary)!;
        if (columns.Name < 0 || columns.Type < 0)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "table has no name or type column; its rows were skipped");
            return null;
        }

        return new FieldTable(table, columns);
    }

    public IEnumerable<(FieldRow Row, string? In)> Rows(CompositionKind marker, DiagnosticBag diagnostics) =>
        FieldTableReader.Read(_table, _columns, 0, diagnostics, dotted: false, marker: marker).Select(cells => (cells.Row, cells.In));

    /// <summary>An enum table (<c>|属性|值|</c>, <c>|Parameter|Value|</c>): name without depth markers, value.</summary>
    public static IEnumerable<EnumRow> EnumRows(PipeTable table, DiagnosticBag diagnostics)
    {
        if (table.Header is null)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.TableWithoutHeader, "enum table has no header row; its rows were skipped");
            yield break;
        }

        foreach (var row in table.Rows)
        {
            var (depth, name) = Cells.Depth(row.Cell(0), '»');
            if (name.Length > 0)
            {
                yield return new EnumRow(Cells.Plain(name), row.Cell(1), row.Line, depth > 0 ? depth : null);
            }
        }
    }
}
