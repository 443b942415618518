using System.Text.RegularExpressions;

namespace SpecGen.Cli.Fetching;

/// <summary>
/// An Apifox site's <c>llms.txt</c> (the llms.txt format: markdown with <c>- [Title](url): note</c> list items): the
/// markdown pages it links to, in index order, each once. Links to anything but a <c>.md</c> page are not pages.
/// </summary>
internal static partial class ApifoxIndex
{
    public const string FileName = "llms.txt";

    /// <summary>The index of the site at <paramref name="siteUrl"/>: the URL itself when it names <c>llms.txt</c>, else <c>llms.txt</c> under it.</summary>
    public static Uri IndexUrl(Uri siteUrl)
    {
        if (siteUrl.AbsolutePath.EndsWith("/" + FileName, StringComparison.Ordinal))
        {
            return siteUrl;
        }

        var folder = siteUrl.AbsolutePath.EndsWith('/') ? siteUrl : new UriBuilder(siteUrl) { Path = siteUrl.AbsolutePath + "/", Query = string.Empty }.Uri;
        return new Uri(folder, FileName);
    }

    /// <summary>The page URLs of <paramref name="text"/>; a malformed link or an index without pages is a <see cref="FetchException"/> naming the line.</summary>
    public static IReadOnlyList<Uri> Pages(string text, Uri indexUrl)
    {
        var pages = new List<Uri>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var item = ListItemLink().Match(lines[i]);
            if (!item.Success)
            {
                continue;
            }

            var link = Link().Match(lines[i], item.Index);
            if (!link.Success || link.Index != item.Index + item.Length - 1)
            {
                throw new FetchException($"{indexUrl}:{i + 1}: malformed link '{lines[i].Trim()}' (expected '- [Title](https://…/page.md)')");
            }

            var href = link.Groups["href"].Value;
            if (!Uri.TryCreate(indexUrl, href, out var page) || (page.Scheme != Uri.UriSchemeHttp && page.Scheme != Uri.UriSchemeHttps))
            {
                throw new FetchException($"{indexUrl}:{i + 1}: link '{href}' is not an http or https URL");
            }

            if (page.AbsolutePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !pages.Contains(page))
            {
                pages.Add(page);
            }
        }

        return pages.Count > 0
            ? pages
            : throw new FetchException($"{indexUrl}: no markdown page links (expected lines like '- [Title](https://…/page.md)')");
    }

    /// <summary>A list item that opens a link: <c>- [</c>, <c>* [</c> or <c>+ [</c>.</summary>
    [GeneratedRegex(@"^\s*[-*+]\s+\[")]
    private static partial Regex ListItemLink();

    /// <summary>The whole link: <c>[title](href)</c> or <c>[title](href "tooltip")</c>; a title may hold bracketed words (<c>[Users [v2]]</c>).</summary>
    [GeneratedRegex(@"\[(?<title>(?:[^\[\]]|\[[^\[\]]*\])*)\]\((?<href>[^()\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();
}
