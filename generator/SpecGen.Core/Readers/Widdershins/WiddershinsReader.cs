using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Widdershins;

/// <summary>
/// widdershins markdown, in its original English output and in Apifox's Chinese flavour (seeds 000
/// and 001), under any of widdershins 4.0.1's options (the round-trip option matrix). An operation
/// starts at an H2 whose next block (after anchors and the code samples) is the request line
/// <c>POST /path</c> or <c>`GET /pets`</c>; every other H2 is description. H1s of the doc's own style
/// (<see cref="TopHeadings"/>) are tags until <c># 数据模型</c> / <c># Schemas</c>, where the models start.
/// </summary>
internal sealed partial class WiddershinsReader : IDialectReader
{
    public string Name => "widdershins";

    public int Weight => DialectDetector.SpecificWeight;

    public DialectScore Score(MdDocument document)
    {
        var count = Common.BlockCount.Where(document, (d, i) => OperationStart(d, i) is not null);
        if (count > 0 && !document.Blocks.Any(IsWiddershinsMarker))
        {
            return DialectScore.None($"{count} H2 headings followed by a request line, but none of widdershins' quotes, response headings or parameter tables");
        }

        return new DialectScore(count, $"{count} H2 headings followed by a request line (`GET /path`)");
    }

    public DocumentDraft Read(MdDocument document, DiagnosticBag diagnostics)
    {
        var draft = new DocumentDraft();
        var blocks = document.Blocks;
        var topHeadings = TopHeadings.Of(document);
        ReadFrontMatter(document, draft);
        string? tag = null;
        var sawTitle = false;

        // Where the last section ended, and the operation that starts there (found by SectionEnd, not tested again).
        var sectionEnd = -1;
        (int PathBlock, string Method, string Path)? startAtSectionEnd = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (topHeadings.Text(blocks[i]) is { } h1)
            {
                if (Vocabulary.Is(h1, Vocabulary.ModelsHeadings))
                {
                    ModelSectionReader.Read(document, i + 1, blocks.Count, draft, diagnostics);
                    break;
                }

                if (!sawTitle)
                {
                    sawTitle = true;
                    if (draft.Title == "API" || h1 == draft.Title || h1.StartsWith(draft.Title, StringComparison.Ordinal))
                    {
                        draft.Title = draft.Title == "API" ? h1 : draft.Title;
                        continue;
                    }
                }

                tag = h1 == "Authentication" ? null : h1;
                if (tag is not null && !draft.Tags.Exists(t => t.Name == tag))
                {
                    draft.Tags.Add(new TagDraft(tag, null));
                }

                continue;
            }

            if (IsBaseUrls(blocks[i]) && i + 1 < blocks.Count && blocks[i + 1].Kind == MdBlockKind.List)
            {
                foreach (Match url in HrefPattern().Matches(blocks[i + 1].Raw))
                {
                    draft.Servers.Add(new ServerDraft(url.Groups["url"].Value, null));
                }
            }

            if ((i == sectionEnd ? startAtSectionEnd : OperationStart(document, i)) is not { } start)
            {
                continue;
            }

            var end = SectionEnd(document, topHeadings, i + 1, out startAtSectionEnd);
            sectionEnd = end;
            if (IsCallback(document, i))
            {
                diagnostics.Warn(blocks[i].Line, DiagnosticCodes.CallbackSkipped,
                    $"'{start.Method} {start.Path}' here is a callback of the operation before it (widdershins prints it like an operation); callbacks are not converted");
                i = end - 1;
                continue;
            }

            var operation = OperationSectionReader.Read(document, i, start, end, topHeadings, diagnostics);
            if (tag is not null)
            {
                operation.Tags.Add(tag);
            }

            draft.Operations.Add(operation);
            i = end - 1;
        }

