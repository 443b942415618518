using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Widdershins;

/// <summary>
/// Which H1s are the doc's own: the title, the tags and the models heading. widdershins' English templates write
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

        var isHtml = block.Kind != MdBlockKind.Heading;
        return isHtml == _html || Vocabulary.Is(heading.Text, Vocabulary.ModelsHeadings) ? heading.Text : null;
    }
}
