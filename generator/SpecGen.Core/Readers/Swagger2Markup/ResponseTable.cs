using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// <c>#### Responses</c>: <c>|HTTP Code|Description|Schema|</c> (<c>|HTTP代码|说明|架构|</c>); a
/// schema of <c>No Content</c> (无内容) is none; <c>**Headers** :</c> lists in the description are
/// reported and dropped (the drafts hold no response headers).
/// </summary>
internal static class ResponseTable
{
    private static readonly string[] HeaderLabels = ["**Headers** :", "**头** :"];

    public static void Read(PipeTable table, OperationDraft operation, Context context)
    {
        if (FieldColumns.Map(table, Labels.ResponseColumns) is not { Name: >= 0 } columns)
        {
            context.Diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "response table without an HTTP Code column; skipped");
            return;
        }

        foreach (var (row, _) in FieldTableReader.Read(table, columns, 0, context.Diagnostics, flat: true))
        {
            if (operation.Responses.Exists(r => r.Status == row.Name))
            {
                context.Diagnostics.Warn(row.Line, DiagnosticCodes.DuplicateProperty, $"response {row.Name} is listed twice; kept the first");
                continue;
            }

            var response = new ResponseDraft(row.Name, row.Line) { Description = WithoutHeaders(row, context) };
            if (row.TypeText.Length > 0 && !Labels.Is(row.TypeText, Labels.NoContent))
            {
                response.Schema = context.Schema(row.TypeText, row.Line);
            }

            operation.Responses.Add(response);
        }
    }

    private static string? WithoutHeaders(FieldRow row, Context context)
    {
        var text = Markup.TrimBreaks(row.Description);
        foreach (var label in HeaderLabels)
        {
            var at = text?.IndexOf(label, StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                context.Tally.Add(row.Line, DiagnosticCodes.UnknownLocation, "response headers listed in a description are not kept");
                text = Markup.TrimBreaks(text![..at]);
            }
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }
}
