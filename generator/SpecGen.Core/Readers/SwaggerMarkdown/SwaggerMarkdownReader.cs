using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.SwaggerMarkdown;

/// <summary>
/// swagger-markdown 3.0.0 output for Swagger 2.0 documents (seed 004 and the round-trip
/// fixtures): <c># title</c>, its description, <c>## Version: x</c>, a <c>### Security</c> block,
/// optional <c>## tag</c> groups, <c>### /path</c> with one <c>#### METHOD</c> per operation (H5
/// Summary, Description, Parameters, Responses, Security), then <c>### Models</c> with one
/// <c>#### Name</c> per model.
/// </summary>
internal sealed partial class SwaggerMarkdownReader : IDialectReader
{
    public string Name => "swagger-markdown";

    public int Weight => DialectDetector.SpecificWeight;

    public DialectScore Score(MdDocument document)
    {
        var count = 0;
        var inPath = false;
        foreach (var block in document.Blocks)
        {
            if (block.Kind != MdBlockKind.Heading)
            {
                continue;
            }

            if (block.Level <= 3)
            {
                inPath = block.Level == 3 && IsPath(block.Text);
                if (block.Level == 3 && OperationHeading().IsMatch(block.Text.Trim()))
                {
                    count++;
                }
            }
            else if (block.Level == 4 && inPath && Method(block.Text) is not null)
            {
                count++;
            }
        }

        return new DialectScore(count, $"{count} '#### METHOD' headings under '### /path' headings");
    }

