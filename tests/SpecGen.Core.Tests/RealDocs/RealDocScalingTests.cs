using Xunit.Abstractions;

namespace SpecGen.Core.Tests.RealDocs;

/// <summary>
/// Converting the real-doc corpus is linear in its size: the corpus (every doc, joined) converted once
/// and four times over allocates four times as much, give or take a little (allocation, unlike time,
/// is the same from run to run; it is most of a conversion's cost).
/// </summary>
[Collection(AllocationSensitive.Name)]
public class RealDocScalingTests(ITestOutputHelper output)
{
    [Fact]
    public void Converting_four_times_the_corpus_allocates_about_four_times_as_much()
    {
        var corpus = string.Join("\n\n", RealDocCorpus.Docs.Select(d => d.Markdown));
        var fourTimes = string.Join("\n\n", Enumerable.Repeat(corpus, 4));
        Measure(corpus);

        var once = Measure(corpus);
        var four = Measure(fourTimes);

        var ratio = (double)four / once;
        output.WriteLine($"{corpus.Length / 1e6:F2} M chars: {once / 1e6:F1} MB; ×4: {four / 1e6:F1} MB; ratio {ratio:F2}");
        Assert.InRange(ratio, 3.0, 5.0);
    }

    private static long Measure(string markdown)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        SpecConverter.Convert(markdown, "corpus.md");
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
