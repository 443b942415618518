using System.Collections.Concurrent;

namespace SpecGen.Core.Tests.RoundTrip;

/// <summary>One fixture rendered by one renderer, converted back, and compared fact by fact with its original.</summary>
public sealed class RoundTripComparison
{
    private static readonly ConcurrentDictionary<(string, string), RoundTripComparison> Cache = new();

    private RoundTripComparison(string fixture, RoundTripFixtures.Renderer renderer, SortedSet<string> original, SortedSet<string> converted)
    {
        Fixture = fixture;
        Renderer = renderer;
        Expected = new SortedSet<string>(original.Where(f => !renderer.CannotExpress(f)), StringComparer.Ordinal);
        Missing = new SortedSet<string>(Expected.Except(converted), StringComparer.Ordinal);
        Invented = new SortedSet<string>(converted.Except(original), StringComparer.Ordinal);
    }

    public string Fixture { get; }

    public RoundTripFixtures.Renderer Renderer { get; }

    /// <summary>Facts of the original that this renderer can express.</summary>
    public SortedSet<string> Expected { get; }

    /// <summary>Expected facts that the converted spec lacks.</summary>
    public SortedSet<string> Missing { get; }

    /// <summary>Facts of the converted spec that the original does not have.</summary>
    public SortedSet<string> Invented { get; }

    public int Recovered => Expected.Count - Missing.Count;

    public static RoundTripComparison For(string fixture, RoundTripFixtures.Renderer renderer) =>
        Cache.GetOrAdd((fixture, renderer.Name), _ =>
        {
            var markdown = RoundTripFixtures.Read(fixture, renderer.MarkdownFile);
            var result = SpecConverter.Convert(markdown, $"{fixture}/{renderer.MarkdownFile}");
            var original = OpenApiFacts.Extract(RoundTripFixtures.Read(fixture, renderer.ExpectedFile));
            return new RoundTripComparison(fixture, renderer, original, OpenApiFacts.Extract(result.Json));
        });

    public string Report(int limit = 200)
    {
        var lines = new List<string>
        {
            $"{Fixture} × {Renderer.Name}: recovered {Recovered}/{Expected.Count}, missing {Missing.Count}, invented {Invented.Count}",
        };
        lines.AddRange(Missing.Take(limit).Select(f => "  missing:  " + f));
        lines.AddRange(Invented.Take(limit).Select(f => "  invented: " + f));
        return string.Join('\n', lines);
    }
}
