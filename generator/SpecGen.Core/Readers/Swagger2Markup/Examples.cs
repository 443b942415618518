using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// <c>#### Example HTTP request</c> / <c>response</c> (HTTP请求示例 / HTTP响应示例): one level down
/// <c>Request body</c> (请求 body) and <c>Response 200</c> (响应 200), each a code block starting
/// <c>json :</c>. The body and response examples are kept; the path, query, header and form
/// examples repeat the parameters and are reported once per document.
/// </summary>
internal sealed partial class Examples
{
    private static readonly string[] RequestWords = ["Request", "请求"];
    private static readonly string[] ResponseWords = ["Response", "响应"];

    private readonly OperationDraft _operation;
    private readonly Context _context;
    private string? _target;

    public Examples(OperationDraft operation, Context context)
    {
        _operation = operation;
        _context = context;
    }

    public void Read(MdBlock block, Part part)
    {
        if (block.Kind == MdBlockKind.Heading)
        {
            var words = block.Text.Trim().Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var which = words.Length == 2 ? words[1] : string.Empty;
            _target = part == Part.ExampleRequest && words.Length == 2 && Labels.Is(words[0], RequestWords) ? "request " + which
                : part == Part.ExampleResponse && words.Length == 2 && Labels.Is(words[0], ResponseWords) ? "response " + which
                : null;
            if (_target is null)
            {
                _context.Diagnostics.Warn(block.Line, DiagnosticCodes.MissingColumn, $"unknown example heading '{block.Text.Trim()}'; skipped");
            }

            return;
        }

        if (block.Kind != MdBlockKind.Code || _target is null)
        {
            return;
        }

        var match = Labelled().Match(block.Text.Trim());
        var text = match.Success ? match.Groups["text"].Value.Trim() : block.Text.Trim();
        var isJson = !match.Success || match.Groups["label"].Value.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (_target == "request body" && isJson && _operation.Body is { } body)
        {
            body.Example ??= text;
            body.ExampleLine = block.Line;
        }
        else if (_target.StartsWith("response ", StringComparison.Ordinal) && isJson
            && _operation.Responses.Find(r => r.Status == _target["response ".Length..]) is { } response)
        {
            response.Example ??= text;
            response.ExampleLine = block.Line;
        }
        else
        {
            _context.Tally.Add(block.Line, DiagnosticCodes.InvalidExample, $"example HTTP request/response parts other than JSON body and documented responses ('{_target}') are not kept");
        }

        _target = null;
    }

    /// <summary><c>json :</c> on the first line, then the example.</summary>
    [GeneratedRegex(@"^(?<label>[A-Za-z]+)\s*:\s*\n(?<text>[\s\S]*)$")]
    private static partial Regex Labelled();
}
