using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Widdershins;

/// <summary>
/// widdershins' code samples (option <c>codeSamples</c>, the CLI default, or an operation's <c>x-code-samples</c>):
/// a <c>&gt; Code samples</c> quote and one fenced block per language tab (<c>```shell</c>, <c>```http</c>,
/// <c>```javascript</c>, …, whichever <c>language_tabs</c> and <c>httpsnippet</c> chose), printed between the
/// operation heading and its request line. They show how to call the operation, not what it takes or returns,
/// so they are skipped.
/// </summary>
internal static class CodeSamples
{
    /// <summary>
    /// The index of the first block after the code samples that start at <paramref name="index"/>, or
    /// <paramref name="index"/> itself when no <c>&gt; Code samples</c> quote starts there.
    /// </summary>
    public static int End(IReadOnlyList<MdBlock> blocks, int index)
    {
        if (index >= blocks.Count || blocks[index].Kind != MdBlockKind.Quote || !Vocabulary.Is(blocks[index].Text, Vocabulary.CodeSampleQuotes))
        {
            return index;
        }

        var j = index + 1;
        while (j < blocks.Count && blocks[j].Kind == MdBlockKind.Code)
        {
            j++;
        }

        return j;
    }
}
