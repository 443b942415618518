using System.Text.RegularExpressions;
using SpecGen.Core.Assembly;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.Generic;

/// <summary>
/// Reads the blocks of one located operation: labels (headings, bold lines, <c>请求参数：</c>) set the
/// role of the field tables and JSON blocks after them; key-value lines give the description and
/// content type. Field tables are read by the shared <see cref="FieldTableReader"/> with the
/// dialect's <see cref="ColumnVocabulary"/>.
/// </summary>
internal sealed partial class OperationContentReader
{
    private readonly MdDocument _document;
    private readonly ColumnVocabulary _vocabulary;
    private readonly DiagnosticBag _diagnostics;
    private readonly OperationDraft _operation;
    private Role? _role;
    private Role? _pendingExample;
    private bool _pendingDescription;
    private bool _skipValue;
    private bool _sawRequestTable;
    private string? _mediaType;
    private readonly List<string> _description = new();

    private OperationContentReader(MdDocument document, OperationDraft operation, ColumnVocabulary vocabulary, DiagnosticBag diagnostics)
    {
        _document = document;
        _operation = operation;
        _vocabulary = vocabulary;
        _diagnostics = diagnostics;
    }

    public static OperationDraft Read(MdDocument document, LocatedOperation located, ColumnVocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var operation = new OperationDraft(located.Method, PathTemplate(located.Path), located.Line);
        if (located.Heading >= 0)
        {
            operation.Summary = Summary(document.Blocks[located.Heading].Text);
        }

        if (located.Tag is { Length: > 0 } tag)
        {
            operation.Tags.Add(tag);
        }

        var reader = new OperationContentReader(document, operation, vocabulary, diagnostics);
        for (var i = located.Start; i < located.End; i++)
        {
            if (i != located.Heading)
            {
                reader.Handle(document.Blocks[i]);
            }
        }

        reader.Finish(located);
        return operation;
    }

    private void Handle(MdBlock block)
    {
        if (block.Kind is not (MdBlockKind.Paragraph or MdBlockKind.List or MdBlockKind.Quote))
        {
            _skipValue = false;
        }

        switch (block.Kind)
        {
            case MdBlockKind.Heading:
                _role = SectionLabels.Role(block.Text) is { } role ? Set(role) : _role;
                return;
            case MdBlockKind.Code:
                HandleCode(block);
                return;
            case MdBlockKind.Html:
                foreach (var table in HtmlTableParser.Extract(block))
                {
                    HandleTable(table);
                }

                return;
            case MdBlockKind.Paragraph or MdBlockKind.List or MdBlockKind.Quote:
                HandleText(block);
                return;
        }
    }

    /// <summary>Sets the role, keeping an example label pending for the next code block.</summary>
    private Role? Set(Role role)
    {
        _pendingDescription = role == Role.Description;
        if (role is Role.RequestExample or Role.ResponseExample)
        {
            _pendingExample = role;
            return _role;
        }

        _pendingExample = null;
        return role;
    }

    private void HandleText(MdBlock block)
    {
        var tables = block.Kind == MdBlockKind.Paragraph ? PipeTableParser.Extract(block) : Array.Empty<PipeTable>();
        var lines = tables.Count > 0 ? PipeTableParser.TextLines(block) : block.Lines();
        var tableIndex = 0;
        foreach (var (line, raw) in lines)
        {
            while (tableIndex < tables.Count && tables[tableIndex].Line < line)
            {
                HandleTable(tables[tableIndex++]);
            }

            HandleLine(raw, line);
        }

        while (tableIndex < tables.Count)
        {
            HandleTable(tables[tableIndex++]);
        }

        foreach (var table in HtmlTableParser.Extract(block))
        {
            HandleTable(table);
        }
    }

    private void HandleLine(string raw, int line)
    {
        var text = EvidenceFinder.Clean(raw);
        if (text.Length == 0)
        {
            return;
        }

        if (_skipValue)
        {
            _skipValue = false;
            return;
        }

        var pair = KeyValue().Match(text);
        if (pair.Success)
        {
            var key = pair.Groups["key"].Value.Trim();
            var value = pair.Groups["value"].Value.Trim();
            if (ContentTypeKey().IsMatch(key))
            {
                _mediaType = MediaType().Match(value) is { Success: true } media ? media.Value : _mediaType;
                return;
            }

            if (IsEvidenceKey(key))
            {
                // 请求URL： / 请求方式： with the value on the next line: that line is not description.
                _skipValue = value.Length == 0;
                _pendingDescription = false;
                _role = _role == Role.Description ? null : _role;
                return;
            }

            if (SectionLabels.Role(key) is { } role)
            {
                _role = Set(role);
                if (role == Role.Description && value.Length > 0)
                {
                    _description.Add(value);
                    _pendingDescription = false;
                }

                return;
            }
        }

        if (text.Length <= 40 && (raw.TrimStart().StartsWith("**", StringComparison.Ordinal) || text.EndsWith(':') || text.EndsWith('：')) && SectionLabels.Role(text) is { } label)
        {
            _role = Set(label);
            return;
        }

        if (_role is null || _role == Role.Description || _pendingDescription)
        {
            if (!IsEvidenceLine(text))
            {
                _description.Add(text);
            }

            _pendingDescription = false;
        }
    }

