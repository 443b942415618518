using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Widdershins;

/// <summary>Reads one widdershins operation section: request line, description, parameters, examples, responses.</summary>
internal sealed class OperationSectionReader
{
    /// <summary>The name of widdershins' request body row in a parameters table.</summary>
    private const string BodyRowName = "body";

    private readonly MdDocument _document;
    private readonly TopHeadings _topHeadings;
    private readonly DiagnosticBag _diagnostics;
    private readonly OperationDraft _operation;
    private Mode _mode = Mode.Description;
    private CompositionKind _marker = CompositionKind.None;
    private string? _structureStatus;
    private (bool Body, string? Status)? _pendingExample;


    private OperationSectionReader(MdDocument document, OperationDraft operation, TopHeadings topHeadings, DiagnosticBag diagnostics)
    {
        _document = document;
        _topHeadings = topHeadings;
        _operation = operation;
        _diagnostics = diagnostics;
    }

    private enum Mode
    {
        Description,
        Parameters,
        ParameterEnums,
        Statuses,
        Structure,
        StructureEnums,
        Ignored,
    }

    /// <param name="start">The request line <see cref="WiddershinsReader.OperationStart"/> found after the heading.</param>
    public static OperationDraft Read(MdDocument document, int headingIndex, (int PathBlock, string Method, string Path) start, int end, TopHeadings topHeadings, DiagnosticBag diagnostics)
    {
        var blocks = document.Blocks;
        var heading = Vocabulary.Heading(blocks[headingIndex])!.Value.Text;
        var operation = new OperationDraft(start.Method, start.Path, blocks[headingIndex].Line);
        operation.OperationId = FindOperationId(document, headingIndex, start.PathBlock);
        var next = start.PathBlock + 1;
        operation.Summary = Summary(heading, start.Method, operation.OperationId, blocks[headingIndex].Line, diagnostics);
        if (next < end && ItalicLine(blocks[next]) is { } italic)
        {
            operation.Summary = italic;
            next++;
        }

        var reader = new OperationSectionReader(document, operation, topHeadings, diagnostics);
        reader.ReadBody(next, end);
        return operation;
    }

