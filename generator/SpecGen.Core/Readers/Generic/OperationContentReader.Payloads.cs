using SpecGen.Core.Assembly;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.Generic;

/// <summary>Payloads: JSON blocks as examples, field tables as parameters, body fields or response fields, by the role of their label.</summary>
internal sealed partial class OperationContentReader
{
    private void HandleCode(MdBlock block)
    {
        var text = block.Text.Trim();
        // Hand-written docs also fence JSON as plain text; a JSONC example may start with a comment.
        var isJson = (ExampleParser.IsJsonInfo(block.Info) || block.Info?.ToLowerInvariant() is "text" or "txt" or "plain")
            && ExampleParser.StartsLikeJson(text);
        var target = _pendingExample ?? _role;
        _pendingExample = null;
        if (!isJson || target is null)
        {
            return;
        }

        if (target is Role.Response or Role.ResponseExample)
        {
            var response = Response(block.Line);
            if (response.Example is null)
            {
                response.Example = text;
                response.ExampleLine = block.Line;
            }

            return;
        }

        if (target is Role.Request or Role.RequestExample or Role.Body or Role.Form && !IsQueryMethod())
        {
            var body = _operation.Body ??= new BodyDraft(block.Line);
            if (body.Example is null)
            {
                body.Example = text;
                body.ExampleLine = block.Line;
            }
        }
    }

    private void HandleTable(PipeTable table)
    {
        if (_role == Role.Ignore || FieldColumns.Map(table, _vocabulary) is not { IsFieldTable: true } columns)
        {
            return;
        }

        var role = _role;
        if (role is null or Role.Description)
        {
            role = _sawRequestTable ? Role.Response : Role.Request;
            _diagnostics.Warn(table.Line, DiagnosticCodes.MisfiledRequestTable,
                $"field table has no label saying what it holds; read as the {(role == Role.Response ? "response" : "request")} (the {(role == Role.Response ? "second" : "first")} table of the operation)");
        }

        if (role == Role.Response)
        {
            var schema = Response(table.Line).Schema ??= new SchemaDraft { BaseDepth = 0, Line = table.Line };
            foreach (var cells in FieldTableReader.Read(table, columns, 0, _diagnostics))
            {
                schema.Rows.Add(cells.Row);
            }

            return;
        }

        _sawRequestTable = true;
        var bodyRows = new List<FieldRow>();
        foreach (var cells in FieldTableReader.Read(table, columns, 0, _diagnostics))
        {
            var location = SectionLabels.Location(cells.In) ?? (role == Role.Request ? (IsQueryMethod() ? Role.Query : Role.Body) : role.Value);
            if (cells.In is { Length: > 0 } written && SectionLabels.Location(written) is null)
            {
                _diagnostics.Warn(cells.Row.Line, DiagnosticCodes.UnknownLocation, $"'{cells.Row.Name}' is in '{written}'; read as {(location == Role.Query ? "a query parameter" : "a body field")}");
            }

            if (location is Role.Query or Role.Path or Role.Header)
            {
                if (cells.Row.Depth == 0)
                {
                    var kind = location switch { Role.Path => "path", Role.Header => "header", _ => "query" };
                    _operation.Parameters.Add(new ParameterDraft(cells.Row.Name, kind, cells.Row.TypeText, cells.Row.Required == true || kind == "path", cells.Row.Description, cells.Row.Line));
                }

                continue;
            }

            if (location == Role.Form)
            {
                _mediaType ??= "application/x-www-form-urlencoded";
            }

            bodyRows.Add(cells.Row);
        }

        if (bodyRows.Count > 0)
        {
            AddBodyRows(bodyRows, table.Line);
        }
    }

    /// <summary>
    /// Body rows join the body schema. One top-level row with children below it (knife4j's
    /// <c>userDTO | body | UserDTO</c>) is the body itself, not a property of it.
    /// </summary>
    private void AddBodyRows(List<FieldRow> rows, int line)
    {
        var body = _operation.Body ??= new BodyDraft(line);
        var topLevel = rows.Count(r => r.Depth == 0);
        if (body.Schema is null && rows.Count == 1 && rows[0].Name.Equals("body", StringComparison.OrdinalIgnoreCase))
        {
            // One row named body (OpenAPI Generator's docs, Swagger 2.0 body parameters): its type is the body's.
            body.Schema = new SchemaDraft { RootType = rows[0].TypeText, BaseDepth = 1, Line = rows[0].Line, Description = rows[0].Description };
            body.Required = rows[0].Required == true;
            return;
        }

        if (body.Schema is null && topLevel == 1 && rows[0].Depth == 0 && rows.Count > 1)
        {
            body.Schema = new SchemaDraft { RootType = rows[0].TypeText, BaseDepth = 1, Line = rows[0].Line, Description = rows[0].Description };
            body.Required = rows[0].Required == true;
            body.Schema.Rows.AddRange(rows.Skip(1));
            return;
        }

        body.Schema ??= new SchemaDraft { RootType = "object", BaseDepth = 0, Line = line };
        body.Schema.Rows.AddRange(rows.Select(r => body.Schema.BaseDepth == 0 ? r : r with { Depth = r.Depth + body.Schema.BaseDepth }));
        body.Required |= rows.Exists(r => r.Depth == 0 && r.Required == true);
    }
}
