using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Catalog;

/// <summary>
/// The extracted endpoint catalog (seed 003, E云): <c>## 模块：`slug`</c> H2s are tags, each
/// <c>### METHOD /path</c> H3 inside one is an operation that ends at the next H3 or H2. Other H2s
/// (目录, Reference Docs, Category Docs, 全局约定) hold no operations; Category Docs' display names
/// become tag descriptions. The server is the most common origin of the <c>requestUrl</c> bullets.
/// </summary>
internal sealed partial class CatalogReader : IDialectReader
{
    public string Name => "catalog";

    public int Weight => DialectDetector.SpecificWeight;

    public DialectScore Score(MdDocument document)
    {
        var count = 0;
        var inModule = false;
        foreach (var block in document.Blocks)
        {
            if (block.IsHeading(2))
            {
                inModule = ModuleHeading().IsMatch(block.Text.Trim());
            }
            else if (inModule && block.IsHeading(3) && OperationHeading().IsMatch(block.Text.Trim()))
            {
                count++;
            }
        }

        return new DialectScore(count, $"{count} '### METHOD /path' headings under '## 模块：' headings");
    }

    public DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics)
    {
        var draft = new DocumentDraft();
        var blocks = document.Blocks;
        string? module = null;
        var inCategoryDocs = false;
        var sawTitle = false;
        var origins = new List<(string Origin, int Line)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsHeading(1))
            {
                if (!sawTitle)
                {
                    sawTitle = true;
                    draft.Title = block.Text.Trim();
                }

                module = null;
                continue;
            }

            if (block.IsHeading(2))
            {
                var match = ModuleHeading().Match(block.Text.Trim());
                module = match.Success ? match.Groups["slug"].Value.Trim() : null;
                inCategoryDocs = block.Text.TrimStart().StartsWith("Category Docs", StringComparison.OrdinalIgnoreCase);
                if (module is not null && !draft.Tags.Exists(t => t.Name == module))
                {
                    draft.Tags.Add(new TagDraft(module, null));
                }

                continue;
            }

            if (inCategoryDocs)
            {
                ReadCategoryDocs(block, draft, diagnostics);
                continue;
            }

            if (module is null || !block.IsHeading(3))
            {
                continue;
            }

            var heading = OperationHeading().Match(block.Text.Trim());
            if (!heading.Success)
            {
                diagnostics.Warn(block.Line, DiagnosticCodes.TruncatedOperation, $"'{block.Text.Trim()}' in module '{module}' is not 'METHOD /path'; skipped");
                continue;
            }

            var end = SectionEnd(document, i + 1);
            var section = new OperationSection(document, diagnostics);
            var operation = section.Read(i, heading.Groups["method"].Value.ToUpperInvariant(), heading.Groups["path"].Value, end);
            operation.Tags.Add(module);
            if (section.RequestOrigin is { } origin)
            {
                origins.Add((origin, section.RequestUrlLine));
            }

            draft.Operations.Add(operation);
            i = end - 1;
        }

        AddServer(draft, origins, diagnostics);
        draft.SourceSections = draft.Operations.Count;
        return draft;
    }

    /// <summary>One server: the origin most requestUrl bullets use (first seen on a tie); the others are reported.</summary>
    private static void AddServer(DocumentDraft draft, List<(string Origin, int Line)> origins, DiagnosticBag diagnostics)
    {
        if (origins.Count == 0)
        {
            return;
        }

        var groups = origins.GroupBy(o => o.Origin, StringComparer.Ordinal).ToList();
        var best = groups.OrderByDescending(g => g.Count()).First();
        draft.Servers.Add(new ServerDraft(best.Key, null));
        foreach (var other in groups.Where(g => g.Key != best.Key))
        {
            diagnostics.Warn(other.First().Line, DiagnosticCodes.SettingsProblem,
                $"{other.Count()} requestUrl bullets use the host '{other.Key}'; the server is '{best.Key}' (used by {best.Count()}); set baseUrl in specgen.json to change it");
        }
    }

    /// <summary>Category Docs rows <c>| 标签 | `docs/…/biao-qian/README.md` |</c>: the display name of a module.</summary>
    private static void ReadCategoryDocs(MdBlock block, DocumentDraft draft, DiagnosticBag diagnostics)
    {
        foreach (var table in PipeTableParser.Extract(block))
        {
            var title = table.Column("title");
            var doc = table.Column("doc");
            if (title < 0 || doc < 0)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                var folder = ReadmeFolder().Match(Common.Cells.Plain(row.Cell(doc)));
                var name = row.Cell(title).Trim();
                if (!folder.Success || name.Length == 0)
                {
                    continue;
                }

                var index = draft.Tags.FindIndex(t => t.Name == folder.Groups["slug"].Value);
                if (index < 0 || draft.Tags[index].Description is not null)
                {
                    continue;
                }

                var sameName = draft.Tags.Find(t => t.Description == name);
                if (sameName is not null)
                {
                    diagnostics.Warn(row.Line, DiagnosticCodes.DuplicateProperty,
                        $"Category Docs names module '{draft.Tags[index].Name}' '{name}', the name of module '{sameName.Name}' too; kept as written");
                }

                draft.Tags[index] = draft.Tags[index] with { Description = name };
            }
        }
    }

    private static int SectionEnd(MdDocument document, int from)
    {
        for (var j = from; j < document.Blocks.Count; j++)
        {
            if (document.Blocks[j].Kind == MdBlockKind.Heading && document.Blocks[j].Level <= 3)
            {
                return j;
            }
        }

        return document.Blocks.Count;
    }

    [GeneratedRegex(@"^模块\s*[：:]\s*`?(?<slug>[^`]+?)`?$")]
    private static partial Regex ModuleHeading();

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+(?<path>/\S*)$", RegexOptions.IgnoreCase)]
    private static partial Regex OperationHeading();

    [GeneratedRegex(@"/(?<slug>[^/]+)/README\.md$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadmeFolder();
}