        return draft;
    }

    /// <summary>
    /// The index just past an operation's last block: the next operation start (returned in <paramref name="nextStart"/>),
    /// the next tag or the models heading. Headings inside the description (any level) end nothing.
    /// </summary>
    private static int SectionEnd(MdDocument document, TopHeadings topHeadings, int from, out (int PathBlock, string Method, string Path)? nextStart)
    {
        for (var j = from; j < document.Blocks.Count; j++)
        {
            if (topHeadings.Text(document.Blocks[j]) is not null)
            {
                nextStart = null;
                return j;
            }

            nextStart = OperationStart(document, j);
            if (nextStart is not null)
            {
                return j;
            }
        }

        nextStart = null;
        return document.Blocks.Count;
    }

    /// <summary>
    /// Block <paramref name="index"/> starts an operation when it is an H2 followed by the request line, with
    /// only anchors, comments and the code samples (<c>&gt; Code samples</c> and its fenced blocks) between them.
    /// </summary>
    internal static (int PathBlock, string Method, string Path)? OperationStart(MdDocument document, int index)
    {
        var blocks = document.Blocks;
        if (Vocabulary.Heading(blocks[index]) is not { Level: 2 })
        {
            return null;
        }

        var j = index + 1;
        for (var anchors = 0; j < blocks.Count && anchors < 3; anchors++)
        {
            if (Vocabulary.HasAnchors(blocks[j]) || (blocks[j].Kind == MdBlockKind.Html && blocks[j].RawSpan.TrimStart().StartsWith("<!--", StringComparison.Ordinal)))
            {
                j++;
            }
        }

        j = CodeSamples.End(blocks, j);
        return j < blocks.Count && Vocabulary.RequestLine(blocks[j]) is { } line ? (j, line.Method, line.Path) : null;
    }

    /// <summary>widdershins prints a callback as an operation right after its URL expression in bold (<c>**{$request.query.url}/data**</c>).</summary>
    private static bool IsCallback(MdDocument document, int headingIndex)
    {
        for (var j = headingIndex - 1; j >= 0; j--)
        {
            var block = document.Blocks[j];
            if (Vocabulary.HasAnchors(block))
            {
                continue;
            }

            var text = block.RawSpan.Trim();
            return block.Kind == MdBlockKind.Paragraph && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) && text.Contains("{$", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>
    /// A text only widdershins (or Apifox) writes: a body or example quote, a response heading, a
    /// parameter table with a location column, a status line, or <c>language_tabs</c> front matter.
    /// </summary>
    private static bool IsWiddershinsMarker(MdBlock block) => block.Kind switch
    {
        MdBlockKind.Quote => Vocabulary.Is(block.Text, Vocabulary.BodyQuotes) || Vocabulary.Is(block.Text, Vocabulary.ExampleQuotes) || Vocabulary.ExampleStatus(block) is not null,
        MdBlockKind.FrontMatter => block.RawSpan.Contains("language_tabs", StringComparison.Ordinal),
        MdBlockKind.Heading or MdBlockKind.Html => Vocabulary.Heading(block) is { } heading
            && (Vocabulary.Is(heading.Text, Vocabulary.ResponseHeadings) || Vocabulary.Is(heading.Text, Vocabulary.ResponseSchemaHeadings)),
        MdBlockKind.Paragraph => Vocabulary.StatusLine(block) is not null
            || (block.RawSpan.StartsWith('|') && PipeTableParser.Extract(block).Any(t => t.Column("位置", "In", "Location") >= 0 && t.Column("名称", "Name") >= 0)),
        _ => false,
    };

    private static bool IsBaseUrls(MdBlock block) => block.Kind == MdBlockKind.Paragraph && block.FirstLine == "Base URLs:";

    private static void ReadFrontMatter(MdDocument document, DocumentDraft draft)
    {
        var front = document.Blocks.FirstOrDefault(b => b.Kind == MdBlockKind.FrontMatter);
        var title = front is null ? null : TitlePattern().Match(front.Text);
        if (title is { Success: true })
        {
            draft.Title = title.Groups["title"].Value.Trim().Trim('"', '\'');
        }
    }

    [GeneratedRegex(@"^title:\s*(?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"href=""(?<url>[^""]+)""")]
    private static partial Regex HrefPattern();
}
