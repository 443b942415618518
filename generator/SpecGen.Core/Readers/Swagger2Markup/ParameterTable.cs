using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Fields;
using SpecGen.Core.Schema;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// <c>#### Parameters</c>: <c>|Type|Name|Description|Schema|Default|</c> with the location in bold
/// (<c>**Query**</c>; 0.x <c>QueryParameter</c>) and the required flag in the name cell
/// (<c>**petId**  &lt;br&gt;*required*</c>; 0.x a Required column). A Body row is the request body;
/// FormData rows are the properties of a form body.
/// </summary>
internal static class ParameterTable
{
    public static void Read(PipeTable table, OperationDraft operation, Context context)
    {
        if (FieldColumns.Map(table, Labels.ParameterColumns) is not { Name: >= 0, In: >= 0 } columns)
        {
            context.Diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "parameter table without Type and Name columns; skipped");
            return;
        }

        foreach (var (row, cell) in FieldTableReader.Read(table, columns, 0, context.Diagnostics, flat: true))
        {
            var where = Location(cell);
            switch (where)
            {
                case "body":
                    Body(operation, row, context);
                    break;
                case "formdata":
                    FormField(operation, row);
                    break;
                case "path" or "query" or "header" or "cookie":
                    operation.Parameters.Add(Parameter(row, where));
                    break;
                default:
                    context.Diagnostics.Warn(row.Line, DiagnosticCodes.UnknownLocation, $"parameter '{row.Name}' is in '{cell}'; read as a query parameter");
                    operation.Parameters.Add(Parameter(row, "query"));
                    break;
            }
        }
    }

    private static ParameterDraft Parameter(FieldRow row, string where) =>
        new(row.Name, where, row.TypeText, row.Required == true, Markup.TrimBreaks(row.Description), row.Line) { Default = FieldText.Literal(row.Default) };

    /// <summary><c>query</c>, 0.x <c>queryparameter</c>, <c>formparameter</c> → <c>formdata</c>.</summary>
    private static string Location(string? cell)
    {
        var text = (cell ?? string.Empty).Trim();
        if (text.EndsWith("parameter", StringComparison.Ordinal) && text.Length > "parameter".Length)
        {
            text = text[..^"parameter".Length];
        }

        return text is "form" ? "formdata" : text;
    }

    private static void Body(OperationDraft operation, FieldRow row, Context context)
    {
        if (operation.Body is not null)
        {
            context.Diagnostics.Warn(row.Line, DiagnosticCodes.DuplicateProperty, "a second body parameter; kept the first");
            return;
        }

        operation.Body = new BodyDraft(row.Line) { Required = row.Required == true };
        if (row.TypeText.Length == 0)
        {
            return;
        }

        operation.Body.Schema = context.Schema(row.TypeText, row.Line);
        if (TypeParser.Parse(operation.Body.Schema.RootType) is not (RefType or ArrayType { Items: RefType }))
        {
            operation.Body.Schema.Description = Markup.TrimBreaks(row.Description);
        }
    }

    private static void FormField(OperationDraft operation, FieldRow row)
    {
        var body = operation.Body ??= new BodyDraft(row.Line) { MediaType = "application/x-www-form-urlencoded", Schema = new SchemaDraft { RootType = "object", Line = row.Line } };
        if (body.Schema is not { } schema || body.MediaType == "application/json")
        {
            return;
        }

        if (TypeParser.Parse(row.TypeText) is ScalarType { Format: "binary" })
        {
            body.MediaType = "multipart/form-data";
        }

        schema.Rows.Add(row with { Depth = 0, Default = FieldText.Literal(row.Default) });
        body.Required |= row.Required == true;
    }
}
