using BenchmarkDotNet.Attributes;
using SpecGen.Core;

namespace SpecGen.Benchmarks;

/// <summary>
/// Linearity on real docs: the real-doc corpus (38 public docs from 10 generators, joined) converted
/// once and four times over; linear conversion takes four times as long and allocates four times as much.
/// </summary>
[MemoryDiagnoser]
public class RealDocBenchmarks
{
    private string _corpus = string.Empty;
    private string _fourTimes = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = SeedDocs.RealDocCorpus();
        _fourTimes = string.Join("\n\n", Enumerable.Repeat(_corpus, 4));
    }

    [Benchmark(Baseline = true, Description = "real-doc corpus ×1")]
    public int Once() => SpecConverter.Convert(_corpus, "corpus.md").Utf8Json.Length;

    [Benchmark(Description = "real-doc corpus ×4")]
    public int FourTimes() => SpecConverter.Convert(_fourTimes, "corpus.md").Utf8Json.Length;
}
