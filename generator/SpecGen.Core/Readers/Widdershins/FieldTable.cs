using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Common;

namespace SpecGen.Core.Readers.Widdershins;

/// <summary>A widdershins field table (parameters, response structure, model properties), columns mapped by header name.</summary>
internal sealed class FieldTable
{
    private readonly PipeTable _table;
    private readonly int _name;
    private readonly int _in;
    private readonly int _type;
    private readonly int _required;
    private readonly int _title;
    private readonly int _description;

    private FieldTable(PipeTable table)
    {
        _table = table;
        _name = table.Column("名称", "Name", "参数名");
        _in = table.Column("位置", "In");
        _type = table.Column("类型", "Type");
        _required = table.Column("必选", "Required");
        _title = table.Column("中文名");
        _description = table.Column("说明", "Description");
    }

    public bool HasLocation => _in >= 0;

    /// <summary>The table as a field table, or null (with a diagnostic) when it lacks a name or type column.</summary>
    public static FieldTable? From(PipeTable table, DiagnosticBag diagnostics)
    {
        if (table.Header is null)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.TableWithoutHeader, "table has no header row (|---|); its rows were skipped");
            return null;
        }

        var result = new FieldTable(table);
        if (result._name < 0 || result._type < 0)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "table has no name or type column; its rows were skipped");
            return null;
        }

        return result;
    }

    public IEnumerable<(FieldRow Row, string? In)> Rows(CompositionKind marker, DiagnosticBag diagnostics)
    {
        var width = _table.Header!.Cells.Count;
        foreach (var row in _table.Rows)
        {
            if (row.Cells.Count != width)
            {
                diagnostics.Warn(row.Line, row.Cells.Count > width ? DiagnosticCodes.TooManyCells : DiagnosticCodes.TooFewCells,
                    $"row has {row.Cells.Count} cells, the header has {width}; read the cells by position");
            }

            var (depth, name) = Cells.Depth(row.Cell(_name), '»');
            if (name.Length == 0)
            {
                continue;
            }

            var isBranch = Cells.IsAnonymous(name);
            var isMap = name == "**additionalProperties**";
            var field = new FieldRow
            {
                Depth = depth,
                Name = isBranch ? string.Empty : Cells.Plain(name),
                TypeText = row.Cell(_type),
                Required = _required >= 0 ? Cells.Required(row.Cell(_required), row.Line, diagnostics) : null,
                Title = _title >= 0 ? Cells.Description(row.Cell(_title)) : null,
                Description = _description >= 0 ? Cells.Description(row.Cell(_description)) : null,
                Line = row.Line,
                IsBranch = isBranch,
                IsAdditionalProperties = isMap,
                BranchKind = isBranch ? marker : CompositionKind.None,
            };
            yield return (field, _in >= 0 ? row.Cell(_in).Trim().ToLowerInvariant() : null);
        }
    }

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
