using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Common;

namespace SpecGen.Core.Readers.Catalog;

/// <summary>
/// One 003 section: the bullet list (operationId, title, doc, requestUrl), then bold labels
/// <c>**Headers（文档提取）**</c>, <c>**参数（文档提取）**</c>, <c>**返回数据（文档提取）**</c>, each
/// followed by its list or table.
/// </summary>
internal sealed partial class OperationSection
{
    private readonly MdDocument _document;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<PipeTable> _requestTables = new();
    private readonly List<PipeTable> _responseTables = new();
    private string? _mediaType;

    public OperationSection(MdDocument document, DiagnosticBag diagnostics)
    {
        _document = document;
        _diagnostics = diagnostics;
    }

    private enum Part
    {
        Bullets,
        Headers,
        Request,
        Response,
        Unknown,
    }

    /// <summary><c>http://域名地址</c> from the requestUrl bullet, or null.</summary>
    public string? RequestOrigin { get; private set; }

    public int RequestUrlLine { get; private set; }

    public OperationDraft Read(int headingIndex, string method, string path, int end)
    {
        var blocks = _document.Blocks;
        var operation = new OperationDraft(method, path, blocks[headingIndex].Line);
        var part = Part.Bullets;
        for (var i = headingIndex + 1; i < end; i++)
        {
            var block = blocks[i];
            if (Label(block) is { } label)
            {
                part = label;
                if (part == Part.Unknown)
                {
                    _diagnostics.Warn(block.Line, DiagnosticCodes.MissingColumn, $"unknown block '{block.Raw.Trim()}' in an operation; what follows it was skipped");
                }

                continue;
            }

            switch (part)
            {
                case Part.Bullets when block.Kind == MdBlockKind.List:
                    ReadBullets(block, operation);
                    break;
                case Part.Headers when block.Kind == MdBlockKind.List:
                    ReadHeaders(block, operation);
                    break;
                case Part.Request:
                    _requestTables.AddRange(PipeTableParser.Extract(block));
                    break;
                case Part.Response:
                    _responseTables.AddRange(PipeTableParser.Extract(block));
                    break;
            }
        }

        ReadBody(operation);
        ReadResponse(operation);
        return operation;
    }

    private static Part? Label(MdBlock block)
    {
        if (block.Kind != MdBlockKind.Paragraph)
        {
            return null;
        }

        var text = block.RawSpan.Trim();
        if (!text.StartsWith("**", StringComparison.Ordinal) || !text.EndsWith("**", StringComparison.Ordinal) || text.Contains('\n'))
        {
            return null;
        }

        var label = Cells.Plain(text.ToString());
        if (label.StartsWith("Headers", StringComparison.OrdinalIgnoreCase) || label.StartsWith("请求头", StringComparison.Ordinal))
        {
            return Part.Headers;
        }

        if (label.StartsWith("参数", StringComparison.Ordinal) || label.StartsWith("请求参数", StringComparison.Ordinal))
        {
            return Part.Request;
        }

        return label.StartsWith("返回", StringComparison.Ordinal) ? Part.Response : Part.Unknown;
    }

    /// <summary><c>- key: value</c> bullets; values lose their backticks and escapes (<c>群保存\|取消到通讯录</c>).</summary>
    private void ReadBullets(MdBlock block, OperationDraft operation)
    {
        foreach (var (line, key, value) in Bullets(block))
        {
            switch (key.ToLowerInvariant())
            {
                case "operationid":
                    operation.OperationId = value.Length > 0 ? value : null;
                    break;
                case "title" or "summary":
                    operation.Summary = value.Length > 0 ? value : null;
                    break;
                case "doc":
                    break;
                default:
                    if (key.StartsWith("requestUrl", StringComparison.OrdinalIgnoreCase))
                    {
                        ReadRequestUrl(value, line, operation);
                    }

                    break;
            }
        }
    }

    private void ReadRequestUrl(string url, int line, OperationDraft operation)
    {
        var match = UrlPattern().Match(url);
        if (!match.Success)
        {
            _diagnostics.Warn(line, DiagnosticCodes.PathParameterMismatch, $"requestUrl '{url}' is not an absolute URL; ignored");
            return;
        }

        RequestOrigin = match.Groups["origin"].Value;
        RequestUrlLine = line;
        var path = match.Groups["path"].Value;
        if (path.Length > 0 && path != operation.Path)
        {
            _diagnostics.Warn(line, DiagnosticCodes.PathParameterMismatch, $"requestUrl path '{path}' differs from the heading path '{operation.Path}'; used the heading");
        }
    }

