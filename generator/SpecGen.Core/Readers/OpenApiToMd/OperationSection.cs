using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.OpenApiToMd;

/// <summary>
/// One openapi-to-md operation: after <c>### [METHOD]/path</c> the bullets <c>- Summary</c>, <c>- Operation id</c>,
/// <c>- Description</c>, <c>- Security</c> (each label then its text), then <c>#### Parameters(Query)</c> and
/// <c>#### Headers</c> (one <c>```typescript</c> block per parameter), <c>#### RequestBody</c> (<c>- media/type</c> and a
/// block each) and <c>#### Responses</c> (<c>- 200 description</c>, <c>`media/type`</c> and a block each, optional
/// <c>- Examples</c> with one Example Object per JSON block, see <see cref="ExampleObject"/>). openapi-to-md prints no path or cookie parameters: path parameters are taken
/// from the path template as required strings (reported).
/// </summary>
internal sealed partial class OperationSection
{
    public const string TypeScriptInfo = "typescript";

    private static readonly string[] Labels = ["Summary", "Operation id", "Description", "Security"];

    private readonly DiagnosticBag _diagnostics;
    private readonly ModelShapes _shapes;
    private readonly OperationDraft _operation;
    private readonly List<(string Media, MdBlock Block)> _bodies = [];
    private readonly List<(ResponseDraft Response, string Media, MdBlock Block)> _responses = [];
    private Part _part = Part.None;
    private string _media = string.Empty;
    private ResponseDraft? _response;
    private bool _inExamples;

    private OperationSection(OperationDraft operation, ModelShapes shapes, DiagnosticBag diagnostics)
    {
        _operation = operation;
        _shapes = shapes;
        _diagnostics = diagnostics;
    }

    private enum Part
    {
        None,
        Query,
        Headers,
        RequestBody,
        Responses,
    }

    public static OperationDraft Read(MdDocument document, int heading, int end, (string Method, string Path) start, ModelShapes shapes, DiagnosticBag diagnostics)
    {
        var operation = new OperationDraft(start.Method, start.Path, document.Blocks[heading].Line);
        var section = new OperationSection(operation, shapes, diagnostics);
        var first = heading + 1;
        while (first < end && PartOf(document.Blocks[first]) is null)
        {
            first++;
        }

        if (first > heading + 1)
        {
            section.ReadBullets(document.Text[document.Blocks[heading + 1].Start..document.Blocks[first - 1].End]);
        }

        for (var i = first; i < end; i++)
        {
            section.Handle(document.Blocks[i]);
        }

        section.Finish();
        return operation;
    }

    /// <summary>The part a <c>####</c> heading starts, or null for any other block.</summary>
    private static Part? PartOf(MdBlock block) => !block.IsHeading(4) ? null : block.Text.Trim() switch
    {
        "Parameters(Query)" => Part.Query,
        "Headers" => Part.Headers,
        "RequestBody" => Part.RequestBody,
        "Responses" => Part.Responses,
        _ => Part.None,
    };

    /// <summary>
    /// <c>- Label  </c> then the label's text on the next lines, up to the next label. openapi-to-md ends every line
    /// of the text with two spaces (a markdown line break), blank lines too, so the text may hold any markdown.
    /// </summary>
    private void ReadBullets(string text)
    {
        string? label = null;
        var value = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var next = Labels.FirstOrDefault(l => line == $"- {l}  ");
            if (next is null)
            {
                value.Add(line.EndsWith("  ", StringComparison.Ordinal) ? line[..^2] : line);
                continue;
            }

            Assign(label, value);
            label = next;
            value.Clear();
        }

