using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.OpenApiToMd;

/// <summary>
/// openapi-to-md 1.1.1 output (npm <c>openapi-to-md</c>): <c># title</c>, <c>&gt; Version x</c>, the API's description,
/// a <c>## Path Table</c> and a <c>## Reference Table</c>, then <c>## Path Details</c> with one <c>### [METHOD]/path</c>
/// per operation (read by <see cref="OperationSection"/>), then <c>## References</c> with one
/// <c>### #/components/schemas/Name</c> and its <c>```typescript</c> block per model. An operation ends at the next
/// operation heading or at <c>## References</c>, whatever headings its description holds.
/// </summary>
internal sealed partial class OpenApiToMdReader : IDialectReader
{
    private const string ReferencesHeading = "References";
    private const string SchemaPrefix = "#/components/schemas/";

    public string Name => "openapi-to-md";

    public int Weight => DialectDetector.SpecificWeight;

    public DialectScore Score(MdDocument document)
    {
        var count = Common.BlockCount.Where(document, (d, i) => Operation(d.Blocks[i]) is not null);
        return new DialectScore(count, $"{count} '### [METHOD]/path' headings");
    }

    public DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics)
    {
        var draft = new DocumentDraft();
        var blocks = document.Blocks;
        ReadTitle(document, draft);
        var references = 0;
        while (references < blocks.Count && !IsReferences(blocks[references]))
        {
            references++;
        }

        var models = ReadModels(document, references, diagnostics);
        var shapes = ModelShapes.Of(models.Select(m => (m.Name, m.Root)));
        var i = 0;
        while (i < references && Operation(blocks[i]) is null)
        {
            i++;
        }

        while (i < references && Operation(blocks[i]) is { } operation)
        {
            var end = i + 1;
            while (end < references && Operation(blocks[end]) is null)
            {
                end++;
            }

            draft.Operations.Add(OperationSection.Read(document, i, end, operation, shapes, diagnostics));
            i = end;
        }

        foreach (var (name, line, root, blockLine) in models)
        {
            draft.Models.Add(new ModelDraft(name, line, SchemaRows.Draft(root, blockLine, shapes, name, diagnostics)));
        }

        draft.SourceSections = draft.Operations.Count;
        return draft;
    }

    /// <summary><c>### [GET]/pets/{id}</c>: the method and path, or null.</summary>
    private static (string Method, string Path)? Operation(MdBlock block)
    {
        if (!block.IsHeading(3))
        {
            return null;
        }

        var match = OperationHeading().Match(block.Text.Trim());
        return match.Success ? (match.Groups["method"].Value.ToUpperInvariant(), match.Groups["path"].Value) : null;
    }

    private static bool IsReferences(MdBlock block) => block.IsHeading(2) && block.Text.Trim() == ReferencesHeading;

    /// <summary>The title (<c># title</c>), the version (<c>&gt; Version 1.0.0</c>) and the description up to <c>## Path Table</c>.</summary>
    private static void ReadTitle(MdDocument document, DocumentDraft draft)
    {
        var blocks = document.Blocks;
        var index = 0;
        while (index < blocks.Count && !blocks[index].IsHeading(1))
        {
            index++;
        }

        if (index == blocks.Count)
        {
            return;
        }

        draft.Title = blocks[index].Text.Trim();
        index++;
        if (index < blocks.Count && blocks[index].Kind == MdBlockKind.Quote && VersionLine().Match(blocks[index].Text.Trim()) is { Success: true } version)
        {
            draft.Version = version.Groups["version"].Value;
            index++;
        }

        var last = index;
        while (last < blocks.Count && blocks[last].Kind != MdBlockKind.Heading)
        {
            last++;
        }

        if (last > index)
        {
            draft.Description = document.Slice(index, last - 1);
        }
    }

    /// <summary>The models: <c>### #/components/schemas/Name</c> and the <c>```typescript</c> block after it (other components are skipped).</summary>
    private static List<(string Name, int Line, TsNode Root, int BlockLine)> ReadModels(MdDocument document, int from, DiagnosticBag diagnostics)
    {
        var models = new List<(string Name, int Line, TsNode Root, int BlockLine)>();
        string? name = null;
        var line = 0;
        for (var i = from; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (block.IsHeading(3))
            {
                var text = block.Text.Trim();
                name = text.StartsWith(SchemaPrefix, StringComparison.Ordinal) ? text[SchemaPrefix.Length..] : null;
                line = block.Line;
                continue;
            }

            if (name is not null && block.Kind == MdBlockKind.Code && block.Info == OperationSection.TypeScriptInfo)
            {
                models.Add((name, line, TypeScriptBlock.Parse(block, diagnostics), block.Line));
                name = null;
            }
        }

        return models;
    }

    [GeneratedRegex(@"^\[(?<method>GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE)\](?<path>/\S*)$", RegexOptions.IgnoreCase)]
    private static partial Regex OperationHeading();

    [GeneratedRegex(@"^Version\s+(?<version>\S+)$")]
    private static partial Regex VersionLine();
}