    private static bool IsEvidenceKey(string key) => EvidenceFinder.IsKey(key);

    private bool IsEvidenceLine(string text) =>
        text.Contains(_operation.Path, StringComparison.Ordinal) && text.Contains(_operation.Method, StringComparison.OrdinalIgnoreCase);

    private void HandleCode(MdBlock block)
    {
        var text = block.Text.Trim();
        var info = (block.Info ?? string.Empty).ToLowerInvariant();
        var isJson = info is "" or "json" or "json5" or "jsonc" or "javascript" or "js" or "text" or "txt" or "plain" or "javascripton"
            && ExampleParser.StartsLikeJson(text); // a JSONC example may start with a comment
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

    private void Finish(LocatedOperation located)
    {
        if (located.MethodGuessed)
        {
            _operation.Method = _operation.Body is not null ? "POST" : "GET";
            _diagnostics.Warn(located.Line, DiagnosticCodes.MethodMismatch, $"no request method is written for '{located.Path}'; read as {_operation.Method}");
        }

        if (_operation.Body is { } body)
        {
            body.MediaType = _mediaType ?? (body.Schema?.Rows.Exists(r => r.TypeText.Equals("file", StringComparison.OrdinalIgnoreCase)) == true ? "multipart/form-data" : "application/json");
        }

        if (_description.Count > 0)
        {
            _operation.Description = string.Join('\n', _description);
        }

        foreach (Match placeholder in Placeholder().Matches(_operation.Path))
        {
            var name = placeholder.Groups["name"].Value;
            if (!_operation.Parameters.Exists(p => p.In == "path" && p.Name == name))
            {
                var query = _operation.Parameters.FindIndex(p => p.Name == name);
                if (query >= 0)
                {
                    _operation.Parameters[query] = _operation.Parameters[query] with { In = "path", Required = true };
                    continue;
                }

                _diagnostics.Warn(located.Line, DiagnosticCodes.PathParameterMismatch, $"path placeholder '{{{name}}}' has no documented parameter; added as a string");
                _operation.Parameters.Add(new ParameterDraft(name, "path", "string", true, null, located.Line));
            }
        }

        if (_operation.Responses.Count == 0)
        {
            _operation.Responses.Add(new ResponseDraft("200", located.Line));
        }
    }

    private bool IsQueryMethod() => _operation.Method is "GET" or "DELETE" or "HEAD" or "OPTIONS";

    private ResponseDraft Response(int line)
    {
        var response = _operation.Responses.FirstOrDefault(r => r.Status == "200");
        if (response is null)
        {
            response = new ResponseDraft("200", line);
            _operation.Responses.Add(response);
        }

        return response;
    }

    /// <summary>The heading without the method, path, numbering and decoration: <c>1.2 发送消息 POST /send</c> → <c>发送消息</c>.</summary>
    private static string? Summary(string heading)
    {
        var text = EvidenceFinder.Clean(heading);
        text = MethodAndPath().Replace(text, " ");
        text = LeadingNumber().Replace(text, string.Empty);
        text = text.Trim(' ', '-', '—', ':', '：', '|', '(', ')', '（', '）', '[', ']');
        return text.Length == 0 ? null : text;
    }

    /// <summary><c>/users/:id</c> and <c>/users/&lt;id&gt;</c> → <c>/users/{id}</c>.</summary>
    public static string PathTemplate(string path) => ColonParameter().Replace(path, "{${name}}");

    [GeneratedRegex(@"(?<=/)(?::(?<name>[A-Za-z_][A-Za-z0-9_]*)|<(?<name>[A-Za-z_][A-Za-z0-9_]*)>)")]
    private static partial Regex ColonParameter();

    [GeneratedRegex(@"\{(?<name>[^{}/]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\b\]?\s*[:：]?\s*)?(?:https?://[^\s/]+)?/[^\s]*")]
    private static partial Regex MethodAndPath();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*[.、)]?|[一二三四五六七八九十]+[、.])\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?<key>[^:：]{1,30}?)\s*[:：]\s*(?<value>.*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^(?:Content-Type|请求数据类型|请求类型|数据格式|请求格式|Consumes|请求头\s*Content-Type|Request\s*data\s*type)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeKey();

    [GeneratedRegex(@"[A-Za-z]+/[A-Za-z0-9.+*-]+")]
    private static partial Regex MediaType();
}
