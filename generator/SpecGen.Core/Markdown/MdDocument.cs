using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Markdown;

/// <summary>
/// A markdown document as a flat list of top-level blocks. Parsed with Markdig's plain CommonMark
/// pipeline plus YAML front matter: pipe tables are not parsed by Markdig (that extension costs
/// ~13× the parse on these table-heavy docs); <see cref="PipeTableParser"/> splits the table lines
/// that CommonMark leaves inside paragraphs.
/// </summary>
public sealed class MdDocument
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline(frontMatter: true);
    private static readonly MarkdownPipeline NoFrontMatter = BuildPipeline(frontMatter: false);

    private MdDocument(string text, IReadOnlyList<MdBlock> blocks)
    {
        Text = text;
        Blocks = blocks;
    }

    /// <summary>The normalized source text (line endings are LF) the block offsets refer to.</summary>
    public string Text { get; }

    public IReadOnlyList<MdBlock> Blocks { get; }

    /// <summary>Source text from the start of block <paramref name="first"/> to the end of block <paramref name="last"/>, inclusive.</summary>
    public string Slice(int first, int last) =>
        first > last ? string.Empty : Text.Substring(Blocks[first].Start, Blocks[last].End - Blocks[first].Start).Trim();

    /// <summary>
    /// CommonMark blocks plus front matter. No inlines at all: readers take text from source spans,
    /// so each leaf block is marked, when closed, as having no inlines to process. Without that,
    /// Markdig would still join every paragraph's lines into a new string and wrap it in a literal
    /// inline that nothing reads. Block structure (link reference definitions included) is decided
    /// while blocks are parsed, so it does not change.
    /// </summary>
    private static MarkdownPipeline BuildPipeline(bool frontMatter)
    {
        var builder = new MarkdownPipelineBuilder();
        if (frontMatter)
        {
            builder.UseYamlFrontMatter();
        }

        builder.InlineParsers.Clear();
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += SkipInlines;
        }

        return builder.Build();
    }

    /// <summary>
    /// A doc that opens with <c>---</c> has YAML front matter only when the next line reads as YAML
    /// (<c>key:</c>, or the closing <c>---</c>); swagger-markdown's <c>--skip-info</c> output
    /// opens with a rule and a <c>### /path</c> heading, which front matter would swallow up to the next rule.
    /// </summary>
    private static MarkdownPipeline PipelineFor(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return Pipeline;
        }

        var firstBreak = text.IndexOf('\n');
        if (firstBreak < 0)
        {
            return Pipeline;
        }

        var secondBreak = text.IndexOf('\n', firstBreak + 1);
        var second = text.AsSpan(firstBreak + 1, (secondBreak < 0 ? text.Length : secondBreak) - firstBreak - 1).Trim();
        var looksLikeYaml = second.IsEmpty || second.StartsWith("---") || second.StartsWith("...")
            || (second.IndexOf(':') is var colon and > 0 && second[0] != '#' && !second[..colon].ContainsAny(' ', '|', '['));
        return looksLikeYaml ? Pipeline : NoFrontMatter;
    }

    private static void SkipInlines(BlockProcessor processor, Block block)
    {
        if (block is LeafBlock leaf)
        {
            leaf.ProcessInlines = false;
        }
    }

    private static (MarkdownDocument Document, Func<int, int> LineMap) ParseBlocks(ref string text, DiagnosticBag diagnostics)
    {
        var pipeline = PipelineFor(text);
        var document = Markdig.Markdown.Parse(text, pipeline);
        var lineMap = FenceRepair.Repair(ref text, ref document, pipeline, diagnostics);
        return (document, lineMap);
    }

    public static MdDocument Parse(string source, DiagnosticBag diagnostics)
    {
        var text = source.Replace("\r\n", "\n").Replace('\r', '\n');
        MarkdownDocument document;
        Func<int, int> lineMap;
        try
        {
            (document, lineMap) = ParseBlocks(ref text, diagnostics);
        }
        catch (ArgumentException)
        {
            // Markdig's depth limit ("too deeply nested"): cut the deepest container prefixes, parse again.
            text = NestingLimit.Apply(text, diagnostics);
            try
            {
                (document, lineMap) = ParseBlocks(ref text, diagnostics);
            }
            catch (ArgumentException e)
            {
                diagnostics.Error(1, DiagnosticCodes.NestingTooDeep, $"the markdown parser gave up: {e.Message}");
                return new MdDocument(text, Array.Empty<MdBlock>());
            }
        }

        var blocks = new List<MdBlock>(document.Count);
        var cells = new CellStrings();
        foreach (var block in document)
        {
            var flat = BlockFlattener.Flatten(block, text, lineMap);
            flat.CellStrings = cells;
            blocks.Add(flat);
        }

        return new MdDocument(text, blocks);
    }
}
