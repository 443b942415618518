using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Common;
using SpecGen.Core.Readers.Fields;
using SpecGen.Core.Schema;

namespace SpecGen.Core.Readers.SwaggerMarkdown;

/// <summary>One <c>#### METHOD</c> section: H5 Summary, Description, Parameters, Responses, Security.</summary>
internal static partial class OperationSection
{
    private enum Part
    {
        None,
        Summary,
        Description,
        Parameters,
        RequestBody,
        Responses,
        Security,
        Unknown,
    }

    public static OperationDraft Read(MdDocument document, int headingIndex, string method, string path, int end, DiagnosticBag diagnostics)
    {
        var operation = new OperationDraft(method, path, document.Blocks[headingIndex].Line);
        var part = Part.None;
        var textStart = -1;
        for (var i = headingIndex + 1; i <= end; i++)
        {
            var block = i < end ? document.Blocks[i] : null;
            if (block is { Kind: MdBlockKind.Heading } && part is Part.None or Part.Summary or Part.Description && PartOf(block.Text) == Part.Unknown)
            {
                continue; // a heading written inside the summary or description
            }

            if (block is null || block.Kind == MdBlockKind.Heading)
            {
                if (part == Part.None && document.Blocks[headingIndex].Level == 3)
                {
                    ReadPreamble(document, headingIndex + 1, i, operation);
                }

                if (part is Part.Summary or Part.Description && textStart >= 0)
                {
                    var text = Text.Unescape(document.Slice(textStart, i - 1));
                    if (part == Part.Summary)
                    {
                        operation.Summary = text;
                    }
                    else
                    {
                        operation.Description = text;
                    }
                }

                if (block is null)
                {
                    break;
                }

                part = PartOf(block.Text);
                textStart = i + 1;
                if (part == Part.Unknown)
                {
                    diagnostics.Warn(block.Line, DiagnosticCodes.MissingColumn, $"unknown section '{block.Text.Trim()}' in an operation; skipped");
                }

                continue;
            }

            foreach (var table in PipeTableParser.Extract(block))
            {
                switch (part)
                {
                    case Part.Parameters:
                        ReadParameters(table, operation, diagnostics);
                        break;
                    case Part.RequestBody:
                        ReadRequestBody(table, operation, diagnostics);
                        break;
                    case Part.Responses:
                        ReadResponses(table, operation, diagnostics);
                        break;
                    case Part.Security:
                        ReadSecurity(table, operation);
                        break;
                }
            }
        }

        return operation;
    }

    /// <summary>
    /// The OpenAPI 3 layout puts the summary (bold) and the description (when it differs) between
    /// the <c>### [METHOD] /path</c> heading and the first sub-heading.
    /// </summary>
    private static void ReadPreamble(MdDocument document, int from, int end, OperationDraft operation)
    {
        var first = from;
        while (first < end && IsDeprecatedMark(document.Blocks[first]))
        {
            first++;
        }

        if (first < end && document.Blocks[first] is { Kind: MdBlockKind.Paragraph } summary
            && summary.Raw.Trim() is var text && !text.Contains('\n') && text.Length > 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal))
        {
            operation.Summary = Text.Unescape(text[2..^2]);
            first++;
        }

        var last = end - 1;
        while (last >= first && document.Blocks[last].Kind == MdBlockKind.Paragraph && document.Blocks[last].Raw.TrimStart().StartsWith("**Documentation:**", StringComparison.Ordinal))
        {
            last--;
        }

