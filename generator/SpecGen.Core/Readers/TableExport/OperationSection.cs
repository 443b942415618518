using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Common;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Readers.TableExport;

/// <summary>Reads one 002 operation section: header, query, body and response tables, then the description.</summary>
internal static partial class OperationSection
{
    private enum Part
    {
        None,
        Headers,
        Query,
        Body,
        Response,
        Unknown,
    }

    public static OperationDraft Read(MdDocument document, int headingIndex, (string Title, string Method, string Path) start, int end, DiagnosticBag diagnostics)
    {
        var blocks = document.Blocks;
        var operation = new OperationDraft(start.Method, start.Path, blocks[headingIndex].Line)
        {
            Summary = start.Title.Length > 0 ? start.Title : null,
        };

        var part = Part.None;
        ResponseDraft? response = null;
        for (var i = headingIndex + 2; i < end; i++)
        {
            var block = blocks[i];
            if (block.Kind == MdBlockKind.Heading)
            {
                if (block.Level == 5 && block.Text.Trim() == "接口描述")
                {
                    operation.Description = Description(document, i + 1, end);
                    break;
                }

                part = PartOf(block.Text);
                if (part == Part.Unknown)
                {
                    diagnostics.Warn(block.Line, DiagnosticCodes.MissingColumn, $"unknown section '{block.Text.Trim()}' in an operation; its tables were skipped");
                }

                continue;
            }

            if (part == Part.Response)
            {
                foreach (var (line, text) in PipeTableParser.TextLines(block))
                {
                    var status = StatusLine().Match(text.Trim());
                    if (status.Success)
                    {
                        response = new ResponseDraft(status.Groups["code"].Value, line);
                        operation.Responses.Add(response);
                    }
                }
            }

            foreach (var table in PipeTableParser.Extract(block))
            {
                switch (part)
                {
                    case Part.Headers:
                        ReadParameters(table, "header", operation, diagnostics);
                        break;
                    case Part.Query:
                        ReadParameters(table, "query", operation, diagnostics);
                        break;
                    case Part.Body:
                        var body = operation.Body ??= new BodyDraft(table.Line) { Schema = new SchemaDraft { BaseDepth = 0, Line = table.Line } };
                        ReadFields(table, body.Schema!, diagnostics);
                        body.Required = body.Schema!.Rows.Exists(r => r.Depth == 0 && r.Required == true);
                        break;
                    case Part.Response:
                        if (response is null)
                        {
                            diagnostics.Warn(table.Line, DiagnosticCodes.MissingResponse, "response table without a '● 200 响应数据格式' line; read as the 200 response");
                            response = new ResponseDraft("200", table.Line);
                            operation.Responses.Add(response);
                        }

                        if (response.Schema is not null)
                        {
                            diagnostics.Warn(table.Line, DiagnosticCodes.MissingResponse, $"a second table for response {response.Status}; its rows were added to the first");
                        }

                        response.Schema ??= new SchemaDraft { BaseDepth = 0, Line = table.Line };
                        ReadFields(table, response.Schema, diagnostics);
                        break;
                    default:
                        diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "table outside a known section (请求头, 请求参数, 请求体, 响应体); skipped");
                        break;
                }
            }
        }

        if (operation.Responses.Count == 0)
        {
            diagnostics.Warn(operation.Line, DiagnosticCodes.MissingResponse, "no 响应体 section: the operation gets a 200 response without schema");
        }