    /// <summary>Apifox: <c>## POST 摘要</c>. widdershins: <c>## operationId</c> (then the summary is an italic line) or <c>## summary</c>.</summary>
    private static string? Summary(string heading, string method, string? operationId, int line, DiagnosticBag diagnostics)
    {
        var space = heading.IndexOf(' ');
        var first = space > 0 ? heading[..space] : heading;
        if (Enum.TryParse<HttpVerb>(first, ignoreCase: false, out _))
        {
            if (!string.Equals(first, method, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warn(line, DiagnosticCodes.MethodMismatch, $"heading says {first} but the request line says {method}; used {method}");
            }

            return space > 0 ? heading[(space + 1)..].Trim() : null;
        }

        return heading == operationId ? null : heading;
    }

    private enum HttpVerb
    {
        GET,
        POST,
        PUT,
        DELETE,
        PATCH,
        HEAD,
        OPTIONS,
        TRACE,
    }

    private static string? FindOperationId(MdDocument document, int headingIndex, int pathIndex)
    {
        var candidates = new List<int>();
        if (headingIndex > 0)
        {
            candidates.Add(headingIndex - 1);
        }

        for (var j = headingIndex + 1; j < pathIndex; j++)
        {
            candidates.Add(j);
        }

        foreach (var j in candidates)
        {
            var id = Vocabulary.Anchors(document.Blocks[j]).FirstOrDefault(a => a.StartsWith("opId", StringComparison.Ordinal));
            if (id is not null)
            {
                return id["opId".Length..];
            }
        }

        return null;
    }

    private static string? ItalicLine(MdBlock block)
    {
        var text = block.Raw.Trim();
        if (block.Kind == MdBlockKind.Paragraph && !text.Contains('\n') && text.Length > 2 && text[0] == '*' && text[^1] == '*' && text[1] != '*' && Vocabulary.Marker(block) is null)
        {
            return text[1..^1].Trim();
        }

        return null;
    }

    private void ReadBody(int start, int end)
    {
        var blocks = _document.Blocks;
        int? descriptionEnd = null;
        for (var i = start; i < end; i++)
        {
            var block = blocks[i];
            if (_mode == Mode.Description && !IsSectionMarker(block))
            {
                if (!Vocabulary.HasAnchors(block))
                {
                    descriptionEnd = i;
                }

                continue;
            }

            if (_mode == Mode.Description)
            {
                _mode = Mode.Ignored;
            }

            Handle(block);
        }

        if (descriptionEnd is { } last)
        {
            _operation.Description = _document.Slice(start, last);
        }
    }

    /// <summary>
    /// The first block after the description: a body or example quote, an <c>&lt;aside&gt;</c>, or a Parameters,
    /// Responses or Response Schema H3 written in the doc's own style (so a markdown <c>### Parameters</c> inside an
    /// English doc's description is description).
    /// </summary>
    private bool IsSectionMarker(MdBlock block)
    {
        if (block.Kind == MdBlockKind.Quote)
        {
            return Vocabulary.Is(block.Text, Vocabulary.BodyQuotes) || Vocabulary.Is(block.Text, Vocabulary.ExampleQuotes);
        }

        if (block.Kind == MdBlockKind.Html && block.RawSpan.TrimStart().StartsWith("<aside", StringComparison.Ordinal))
        {
            return true;
        }

        return Vocabulary.Heading(block) is { Level: 3 } heading && _topHeadings.InStyle(block)
            && (Vocabulary.Is(heading.Text, Vocabulary.ParameterHeadings) || Vocabulary.Is(heading.Text, Vocabulary.ResponseHeadings) || Vocabulary.Is(heading.Text, Vocabulary.ResponseSchemaHeadings));
    }

    private void Handle(MdBlock block)
    {
        if (Vocabulary.HasAnchors(block))
        {
            return;
        }

        switch (block.Kind)
        {
            case MdBlockKind.Quote:
                HandleQuote(block);
                return;
            case MdBlockKind.Code:
                HandleCode(block);
                return;
        }

        if (Vocabulary.Heading(block) is { } heading)
        {
            HandleHeading(heading.Text);
            return;
        }

        if (Vocabulary.StatusLine(block) is { } status)
        {
            _structureStatus = status;
            _marker = CompositionKind.None;
            _mode = Mode.Structure;
            return;
        }

        if (Vocabulary.Marker(block) is { } marker)
        {
            _marker = marker;
            return;
        }

        foreach (var table in PipeTableParser.Extract(block))
        {
            HandleTable(table);
        }
    }

    private void HandleQuote(MdBlock block)
    {
        if (Vocabulary.Is(block.Text, Vocabulary.BodyQuotes))
        {
            _pendingExample = (true, null);
        }
        else if (Vocabulary.ExampleStatus(block) is { } status)
        {
            _pendingExample = (false, status);
        }
    }

    private void HandleCode(MdBlock block)
    {
        if (_pendingExample is not { } pending)
        {
            return;
        }

        _pendingExample = null;
        if (RawSchemaExample.Is(block, out var isArray))
        {
            _diagnostics.Warn(block.Line, DiagnosticCodes.RawSchemaExample,
                "this example is a JSON schema (widdershins --raw), not an example value; it is not kept as the example"
                + (isArray ? ", and its type 'array' makes the root an array" : string.Empty));
            if (isArray && pending.Body)
            {
                (_operation.Body ??= new BodyDraft(block.Line)).ShownAsArray = true;
            }
            else if (isArray)
            {
                Response(pending.Status!, block.Line).ShownAsArray = true;
            }

            return;
        }

        if (pending.Body)
        {
            var body = _operation.Body ??= new BodyDraft(block.Line);
            body.Example = Vocabulary.IsJsonFence(block) ? block.Text : null;
            body.ExampleLine = block.Line;
            if (block.Info is "yaml" or "xml")
            {
                body.MediaType = block.Info == "xml" ? "application/xml" : "multipart/form-data";
            }

            return;
        }

        if (!Vocabulary.IsJsonFence(block))
        {
            _pendingExample = pending; // a YAML or XML rendering of the example; a JSON one may follow
            return;
        }

        var response = Response(pending.Status!, block.Line);
        response.Example = block.Text;
        response.ExampleLine = block.Line;
    }

    private void HandleHeading(string text)
    {
        if (Vocabulary.Is(text, Vocabulary.ParameterHeadings))
        {
            _mode = Mode.Parameters;
        }
        else if (Vocabulary.Is(text, Vocabulary.EnumHeadings))
        {
            _mode = _mode is Mode.Parameters or Mode.ParameterEnums ? Mode.ParameterEnums : Mode.StructureEnums;
        }
        else if (Vocabulary.Is(text, Vocabulary.ResponseHeadings))
        {
            _mode = Mode.Statuses;
        }
        else if (Vocabulary.Is(text, Vocabulary.ResponseSchemaHeadings))
        {
            _mode = Mode.Structure;
            _structureStatus = null;
        }
        else
        {
            _mode = Mode.Ignored;
        }
    }

    private void HandleTable(PipeTable table)
    {
        switch (_mode)
        {
            case Mode.Parameters:
                ReadParameters(table);
                break;
            case Mode.ParameterEnums:
                ReadParameterEnums(table);
                break;
            case Mode.Statuses:
                ReadStatuses(table);
                break;
            case Mode.Structure:
                ReadStructure(table);
                break;
            case Mode.StructureEnums:
                if (_structureStatus is { } status && Response(status, table.Line).Schema is { } schema)
                {
                    schema.Enums.AddRange(FieldTable.EnumRows(table, _diagnostics));
                }

                break;
        }
    }

    private void ReadParameters(PipeTable table)
    {
        if (FieldTable.From(table, _diagnostics) is not { } fields)
        {
            return;
        }

        foreach (var (row, location) in fields.Rows(_marker, _diagnostics))
        {
            if (location is null or "body")
            {
                ReadBodyRow(row);
                continue;
            }

            if (row.Depth > 0)
            {
                continue;
            }

            if (location is not ("query" or "path" or "header" or "cookie"))
            {
                _diagnostics.Warn(row.Line, DiagnosticCodes.UnknownLocation, $"parameter '{row.Name}' is in '{location}'; read as a query parameter");
            }

            var kind = location is "path" or "header" or "cookie" ? location : "query";
            _operation.Parameters.Add(new ParameterDraft(row.Name, kind, row.TypeText, row.Required == true, row.Description, row.Line));
        }
    }

    /// <summary>
    /// A body row of the parameters table. widdershins prints the body as a <c>body</c> row with its properties
    /// one level below (<c>» name</c>); with <c>omitBody</c> an inline body has no <c>body</c> row and its
    /// properties sit at depth 0, and with <c>omitBody</c> and <c>expandBody</c> a ref body's properties follow
    /// its <c>body</c> row at depth 0.
    /// </summary>
    private void ReadBodyRow(FieldRow row)
    {
        if (row.Depth == 0 && _operation.Body?.Schema is null)
        {
            var body = _operation.Body ??= new BodyDraft(row.Line);
            if (row.Name == BodyRowName)
            {
                body.Required = row.Required == true;
                body.Schema = new SchemaDraft { RootType = row.TypeText, BaseDepth = 1, Line = row.Line, Description = row.Description };
                return;
            }

            _diagnostics.Warn(row.Line, DiagnosticCodes.BodyRowOmitted,
                $"the body has no 'body' row (widdershins omitBody): '{row.Name}' and the body rows after it are its properties; the body is read as an optional object");
            body.Schema = new SchemaDraft { RootType = "object", BaseDepth = 0, Line = row.Line };
        }

        if (_operation.Body?.Schema is not { } schema)
        {
            _diagnostics.Warn(row.Line, DiagnosticCodes.OrphanBranch, $"body field '{row.Name}' comes before the body row; read it as a body property");
            var body = _operation.Body ??= new BodyDraft(row.Line);
            schema = body.Schema = new SchemaDraft { RootType = "object", BaseDepth = 1, Line = row.Line };
        }

        schema.Rows.Add(row.Depth < schema.BaseDepth ? row with { Depth = row.Depth + schema.BaseDepth } : row);
    }

    private void ReadParameterEnums(PipeTable table)
    {
        foreach (var row in FieldTable.EnumRows(table, _diagnostics))
        {
            var parameter = _operation.Parameters.FirstOrDefault(p => p.Name == row.Name);
            if (parameter is not null)
            {
                if (!parameter.Enum.Contains(row.Value))
                {
                    parameter.Enum.Add(row.Value);
                }

                continue;
            }

            if (_operation.Body?.Schema is { } schema)
            {
                schema.Enums.Add(row);
            }
            else
            {
                _diagnostics.Warn(row.Line, DiagnosticCodes.EnumWithoutProperty, $"enum values for '{row.Name}' match no parameter; dropped");
            }
        }
    }

    private void ReadStatuses(PipeTable table)
    {
        var status = table.Column(Vocabulary.StatusColumn);
        var meaning = table.Column(Vocabulary.MeaningColumn);
        var description = table.Column(Vocabulary.StatusDescriptionColumn);
        var schema = table.Column(Vocabulary.StatusSchemaColumn);
        if (table.Header is null || status < 0)
        {
            _diagnostics.Warn(table.Line, DiagnosticCodes.TableWithoutHeader, "response table has no header row with a status column; skipped");
            return;
        }

        foreach (var row in table.Rows)
        {
            var code = row.Cell(status).Trim();
            if (code.Length == 0)
            {
                continue;
            }

            var response = Response(code, row.Line);
            response.Description = Common.Cells.Description(row.Cell(description)) ?? Vocabulary.LinkText(row.Cell(meaning));
            var model = row.Cell(schema).Trim();
            response.Schema = model switch
            {
                "Inline" => new SchemaDraft { BaseDepth = 1, Line = row.Line },
                "" or "None" or "none" => null,
                _ => new SchemaDraft { RootType = model, BaseDepth = 1, Line = row.Line },
            };
        }
    }

    private void ReadStructure(PipeTable table)
    {
        if (FieldTable.From(table, _diagnostics) is not { } fields)
        {
            return;
        }

        var response = Response(_structureStatus ?? "200", table.Line);
        if (response.Schema is { RootType: not null })
        {
            return;
        }

        response.Schema ??= new SchemaDraft { BaseDepth = 1, Line = table.Line };
        var rows = fields.Rows(_marker, _diagnostics).Select(r => r.Row).ToList();
        if (response.Schema.Rows.Count == 0 && _marker == CompositionKind.None && rows is [{ IsBranch: true, Depth: 0 } first, ..] && IsRefOrRefArray(first.TypeText))
        {
            // The response is a model (or an array of it), printed as an *anonymous* row: every row after it is
            // widdershins' expansion of that model, some printed back at the top level; the model says it all.
            response.Schema.RootType = first.TypeText;
            response.Schema.Description ??= first.Description;
            return;
        }

        response.Schema.Rows.AddRange(rows);
    }

    private static bool IsRefOrRefArray(string typeText) => Schema.TypeParser.Parse(typeText) is Schema.RefType or Schema.ArrayType { Items: Schema.RefType };

    private ResponseDraft Response(string status, int line)
    {
        var response = _operation.Responses.FirstOrDefault(r => r.Status == status);
        if (response is null)
        {
            response = new ResponseDraft(status, line);
            _operation.Responses.Add(response);
        }

        return response;
    }
}
