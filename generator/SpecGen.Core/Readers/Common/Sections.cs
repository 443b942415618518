using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Common;

internal static class Sections
{
    /// <summary>How many blocks of the document start a section, by the reader's own test.</summary>
    public static int Count(MdDocument document, Func<MdDocument, int, bool> startsSection)
    {
        var count = 0;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (startsSection(document, i))
            {
                count++;
            }
        }

        return count;
    }
}