    public DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics)
    {
        var draft = new DocumentDraft();
        var blocks = document.Blocks;
        var unsupportedSchemes = new HashSet<string>(StringComparer.Ordinal);
        var sections = new Dictionary<string, (OperationDraft Operation, string Text)>(StringComparer.Ordinal);
        string? path = null;
        string? tag = null;
        var sawTitle = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind != MdBlockKind.Heading)
            {
                continue;
            }

            var text = block.Text.Trim();
            switch (block.Level)
            {
                case 1 when !sawTitle:
                    sawTitle = true;
                    draft.Title = text;
                    draft.Description = InfoDescription(document, i + 1);
                    break;
                case 2:
                    path = null;
                    var version = VersionHeading().Match(text);
                    if (version.Success)
                    {
                        draft.Version = version.Groups["version"].Value.Trim();
                        break;
                    }

                    tag = text == "default" ? null : text;
                    if (tag is not null && !draft.Tags.Exists(t => t.Name == tag))
                    {
                        draft.Tags.Add(new TagDraft(tag, Text.Unescape(SectionText(document, i + 1))));
                    }

                    break;
                case 3 when text.Equals("Security", StringComparison.OrdinalIgnoreCase):
                    path = null;
                    SecuritySection.Read(document, i + 1, NextHeading(document, i + 1, 3), draft, unsupportedSchemes, diagnostics);
                    break;
                case 3 when text.Equals("Available authorizations", StringComparison.OrdinalIgnoreCase):
                    path = null;
                    SecuritySection.ReadAuthorizations(document, i + 1, NextHeading(document, i + 1, 3), draft, unsupportedSchemes, diagnostics);
                    break;
                case 3 when text is "Models" or "Schemas":
                    path = null;
                    var modelsEnd = NextHeading(document, i + 1, 3);
                    ModelSection.Read(document, i + 1, modelsEnd, draft, diagnostics);
                    i = modelsEnd - 1;
                    break;
                case 3 when OperationHeading().Match(text) is { Success: true } v3:
                    path = null;
                    var v3End = OperationEnd(document, i + 1, 3);
                    AddOperation(document, i, v3.Groups["method"].Value.ToUpperInvariant(), v3.Groups["path"].Value, v3End, tag, draft, sections, unsupportedSchemes, diagnostics);
                    i = v3End - 1;
                    break;
                case 3:
                    path = IsPath(text) ? text : null;
                    break;
                case 4 when path is not null && Method(text) is { } method:
                    var end = OperationEnd(document, i + 1, 4);
                    AddOperation(document, i, method, path, end, tag, draft, sections, unsupportedSchemes, diagnostics);
                    i = end - 1;
                    break;
            }
        }

        draft.SourceSections = draft.Operations.Count;
        return draft;
    }

    /// <summary>
    /// An operation with several tags is printed once under each tag: a section identical to an
    /// earlier one with the same method and path only adds its tag. A different one is a second
    /// variant, which the normalizer merges.
    /// </summary>
    private static void AddOperation(MdDocument document, int index, string method, string path, int end, string? tag, DocumentDraft draft,
        Dictionary<string, (OperationDraft Operation, string Text)> sections, HashSet<string> unsupported, DiagnosticBag diagnostics)
    {
        var key = $"{method} {path}";
        var last = end - 1;
        while (last > index && document.Blocks[last].Kind == MdBlockKind.ThematicBreak)
        {
            last--;
        }

        var text = document.Slice(index + 1, last);
        if (sections.TryGetValue(key, out var earlier) && earlier.Text == text)
        {
            if (tag is not null && !earlier.Operation.Tags.Contains(tag))
            {
                earlier.Operation.Tags.Add(tag);
            }

            return;
        }

        var operation = OperationSection.Read(document, index, method, path, end, diagnostics);
        if (tag is not null)
        {
            operation.Tags.Add(tag);
        }

        DropUnsupportedSchemes(operation, unsupported, diagnostics);
        draft.Operations.Add(operation);
        sections.TryAdd(key, (operation, text));
    }

    /// <summary>Schemes this converter cannot express (oauth2) are left out of the operation's requirement, with a warning.</summary>
    private static void DropUnsupportedSchemes(OperationDraft operation, HashSet<string> unsupported, DiagnosticBag diagnostics)
    {
        if (operation.Security is not { } security)
        {
            return;
        }

        foreach (var name in security.Where(unsupported.Contains).ToList())
        {
            security.Remove(name);
            diagnostics.Warn(operation.Line, DiagnosticCodes.UnknownLocation, $"security scheme '{name}' is not supported; left out of this operation's requirement");
        }
    }

    /// <summary>The paragraphs between the H1 and the next heading, up to the first rule or <c>**Schemes:**</c>-style field.</summary>
    private static string? InfoDescription(MdDocument document, int from)
    {
        var last = from - 1;
        for (var j = from; j < document.Blocks.Count; j++)
        {
            var block = document.Blocks[j];
            if (block.Kind is MdBlockKind.Heading or MdBlockKind.ThematicBreak || IsField(block))
            {
                break;
            }

            last = j;
        }

        return Text.Unescape(document.Slice(from, last));
    }

    /// <summary>The text between a heading and the next heading or rule.</summary>
    internal static string SectionText(MdDocument document, int from)
    {
        var last = from - 1;
        for (var j = from; j < document.Blocks.Count; j++)
        {
            var block = document.Blocks[j];
            if (block.Kind is MdBlockKind.Heading or MdBlockKind.ThematicBreak)
            {
                break;
            }

            last = j;
        }

        return document.Slice(from, last);
    }

    /// <summary><c>**Schemes:** https</c>, <c>**Contact information:**</c>, <c>**License:**</c>: a bold label paragraph.</summary>
    private static bool IsField(MdBlock block) => block.Kind == MdBlockKind.Paragraph && FieldLabel().IsMatch(block.Raw.TrimStart());

    /// <summary>The index of the next heading of <paramref name="level"/> or above (a smaller number).</summary>
    /// <summary>
    /// The end of an operation that starts before <paramref name="from"/>: the next heading that is
    /// part of swagger-markdown's own structure (a <c>### /path</c>, a <c>#### METHOD</c> at an H4
    /// operation's level, <c>### Models</c>/<c>Security</c>, or a tag heading followed by one of
    /// those). Any other heading, at whatever level, was written inside the description.
    /// </summary>
    private static int OperationEnd(MdDocument document, int from, int level)
    {
        for (var j = from; j < document.Blocks.Count; j++)
        {
            var block = document.Blocks[j];
            if (block.Kind == MdBlockKind.Heading && block.Level <= level && IsStructural(document, j, level))
            {
                return j;
            }
        }

        return document.Blocks.Count;
    }

    private static bool IsStructural(MdDocument document, int index, int operationLevel)
    {
        var block = document.Blocks[index];
        var text = block.Text.Trim();
        switch (block.Level)
        {
            case 3:
                return IsPath(text) || OperationHeading().IsMatch(text) || text is "Models" or "Schemas" or "Security" or "Available authorizations";
            case 4:
                return operationLevel == 4 && Method(text) is not null;
            case 2 when VersionHeading().IsMatch(text):
                return true;
            case <= 2:
                // A tag: the next H3 (past other tags, looking a bounded way ahead) is a path, an operation or the models.
                var seen = 0;
                for (var j = index + 1; j < document.Blocks.Count && seen < 64; j++)
                {
                    if (document.Blocks[j] is { Kind: MdBlockKind.Heading } next && ++seen > 0)
                    {
                        if (next.Level == 3)
                        {
                            return IsStructural(document, j, operationLevel);
                        }

                        if (next.Level > 3)
                        {
                            return false;
                        }
                    }
                }

                return true;
            default:
                return false;
        }
    }

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

    private static bool IsPath(string text) => text.StartsWith('/');

    internal static string? Method(string text) => text.Trim().ToUpperInvariant() switch
    {
        "GET" or "POST" or "PUT" or "DELETE" or "PATCH" or "HEAD" or "OPTIONS" or "TRACE" => text.Trim().ToUpperInvariant(),
        _ => null,
    };

    /// <summary>The OpenAPI 3 layout's operation heading: <c>[GET] /pets</c>, struck through when deprecated.</summary>
    [GeneratedRegex(@"^(?:~~)?\[(?<method>GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE)\]\s+(?<path>/\S*?)(?:~~)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OperationHeading();

    [GeneratedRegex(@"^Version:\s*(?<version>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionHeading();

    [GeneratedRegex(@"^\*\*(?:Schemes|Contact information|License|Documentation):\*\*")]
    private static partial Regex FieldLabel();
}
