using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// swagger2markup's markdown (Java/Spring projects; 0.x, 1.2, 1.3; English and Chinese labels),
/// one document or the concatenation of its overview, paths, security and definitions files:
/// <c># title</c>, <c>## Overview</c>, <c>## Paths</c> (or <c>## Resources</c> with one H3 per tag),
/// each operation a heading followed by a fenced <c>POST /pets</c>, <c>## Security</c>, and
/// <c>## Definitions</c> with one H3 per model.
/// </summary>
internal sealed class Swagger2MarkupReader : IDialectReader
{
    public string Name => "swagger2markup";

    public int Weight => DialectDetector.SpecificWeight;

    public DialectScore Score(MdDocument document)
    {
        var blocks = document.Blocks;
        var inPaths = false;
        var count = 0;
        string? label = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != MdBlockKind.Heading)
            {
                continue;
            }

            if (blocks[i].Level <= 2)
            {
                inPaths = blocks[i].Level == 2 && Labels.Is(blocks[i].Text, Labels.Paths);
                label ??= inPaths ? blocks[i].Text.Trim() : null;
            }
            else if (inPaths && Markup.OperationAt(document, i) is not null)
            {
                count++;
            }
        }

        return label is null
            ? DialectScore.None("no '## Paths' / '## Resources' (路径 / 资源) heading")
            : new DialectScore(count, $"{count} headings followed by a fenced 'METHOD /path' under '## {label}'");
    }

    public DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics)
    {
        var draft = new DocumentDraft();
        var context = new Context(document, draft, diagnostics);
        var blocks = document.Blocks;
        var sections = new Dictionary<string, (OperationDraft Operation, string Text)>(StringComparer.Ordinal);
        var sawTitle = false;
        var inPaths = false;
        string? group = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind != MdBlockKind.Heading)
            {
                continue;
            }

            var text = block.Text.Trim();
            if (block.Level == 1)
            {
                if (!sawTitle)
                {
                    draft.Title = text;
                }

                sawTitle = true;
                inPaths = false;
                continue;
            }

            if (block.Level == 2)
            {
                inPaths = false;
                group = null;
                var end = NextHeading(document, i + 1, 2);
                if (Labels.Is(text, Labels.Overview))
                {
                    OverviewSection.Read(document, i + 1, end, draft);
                    i = end - 1;
                }
                else if (Labels.Is(text, Labels.Security))
                {
                    SecuritySection.Read(document, i + 1, end, draft, diagnostics);
                    i = end - 1;
                }
                else if (Labels.Is(text, Labels.Definitions))
                {
                    DefinitionSection.Read(i + 1, end, context);
                    i = end - 1;
                }
                else if (Labels.Is(text, Labels.Paths))
                {
                    inPaths = true;
                }
                else
                {
                    diagnostics.Warn(block.Line, DiagnosticCodes.MissingColumn, $"section '{text}' is not one swagger2markup writes; skipped");
                    i = end - 1;
                }

                continue;
            }

            if (!inPaths)
            {
                continue;
            }

            if (Markup.OperationAt(document, i) is not null)
            {
                var end = NextHeading(document, i + 1, block.Level);
                AddOperation(i, end, group, sections, context);
                i = end - 1;
            }
            else if (block.Level == 3)
            {
                group = TagName(text, draft);
            }
            else
            {
                diagnostics.Warn(block.Line, DiagnosticCodes.MissingColumn, $"heading '{text}' is neither an operation nor a tag group; skipped");
            }
        }

        PlainNames.Link(draft);
        context.Inline.ReportUnused(diagnostics);
        KeepDeclaredSecurity(draft, diagnostics);
        context.Tally.Flush(diagnostics);
        draft.SourceSections = draft.Operations.Count;
        return draft;
    }

    /// <summary>
    /// Grouped by tags, an operation with several tags is printed under each: a copy identical to an
    /// earlier section only adds its group's tag; a different one is a second variant (merged later).
    /// </summary>
    private static void AddOperation(int index, int end, string? group, Dictionary<string, (OperationDraft Operation, string Text)> sections, Context context)
    {
        var request = Markup.OperationAt(context.Document, index)!.Value;
        var key = $"{request.Method} {request.Path}";
        var text = context.Document.Slice(index, end - 1);
        if (sections.TryGetValue(key, out var earlier) && earlier.Text == text)
        {
            if (group is not null && !earlier.Operation.Tags.Contains(group))
            {
                earlier.Operation.Tags.Add(group);
            }

            return;
        }

        var operation = OperationSection.Read(index, end, context);
        if (group is not null && operation.Tags.Count == 0)
        {
            operation.Tags.Add(group);
        }

        context.Draft.Operations.Add(operation);
        sections.TryAdd(key, (operation, text));
    }

    /// <summary>A tag group heading (<c>### Pets</c>) names the tag the overview lists (<c>pets</c>), whatever its case.</summary>
    private static string TagName(string heading, DocumentDraft draft) =>
        draft.Tags.Find(t => string.Equals(t.Name, heading, StringComparison.OrdinalIgnoreCase))?.Name ?? heading;

    /// <summary>Operations name schemes (<c>**[uid](#uid)**</c>); those the document does not declare (or that are not supported) are left out.</summary>
    private static void KeepDeclaredSecurity(DocumentDraft draft, DiagnosticBag diagnostics)
    {
        var declared = draft.SecuritySchemes.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in draft.Operations)
        {
            if (operation.Security is not { } security)
            {
                continue;
            }

            foreach (var name in security.Where(n => !declared.Contains(n)).ToList())
            {
                security.Remove(name);
                if (reported.Add(name))
                {
                    diagnostics.Warn(operation.Line, DiagnosticCodes.UnknownLocation, $"security scheme '{name}' is not declared in a supported form; left out of the operations that name it");
                }
            }

            if (security.Count == 0)
            {
                operation.Security = null;
            }
        }
    }

    /// <summary>The index of the next heading of <paramref name="level"/> or above (a smaller number).</summary>
    internal static int NextHeading(MdDocument document, int from, int level)
    {
        for (var j = from; j < document.Blocks.Count; j++)
        {
            if (document.Blocks[j].Kind == MdBlockKind.Heading && document.Blocks[j].Level <= level)
            {
                return j;
            }
        }

        return document.Blocks.Count;
    }
}
