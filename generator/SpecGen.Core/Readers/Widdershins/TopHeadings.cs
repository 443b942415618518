using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Widdershins;

/// <summary>
/// Which H1s are the doc's own (the title, the tags and the models heading), and which operation section headings. widdershins' English templates write
/// the title and the tags as HTML (<c>&lt;h1 id="…"&gt;pets&lt;/h1&gt;</c>) and only <c># Schemas</c> as markdown, so
/// there a markdown <c>#</c> heading elsewhere belongs to a description (the API's, a tag's or an operation's) and
/// ends nothing. Apifox writes them all as markdown.
/// </summary>
internal sealed class TopHeadings
{
    private readonly bool _html;

    private TopHeadings(bool html) => _html = html;

    /// <summary>The style of the doc's first H1 (the title) decides.</summary>
    public static TopHeadings Of(MdDocument document)
    {
        foreach (var block in document.Blocks)
        {
            if (Vocabulary.Heading(block) is { Level: 1 })
            {
                return new TopHeadings(block.Kind != MdBlockKind.Heading);
            }
        }

        return new TopHeadings(false);
    }

    /// <summary>The text of <paramref name="block"/> when it is one of the doc's own H1s, else null.</summary>
    public string? Text(MdBlock block)
    {
        if (Vocabulary.Heading(block) is not { Level: 1 } heading)
        {
            return null;
        }

        return InStyle(block) || Vocabulary.Is(heading.Text, Vocabulary.ModelsHeadings) ? heading.Text : null;
    }

    /// <summary>
    /// Whether a heading is written the way the doc writes its own: the English templates also write an operation's
    /// Parameters, Responses and Response Schema headings as HTML (<c>&lt;h3 id="…"&gt;</c>), Apifox as markdown.
    /// </summary>
    public bool InStyle(MdBlock block) => (block.Kind != MdBlockKind.Heading) == _html;
}