        Assign(label, value);
    }

    private void Assign(string? label, List<string> lines)
    {
        var text = string.Join('\n', lines).Trim();
        if (text.Length == 0)
        {
            return;
        }

        switch (label)
        {
            case "Summary":
                _operation.Summary = text;
                break;
            case "Operation id":
                _operation.OperationId = text;
                break;
            case "Description":
                _operation.Description = text;
                break;
        }
    }

    private void Handle(MdBlock block)
    {
        if (PartOf(block) is { } part)
        {
            _part = part;
            _media = string.Empty;
            return;
        }

        switch (block.Kind)
        {
            case MdBlockKind.List:
                ReadListLines(block);
                break;
            case MdBlockKind.Paragraph when _part == Part.Responses && MediaSpan().Match(block.Raw.Trim()) is { Success: true } media:
                _media = media.Groups["media"].Value;
                _inExamples = false;
                break;
            case MdBlockKind.Code:
                ReadCode(block);
                break;
        }
    }

    /// <summary>Request body <c>- media/type</c>; responses <c>- 200 description</c> and <c>- Examples</c>.</summary>
    private void ReadListLines(MdBlock block)
    {
        foreach (var (line, text) in block.Lines())
        {
            var item = text.Trim();
            if (!item.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }

            item = item[2..].Trim();
            if (_part == Part.RequestBody)
            {
                _media = item;
            }
            else if (_part == Part.Responses && StatusItem().Match(item) is { Success: true } status)
            {
                _response = new ResponseDraft(status.Groups["status"].Value, line) { Description = status.Groups["text"].Value.Trim() };
                _operation.Responses.Add(_response);
                _media = string.Empty;
                _inExamples = false;
            }
            else if (_part == Part.Responses && item == "Examples")
            {
                _inExamples = true;
            }
        }
    }

    private void ReadCode(MdBlock block)
    {
        switch (_part)
        {
            case Part.Query or Part.Headers when block.Info == TypeScriptInfo:
                ReadParameter(block, _part == Part.Query ? "query" : "header");
                break;
            case Part.RequestBody when block.Info == TypeScriptInfo:
                _bodies.Add((_media, block));
                break;
            case Part.Responses when block.Info == TypeScriptInfo && _response is not null:
                _responses.Add((_response, _media, block));
                break;
            case Part.Responses when _inExamples && _response is { Example: null } && block.Info == "json":
                if (ExampleObject.Value(block.Text) is { } value)
                {
                    _response.Example = value;
                    _response.ExampleLine = block.Line;
                }
                else
                {
                    _diagnostics.Warn(block.Line, DiagnosticCodes.InvalidExample, "this example is no OpenAPI Example Object with a 'value'; not used");
                }

                break;
        }
    }

    private void ReadParameter(MdBlock block, string location)
    {
        var root = TypeScriptBlock.Parse(block, _diagnostics);
        if (root.Properties is not [var field])
        {
            _diagnostics.Warn(block.Line, DiagnosticCodes.UnreadableLine, "a parameter block without exactly one field; skipped");
            return;
        }

        var parameter = new ParameterDraft(field.Name!, location, SchemaRows.TypeText(field), field.Required == true, field.Description, field.Line);
        if (field.Enum is { } values)
        {
            _diagnostics.Warn(field.Line, DiagnosticCodes.EnumTypeFromValues,
                $"openapi-to-md prints no type for an enum; '{field.Name}' read as {SchemaRows.EnumType(values)} from its values");
            parameter.Enum.AddRange(values);
        }

        _operation.Parameters.Add(parameter);
    }

    /// <summary>The body and response schemas, each of the media type OpenAPI tools prefer (JSON); path parameters from the template.</summary>
    private void Finish()
    {
        if (Preferred(_bodies, b => b.Media) is { } body)
        {
            _operation.Body = new BodyDraft(body.Block.Line)
            {
                MediaType = body.Media.Length > 0 ? body.Media : "application/json",
                Schema = SchemaRows.Draft(TypeScriptBlock.Parse(body.Block, _diagnostics), body.Block.Line, _shapes, null, _diagnostics),
            };
        }

        foreach (var group in _responses.GroupBy(r => r.Response))
        {
            var chosen = Preferred(group.ToList(), r => r.Media)!.Value;
            group.Key.Schema = SchemaRows.Draft(TypeScriptBlock.Parse(chosen.Block, _diagnostics), chosen.Block.Line, _shapes, null, _diagnostics);
        }

        AddTemplateParameters();
    }

    private static T? Preferred<T>(IReadOnlyList<T> candidates, Func<T, string> media)
        where T : struct
    {
        foreach (var test in new Func<string, bool>[] { m => m == "application/json", m => m.Contains("json", StringComparison.OrdinalIgnoreCase), _ => true })
        {
            foreach (var candidate in candidates)
            {
                if (test(media(candidate)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private void AddTemplateParameters()
    {
        var added = new List<string>();
        foreach (Match match in TemplateVariable().Matches(_operation.Path))
        {
            var name = match.Groups["name"].Value;
            if (!_operation.Parameters.Exists(p => p.In == "path" && p.Name == name))
            {
                _operation.Parameters.Add(new ParameterDraft(name, "path", "string", true, null, _operation.Line));
                added.Add(name);
            }
        }

        if (added.Count > 0)
        {
            _diagnostics.Warn(_operation.Line, DiagnosticCodes.PathParameterFromTemplate,
                $"openapi-to-md prints no path parameters; {string.Join(", ", added.Select(n => $"'{n}'"))} taken from the path as required string(s)");
        }
    }

    [GeneratedRegex(@"^(?<status>[1-5]\d\d|[1-5]XX|default)(?:\s+(?<text>.*))?$")]
    private static partial Regex StatusItem();

    [GeneratedRegex(@"^`(?<media>[^`\s]+/[^`\s]+)`$")]
    private static partial Regex MediaSpan();

    [GeneratedRegex(@"\{(?<name>[^{}/]+)\}")]
    private static partial Regex TemplateVariable();
}
