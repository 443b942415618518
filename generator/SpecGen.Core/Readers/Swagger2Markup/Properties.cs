using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>A properties table (<c>|Name|Description|Schema|</c>, <c>|名称|说明|类型|</c>) read by the shared field-table reader.</summary>
internal static class Properties
{
    public static IEnumerable<FieldRow> Read(PipeTable table, DiagnosticBag diagnostics)
    {
        if (FieldColumns.Map(table, Labels.PropertyColumns) is not { IsFieldTable: true } columns)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "table without Name and Schema columns where properties were expected; skipped");
            return [];
        }

        return FieldTableReader.Read(table, columns, 0, diagnostics).Select(cells => FieldText.Clean(cells.Row, diagnostics)).ToList();
    }
}
