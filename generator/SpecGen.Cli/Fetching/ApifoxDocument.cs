using System.Text;

namespace SpecGen.Cli.Fetching;

/// <summary>
/// Assembles an Apifox site's pages into one <c>source.md</c>, in index order: each page is preceded by the
/// separator comment <c>&lt;!-- specgen:page URL --&gt;</c> and a blank line; a page's BOM and trailing blank lines
/// are dropped and its line endings become <c>\n</c>, so the same pages always give the same bytes.
/// </summary>
internal static class ApifoxDocument
{
    public static string Separator(Uri page) => $"<!-- specgen:page {page.AbsoluteUri} -->";

    public static byte[] Assemble(IEnumerable<(Uri Url, byte[] Bytes)> pages)
    {
        var text = new StringBuilder();
        foreach (var (url, bytes) in pages)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var body = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd('\n', ' ', '\t');
            text.Append(Separator(url)).Append("\n\n").Append(body).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