    /// <summary>
    /// <c>- Authorization: login接口返回</c> (also bold, or with a trailing <c>**参数：**</c>): a header
    /// parameter; Content-Type sets the body's media type instead.
    /// </summary>
    private void ReadHeaders(MdBlock block, OperationDraft operation)
    {
        foreach (var (line, name, value) in Bullets(block))
        {
            if (name.Length == 0)
            {
                continue;
            }

            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                _mediaType = value.Length > 0 ? value : null;
                continue;
            }

            if (operation.Parameters.Exists(p => p.In == "header" && p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            operation.Parameters.Add(new ParameterDraft(name, "header", "string", false, value.Length > 0 ? value : null, line));
        }
    }

    /// <summary>The list's bullet lines split at the first colon, with bold markers, backticks and trailing <c>参数：</c> junk removed.</summary>
    private IEnumerable<(int Line, string Key, string Value)> Bullets(MdBlock block)
    {
        foreach (var (line, raw) in block.Lines())
        {
            var bullet = BulletPattern().Match(raw);
            if (!bullet.Success)
            {
                continue;
            }

            var text = bullet.Groups["text"].Value.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            text = TrailingJunk().Replace(text, string.Empty).Trim();
            var colon = text.AsSpan().IndexOfAny(':', '：');
            if (colon < 0)
            {
                _diagnostics.Warn(line, DiagnosticCodes.MissingColumn, $"bullet '{text}' has no 'name: value'; skipped");
                continue;
            }

            var key = text[..colon].Trim();
            var value = PipeTableParser.Unescape(Cells.Plain(text[(colon + 1)..].Trim()));
            yield return (line, key, value);
        }
    }

    /// <summary>
    /// The 参数 table becomes the JSON body. A table without a required column that repeats the
    /// response table is a misfiled copy: the body stays, with no properties. The body is required
    /// when any top-level property is.
    /// </summary>
    private void ReadBody(OperationDraft operation)
    {
        if (_requestTables.Count == 0)
        {
            return;
        }

        var first = _requestTables[0];
        var body = new BodyDraft(first.Line) { MediaType = _mediaType ?? "application/json" };
        var schema = new SchemaDraft { RootType = "object", BaseDepth = 0, Line = first.Line };
        body.Schema = schema;
        operation.Body = body;
        foreach (var table in _requestTables)
        {
            if (IsResponseCopy(table))
            {
                _diagnostics.Warn(table.Line, DiagnosticCodes.MisfiledRequestTable,
                    "the 参数 table has no required column and repeats the 返回数据 table: it is the response, misfiled; the request body has no properties");
                continue;
            }

            FieldTable.Read(table, schema, requireRequiredColumn: true, _diagnostics);
        }

        body.Required = schema.Rows.Exists(r => r.Depth == 0 && r.Required == true);
    }

    private bool IsResponseCopy(PipeTable table)
    {
        if (table.Header is null || FieldTable.RequiredColumn(table) >= 0)
        {
            return false;
        }

        return _responseTables.Exists(response => SameRows(table, response));
    }

    private static bool SameRows(PipeTable a, PipeTable b) =>
        a.Header!.Cells.SequenceEqual(b.Header?.Cells ?? Array.Empty<string>())
        && a.Rows.Count == b.Rows.Count
        && a.Rows.Zip(b.Rows).All(pair => pair.First.Cells.SequenceEqual(pair.Second.Cells));

    /// <summary>The 返回数据 table is the 200 response (no status codes are documented); none means a 200 without a schema.</summary>
    private void ReadResponse(OperationDraft operation)
    {
        var response = new ResponseDraft("200", operation.Line);
        operation.Responses.Add(response);
        if (_responseTables.Count == 0)
        {
            _diagnostics.Warn(operation.Line, DiagnosticCodes.MissingResponse, "no 返回数据 table: the 200 response has no schema");
            return;
        }

        var schema = new SchemaDraft { BaseDepth = 0, Line = _responseTables[0].Line };
        response.Schema = schema;
        foreach (var table in _responseTables)
        {
            FieldTable.Read(table, schema, requireRequiredColumn: false, _diagnostics);
        }
    }

    [GeneratedRegex(@"^\s*[-*+]\s+(?<text>.*)$")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"\s*(?:\*\*)?参数[：:](?:\*\*)?\s*$")]
    private static partial Regex TrailingJunk();

    [GeneratedRegex(@"^(?<origin>[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s]+)(?<path>/\S*)?$")]
    private static partial Regex UrlPattern();
}
