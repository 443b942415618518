using System.Text.RegularExpressions;
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
        if (role == Role.Fields)
        {
            // 参数说明 after 返回结果 describes the response; anywhere else, the request.
            role = _role == Role.Response ? Role.Response : Role.Request;
        }

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
        if (_role is Role.Request or Role.Query or Role.Path or Role.Header or Role.Body or Role.Form or Role.Response && BulletFields.AsTable(block) is { } bullets)
        {
            HandleTable(bullets);
            return;
        }

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

        var pair = EvidenceFinder.KeyValue(text);
        if (pair.Success)
        {
            var key = pair.Groups["key"].Value.Trim();
            var value = pair.Groups["value"].Value.Trim();
            if (ContentTypeKey().IsMatch(key))
            {
                _mediaType = MediaType().Match(value) is { Success: true } media ? media.Value : _mediaType;
                return;
            }

            if (EvidenceFinder.IsKey(key))
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

    private bool IsEvidenceLine(string text) =>
        text.Contains(_operation.Path, StringComparison.Ordinal) && text.Contains(_operation.Method, StringComparison.OrdinalIgnoreCase);

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
        text = EvidenceFinder.WithoutNumbering(text);
        text = text.Trim(' ', '-', '—', ':', '：', '|', '(', ')', '（', '）', '[', ']');
        return text.Length == 0 ? null : text;
    }

    /// <summary><c>/users/:id</c> and <c>/users/&lt;id&gt;</c> → <c>/users/{id}</c>.</summary>
    public static string PathTemplate(string path) => ColonParameter().Replace(path, "{${name}}");

    [GeneratedRegex(@"(?<=/)(?::(?<name>[A-Za-z_][A-Za-z0-9_]*)|<(?<name>[A-Za-z_][A-Za-z0-9_]*)>)")]
    private static partial Regex ColonParameter();

    [GeneratedRegex(@"(?:\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\b\]?\s*[:：]?\s*)?(?:https?://[^\s/]+)?/[^\s]*")]
    private static partial Regex MethodAndPath();

    [GeneratedRegex(@"^(?:Content-Type|请求数据类型|请求类型|数据格式|请求格式|Consumes|请求头\s*Content-Type|Request\s*data\s*type)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeKey();

    [GeneratedRegex(@"[A-Za-z]+/[A-Za-z0-9.+*-]+")]
    private static partial Regex MediaType();
}
