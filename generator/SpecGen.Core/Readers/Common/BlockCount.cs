using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Common;

internal static class BlockCount
{
    /// <summary>How many blocks of the document pass the reader's test (e.g. "starts an operation").</summary>
    public static int Where(MdDocument document, Func<MdDocument, int, bool> test)
    {
        var count = 0;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (test(document, i))
            {
                count++;
            }
        }

        return count;
    }
}