        if (last >= first)
        {
            operation.Description = Text.Unescape(document.Slice(first, last));
        }
    }

    private static bool IsDeprecatedMark(MdBlock block) => block.Kind == MdBlockKind.Paragraph && block.Raw.Trim().Trim('*', '_').Trim() == "DEPRECATED";

    private static Part PartOf(string heading) => heading.Trim().ToLowerInvariant() switch
    {
        "summary" => Part.Summary,
        "description" => Part.Description,
        "parameters" => Part.Parameters,
        "request body" => Part.RequestBody,
        "responses" => Part.Responses,
        "security" => Part.Security,
        _ => Part.Unknown,
    };

    /// <summary>
    /// <c>| Name | Located in | Description | Required | Schema |</c>. A <c>body</c> row is the request
    /// body (its Schema cell the body schema, its name dropped); <c>formData</c> rows are the
    /// properties of a form body; other rows are parameters.
    /// </summary>
    private static void ReadParameters(PipeTable table, OperationDraft operation, DiagnosticBag diagnostics)
    {
        var columns = FieldColumns.Map(table, Columns.Parameters);
        var (name, location, description, required, schema) = columns is null ? (-1, -1, -1, -1, -1) : (columns.Name, columns.In, columns.Description, columns.Required, columns.Type);
        if (table.Header is null || name < 0 || location < 0)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "parameter table has no Name or Located in column; skipped");
            return;
        }

        foreach (var row in table.Rows)
        {
            var parameterName = FieldName.Parse(row.Cell(name)).Name;
            var where = row.Cell(location).Trim().ToLowerInvariant();
            var isRequired = required >= 0 && Cells.Required(row.Cell(required), row.Line, diagnostics) == true;
            var text = description >= 0 ? Cells.Description(row.Cell(description)) : null;
            var (type, values) = Text.TypeCell(schema >= 0 ? row.Cell(schema) : string.Empty);
            switch (where)
            {
                case "body":
                    ReadBody(operation, row.Line, type, isRequired, text, diagnostics);
                    break;
                case "formdata":
                    ReadFormField(operation, row.Line, parameterName, type, isRequired, text);
                    break;
                case "path" or "query" or "header" or "cookie":
                    operation.Parameters.Add(new ParameterDraft(parameterName, where, type, isRequired, text, row.Line) { Enum = values.ToList() });
                    break;
                default:
                    diagnostics.Warn(row.Line, DiagnosticCodes.UnknownLocation, $"parameter '{parameterName}' is in '{where}'; read as a query parameter");
                    operation.Parameters.Add(new ParameterDraft(parameterName, "query", type, isRequired, text, row.Line));
                    break;
            }
        }
    }

    private static void ReadBody(OperationDraft operation, int line, string type, bool required, string? description, DiagnosticBag diagnostics)
    {
        if (operation.Body is not null)
        {
            diagnostics.Warn(line, DiagnosticCodes.DuplicateProperty, "a second body parameter; kept the first");
            return;
        }

        var body = new BodyDraft(line) { Required = required };
        operation.Body = body;
        if (type.Length == 0)
        {
            return;
        }

        body.Schema = Schema(type, line);
        if (!IsReference(TypeParser.Parse(body.Schema.RootType)))
        {
            body.Schema.Description = description;
        }
    }

    private static void ReadFormField(OperationDraft operation, int line, string name, string type, bool required, string? description)
    {
        var body = operation.Body ??= new BodyDraft(line) { MediaType = "application/x-www-form-urlencoded", Schema = new SchemaDraft { RootType = "object", Line = line } };
        if (body.Schema is not { } schema || body.MediaType == "application/json")
        {
            return;
        }

        if (TypeParser.Parse(type) is ScalarType { Format: "binary" })
        {
            body.MediaType = "multipart/form-data";
        }

        schema.Rows.Add(new FieldRow { Depth = 0, Name = name, TypeText = type, Required = required, Description = description, Line = line });
        body.Required |= required;
    }

    /// <summary>The OpenAPI 3 layout's <c>| Required | Schema |</c> table; the schema cell lists <c>**media/type**: schema</c> per media type.</summary>
    private static void ReadRequestBody(PipeTable table, OperationDraft operation, DiagnosticBag diagnostics)
    {
        var required = table.Column("Required");
        var schema = table.Column("Schema");
        var row = table.Rows.FirstOrDefault();
        if (table.Header is null || row is null || operation.Body is not null)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "request body table without a row, or a second request body; skipped");
            return;
        }

        var body = new BodyDraft(row.Line) { Required = required >= 0 && Cells.Required(row.Cell(required), row.Line, diagnostics) == true };
        operation.Body = body;
        var (media, type) = MediaSchemas(schema >= 0 ? row.Cell(schema) : string.Empty).FirstOrDefault();
        body.MediaType = media ?? body.MediaType;
        if (!string.IsNullOrEmpty(type))
        {
            body.Schema = Schema(type, row.Line);
        }
    }

    /// <summary><c>| Code | Description | Schema |</c> (Schema only when some response has one).</summary>
    private static void ReadResponses(PipeTable table, OperationDraft operation, DiagnosticBag diagnostics)
    {
        var code = table.Column("Code");
        var description = table.Column("Description");
        var schema = table.Column("Schema");
        if (table.Header is null || code < 0)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "response table has no Code column; skipped");
            return;
        }

        foreach (var row in table.Rows)
        {
            var status = row.Cell(code).Trim();
            if (status.Length == 0)
            {
                continue;
            }

            if (operation.Responses.Exists(r => r.Status == status))
            {
                diagnostics.Warn(row.Line, DiagnosticCodes.DuplicateProperty, $"response {status} is listed twice; kept the first");
                continue;
            }

            var response = new ResponseDraft(status, row.Line);
            (response.Description, response.Example, var hadHeaders) = Text.ResponseDescription(description >= 0 ? row.Cell(description) : string.Empty);
            if (hadHeaders)
            {
                diagnostics.Warn(row.Line, DiagnosticCodes.UnknownLocation, $"the headers listed for response {status} are not kept (only the description, schema and example are)");
            }

            response.ExampleLine = row.Line;
            var type = schema >= 0 ? MediaSchema(row.Cell(schema)) : string.Empty;
            if (type.Length > 0)
            {
                response.Schema = Schema(type, row.Line);
            }

            operation.Responses.Add(response);
        }
    }

    /// <summary>The per-operation <c>| Security Schema | Scopes |</c> table: the scheme names (scopes are not kept).</summary>
    private static void ReadSecurity(PipeTable table, OperationDraft operation)
    {
        operation.Security ??= new List<string>();
        foreach (var row in table.Rows)
        {
            var name = Cells.Plain(row.Cell(0));
            if (name.Length > 0 && !operation.Security.Contains(name))
            {
                operation.Security.Add(name);
            }
        }
    }

    /// <summary>A schema draft for a Schema cell: a type word, a ref, or an inline object.</summary>
    internal static SchemaDraft Schema(string type, int line)
    {
        var draft = new SchemaDraft { RootType = type, BaseDepth = 0, Line = line };
        if (InlineObject.TryRead(type, line, 0, out var rootType, out var rows))
        {
            draft.RootType = rootType;
            draft.Rows.AddRange(rows);
        }

        return draft;
    }

    /// <summary>An OpenAPI 3 layout cell <c>**application/json**: [Pet](#pet)&lt;br&gt;</c>: the first media type's schema.</summary>
    private static string MediaSchema(string cell)
    {
        var schemas = MediaSchemas(cell);
        return schemas.Count == 0 ? string.Empty : schemas[0].Type;
    }

    /// <summary>The (media type, schema cell) pairs of a cell; a cell without media types is one pair with a null media type.</summary>
    private static IReadOnlyList<(string? Media, string Type)> MediaSchemas(string cell)
    {
        var text = cell.Trim();
        if (!text.StartsWith("**", StringComparison.Ordinal))
        {
            return text.Length == 0 ? Array.Empty<(string?, string)>() : new[] { ((string?)null, Text.TypeCell(text).Type) };
        }

        var result = new List<(string?, string)>();
        foreach (var part in MediaBreak().Split(text).Where(p => p.Length > 0))
        {
            var item = part.StartsWith("**", StringComparison.Ordinal) ? part[2..] : part;
            var colon = item.IndexOf("**:", StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var type = item[(colon + 3)..].Trim();
            if (type.EndsWith("<br>", StringComparison.Ordinal))
            {
                type = type[..^4].Trim();
            }

            result.Add((item[..colon].Trim(), Text.TypeCell(type).Type));
        }

        return result;
    }

    private static bool IsReference(TypeExpr type) => type is RefType || type is ArrayType { Items: RefType };

    /// <summary>The <c>&lt;br&gt;</c> before the next <c>**media/type**:</c> of a cell; a <c>&lt;br&gt;**Available values:**</c> inside a schema is not one.</summary>
    [GeneratedRegex(@"<br>(?=\*\*[\w.+-]+/[\w.+*-]+\*\*:)")]
    private static partial Regex MediaBreak();
}