        return operation;
    }

    private static Part PartOf(string heading)
    {
        var text = heading.Trim();
        if (text.StartsWith("请求头", StringComparison.Ordinal))
        {
            return Part.Headers;
        }

        if (text.StartsWith("请求参数", StringComparison.Ordinal))
        {
            return Part.Query;
        }

        if (text.StartsWith("请求体", StringComparison.Ordinal))
        {
            return Part.Body;
        }

        return text.StartsWith("响应体", StringComparison.Ordinal) ? Part.Response : Part.Unknown;
    }

    /// <summary>
    /// Header and query tables: name, default, description. A row with more cells than the header
    /// holds several rows squashed onto one line (002's headers): read it in groups of (columns + 1),
    /// the extra cell being the empty one between <c>||</c>.
    /// </summary>
    private static void ReadParameters(PipeTable table, string location, OperationDraft operation, DiagnosticBag diagnostics)
    {
        if (table.Header is null)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.TableWithoutHeader, "parameter table has no header row (|---|); read by position");
        }

        var width = table.Header?.Cells.Count ?? 3;
        var name = Math.Max(0, table.Column("参数名称", "参数名"));
        var description = table.Column("描述", "说明");
        if (description < 0)
        {
            description = Math.Min(2, width - 1);
        }

        foreach (var row in table.Rows)
        {
            foreach (var cells in Groups(row, width, diagnostics))
            {
                var parameterName = Cells.Plain(Cell(cells, name));
                if (parameterName.Length == 0)
                {
                    continue;
                }

                var text = Cells.Description(Cell(cells, description));
                if (text == parameterName)
                {
                    text = null;
                }

                operation.Parameters.Add(new ParameterDraft(parameterName, location, "string", false, text, row.Line));
            }
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Groups(TableRow row, int width, DiagnosticBag diagnostics)
    {
        if (row.Cells.Count <= width)
        {
            yield return row.Cells;
            yield break;
        }

        var stride = width + 1;
        var count = (row.Cells.Count + 1) / stride;
        diagnostics.Warn(row.Line, DiagnosticCodes.TooManyCells,
            $"row has {row.Cells.Count} cells for {width} columns: read as {count} rows squashed onto one line ({stride} cells each)");
        for (var start = 0; start < row.Cells.Count; start += stride)
        {
            var separator = start + width;
            if (separator < row.Cells.Count && row.Cells[separator].Length > 0)
            {
                diagnostics.Warn(row.Line, DiagnosticCodes.TooManyCells, $"cell '{row.Cells[separator]}' sits where an empty separator was expected; ignored");
            }

            yield return row.Cells.Skip(start).Take(width).ToList();
        }
    }

    private static string Cell(IReadOnlyList<string> cells, int index) => index >= 0 && index < cells.Count ? cells[index] : string.Empty;

    /// <summary>002's field table words: 参数名称 | 数据类型 | 默认值 | 不为空 | 描述, <c>⇥</c> depth markers.</summary>
    private static readonly ColumnVocabulary Vocabulary = new()
    {
        Name = ["参数名称", "参数名"],
        Type = ["数据类型", "类型"],
        Required = ["不为空", "必填", "必选"],
        Description = ["描述", "说明"],
        Default = ["默认值"],
    };

    /// <summary>Body and response tables, read by the shared field-table reader: top-level rows at depth 0.</summary>
    private static void ReadFields(PipeTable table, SchemaDraft schema, DiagnosticBag diagnostics)
    {
        if (table.Header is null)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.TableWithoutHeader, "field table has no header row (|---|); its rows were skipped");
            return;
        }

        var columns = FieldColumns.Map(table, Vocabulary)!;
        if (columns.Name < 0 || columns.Type < 0)
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "field table has no 参数名称 or 数据类型/类型 column; its rows were skipped");
            return;
        }

        foreach (var cells in FieldTableReader.Read(table, columns, 0, diagnostics))
        {
            schema.Rows.Add(cells.Row);
        }
    }

    /// <summary>The 接口描述 quote and everything after it up to the section end, markers removed from the quote.</summary>
    private static string? Description(MdDocument document, int from, int end)
    {
        if (from >= end)
        {
            return null;
        }

        var first = document.Blocks[from];
        var parts = new List<string>();
        var rest = from;
        if (first.Kind == MdBlockKind.Quote)
        {
            parts.Add(first.Text.Trim());
            rest++;
        }

        if (rest < end)
        {
            parts.Add(document.Slice(rest, end - 1));
        }

        var text = string.Join("\n", parts.Where(p => p.Length > 0)).Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"^●?\s*(?<code>\d{3})\b")]
    private static partial Regex StatusLine();
}
