using BenchmarkDotNet.Attributes;
using SpecGen.Diff;
using SpecGen.Diff.Surface;
using SpecGen.Diff.Tests.Surface;

namespace SpecGen.Benchmarks;

/// <summary>
/// <c>specgen diff</c> on the 3 MB pair of the surface tests (<see cref="LargeSpecPair"/>): the wire diff alone (the
/// baseline: both documents parsed and compared) against wire and C# surface diff together, run as
/// <see cref="DiffRunner"/> runs them (the surface started first, in parallel with the wire diff), in one warm process.
/// Roslyn's methods run a few times per iteration, so they need many iterations to reach their optimized code:
/// <c>dotnet run -c Release --project tools/SpecGen.Benchmarks -- --filter '*DiffSurface*' --warmupCount 50 --iterationCount 30</c>.
/// <see cref="DiffCliBenchmarks"/> measures the command as users run it, one process per diff.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DiffSurfaceBenchmarks
{
    private static readonly SdkNames Names = new("SpecGen.Sdk.NapCat", "NapCatClient");
    private string _old = string.Empty;
    private string _new = string.Empty;

    [GlobalSetup]
    public void Setup() => (_old, _new) = (LargeSpecPair.Old, LargeSpecPair.New);

    [Benchmark(Baseline = true, Description = "wire (3 MB pair)")]
    public int Wire()
    {
        var oldDocument = SpecDocument.Parse(_old, "old.json");
        var newDocument = SpecDocument.Parse(_new, "new.json");
        return SpecComparer.Compare(oldDocument, newDocument).Changes.Count;
    }

    [Benchmark(Description = "wire + surface (3 MB pair)")]
    public int WireAndSurface()
    {
        var oldDocument = SpecDocument.Parse(_old, "old.json");
        var newDocument = SpecDocument.Parse(_new, "new.json");
        var surfaces = SurfaceDiff.Start(oldDocument, newDocument, Names);
        var wire = SpecComparer.Compare(oldDocument, newDocument);
        return wire.Changes.Count + SurfaceDiff.Compare(surfaces, wire.Changes).Count;
    }
}
