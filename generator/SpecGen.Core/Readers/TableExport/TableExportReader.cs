using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.TableExport;

/// <summary>
/// The numbered table export (seed 002, Maxim): <c>## N\tname</c> H2s are tags, an operation is an
/// H2 <c>## N.M\ttitle</c> whose next block is the quote <c>METHOD  /path</c>, and ends at the next
/// H2. Inside it, H3s name the tables: 请求头, 请求参数(Query Param), 请求体(Request Body), 响应体;
/// the H5 <c>接口描述</c> starts the description. Document-level: H1 title, the 文档版本 code block,
/// and the <c>baseUrl</c> row of the 环境变量 table.
/// </summary>
internal sealed partial class TableExportReader : IDialectReader
{
    public string Name => "table-export";

    public int Weight => DialectDetector.SpecificWeight;

    public DialectScore Score(MdDocument document)
    {
        var count = Common.BlockCount.Where(document, (d, i) => OperationStart(d, i) is not null);
        return new DialectScore(count, $"{count} numbered H2 sections followed by a '> METHOD  /path' quote");
    }

    public DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics)
    {
        var draft = new DocumentDraft();
        var blocks = document.Blocks;
        string? tag = null;
        string? environment = null;
        var sawTitle = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsHeading(1) && !sawTitle)
            {
                sawTitle = true;
                draft.Title = block.Text;
                continue;
            }

            if (OperationStart(document, i) is { } start)
            {
                var end = SectionEnd(document, i + 1);
                var operation = OperationSection.Read(document, i, start, end, diagnostics);
                if (tag is not null)
                {
                    operation.Tags.Add(tag);
                    if (!draft.Tags.Exists(t => t.Name == tag))
                    {
                        draft.Tags.Add(new TagDraft(tag, null));
                    }
                }

                draft.Operations.Add(operation);
                i = end - 1;
                continue;
            }

            if (block.IsHeading(2))
            {
                var match = TagHeading().Match(block.Text);
                tag = match.Success ? match.Groups["name"].Value.Trim() : block.Text.Trim();
                continue;
            }

            if (block.IsHeading(3))
            {
                environment = block.Text.Trim();
                continue;
            }

            if (block.IsHeading(5))
            {
                ReadInfoField(document, i, draft);
                continue;
            }

            ReadServers(block, environment, draft);
        }

        draft.SourceSections = draft.Operations.Count;
        return draft;
    }

    /// <summary>The H5 fields of the info section: 文档版本 (a code block), 说明 (a quote).</summary>
    private static void ReadInfoField(MdDocument document, int index, DocumentDraft draft)
    {
        if (index + 1 >= document.Blocks.Count)
        {
            return;
        }

        var title = document.Blocks[index].Text.Trim();
        var next = document.Blocks[index + 1];
        if (title == "文档版本" && next.Kind == MdBlockKind.Code && next.Text.Trim().Length > 0)
        {
            draft.Version ??= next.Text.Trim();
        }
        else if (title == "说明" && next.Kind == MdBlockKind.Quote && next.Text.Trim().Length > 0)
        {
            draft.Description ??= next.Text.Trim();
        }
    }

    /// <summary>A <c>| baseUrl | http://… |</c> row of an environment table becomes a server.</summary>
    private static void ReadServers(MdBlock block, string? environment, DocumentDraft draft)
    {
        foreach (var table in PipeTableParser.Extract(block))
        {
            foreach (var row in table.Rows)
            {
                var url = row.Cell(1).Trim();
                if (row.Cell(0).Trim().Equals("baseUrl", StringComparison.OrdinalIgnoreCase) && url.Length > 0 && !draft.Servers.Exists(s => s.Url == url))
                {
                    draft.Servers.Add(new ServerDraft(url, environment));
                }
            }
        }
    }

    private static int SectionEnd(MdDocument document, int from)
    {
        for (var j = from; j < document.Blocks.Count; j++)
        {
            if (document.Blocks[j].Kind == MdBlockKind.Heading && document.Blocks[j].Level <= 2)
            {
                return j;
            }
        }

        return document.Blocks.Count;
    }

    /// <summary>An H2 <c>N.M\ttitle</c> followed by the quote <c>METHOD  /path</c>.</summary>
    internal static (string Title, string Method, string Path)? OperationStart(MdDocument document, int index)
    {
        var block = document.Blocks[index];
        if (!block.IsHeading(2) || index + 1 >= document.Blocks.Count)
        {
            return null;
        }

        var heading = OperationHeading().Match(block.Text);
        if (!heading.Success)
        {
            return null;
        }

        var next = document.Blocks[index + 1];
        if (next.Kind != MdBlockKind.Quote)
        {
            return null;
        }

        var line = RequestLine().Match(FirstLine(next.Text));
        return line.Success ? (heading.Groups["title"].Value.Trim(), line.Groups["method"].Value.ToUpperInvariant(), line.Groups["path"].Value) : null;
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n');
        return (newline < 0 ? text.AsSpan() : text.AsSpan(0, newline)).Trim().ToString();
    }

    [GeneratedRegex(@"^\d+[ \t]+(?<name>.+)$")]
    private static partial Regex TagHeading();

    [GeneratedRegex(@"^\d+(?:\.\d+)+[ \t]+(?<title>.*)$")]
    private static partial Regex OperationHeading();

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+(?<path>/\S*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestLine();
}
