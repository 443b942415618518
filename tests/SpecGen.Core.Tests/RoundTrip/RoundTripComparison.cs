using System.Collections.Concurrent;

namespace SpecGen.Core.Tests.RoundTrip;

/// <summary>One fixture rendered by one renderer, converted back, and compared fact by fact with its original.</summary>
public sealed class RoundTripComparison
{
    private static readonly ConcurrentDictionary<(string, string), RoundTripComparison> Cache = new();

    private RoundTripComparison(string fixture, RoundTripFixtures.Renderer renderer, ConversionResult result, SortedSet<string> original, Func<string, bool> cannotExpress, SortedSet<string> converted, ISet<string> guessed)
    {
        Fixture = fixture;
        Renderer = renderer;
        Dialect = result.Dialect ?? "(none)";
        Errors = result.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Expected = new SortedSet<string>(original.Where(f => !cannotExpress(f)), StringComparer.Ordinal);
        Missing = new SortedSet<string>(Expected.Except(converted), StringComparer.Ordinal);
        var notInOriginal = converted.Where(f => !cannotExpress(f)).Except(original).ToList();
        Vaguer = new SortedSet<string>(notInOriginal.Where(f => IsVaguerThanSomeOf(f, Missing)), StringComparer.Ordinal);
        Guessed = new SortedSet<string>(notInOriginal.Except(Vaguer).Where(f => guessed.Contains(OpenApiFacts.Subject(f))), StringComparer.Ordinal);
        Invented = new SortedSet<string>(notInOriginal.Except(Vaguer).Except(Guessed), StringComparer.Ordinal);
    }

    /// <summary>
    /// A converted fact that says <c>any</c> where a missing original fact names a type (the renderer
    /// printed <c>[array]</c> for an array of integer arrays) states less, not something false: it is
    /// counted as missing, not invented.
    /// </summary>
    private static bool IsVaguerThanSomeOf(string fact, IEnumerable<string> missing)
    {
        if (!fact.Contains("any", StringComparison.Ordinal))
        {
            return false;
        }

        var pattern = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(fact).Replace("any", "[A-Za-z<>|]+") + "$");
        return missing.Any(pattern.IsMatch);
    }

    public string Fixture { get; }

    public RoundTripFixtures.Renderer Renderer { get; }

    /// <summary>The dialect the converter detected.</summary>
    public string Dialect { get; }

    /// <summary>Error diagnostics of the conversion (reported, not asserted: the facts decide).</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Facts of the original that this renderer can express.</summary>
    public SortedSet<string> Expected { get; }

    /// <summary>Expected facts that the converted spec lacks.</summary>
    public SortedSet<string> Missing { get; }

    /// <summary>Facts of the converted spec that the original does not have (and that are not merely vaguer).</summary>
    public SortedSet<string> Invented { get; }

    /// <summary>Converted facts of schemas read from an example (<c>x-specgen-from-example</c>) that the original lacks: reported guesses, not inventions.</summary>
    public SortedSet<string> Guessed { get; }

    /// <summary>Converted facts that say <c>any</c> where the original names a type.</summary>
    public SortedSet<string> Vaguer { get; }

    public int Recovered => Expected.Count - Missing.Count;

    public static RoundTripComparison For(string fixture, RoundTripFixtures.Renderer renderer) =>
        Cache.GetOrAdd((fixture, renderer.Name), _ =>
        {
            var markdown = RoundTripFixtures.Read(fixture, renderer.MarkdownFile);
            var result = SpecConverter.Convert(markdown, $"{fixture}/{renderer.MarkdownFile}");
            var expectedJson = RoundTripFixtures.Read(fixture, renderer.ExpectedFile);
            var original = Normalized(OpenApiFacts.Extract(expectedJson), renderer);
            var converted = Normalized(OpenApiFacts.Extract(result.Json), renderer);
            var guessed = OpenApiFacts.FactsFromExamples(result.Json);
            return new RoundTripComparison(fixture, renderer, result, original, renderer.CannotExpress(expectedJson), converted, guessed);
        });

    private static SortedSet<string> Normalized(SortedSet<string> facts, RoundTripFixtures.Renderer renderer) =>
        new(facts.Select(renderer.Normalize), StringComparer.Ordinal);

    public string Report(int limit = 200)
    {
        var lines = new List<string>
        {
            $"{Fixture} × {Renderer.Name} (read as {Dialect}): recovered {Recovered}/{Expected.Count}, missing {Missing.Count}, invented {Invented.Count}, vaguer {Vaguer.Count}, guessed from examples {Guessed.Count}",
        };
        lines.AddRange(Errors.Take(5).Select(e => "  " + e));
        lines.AddRange(Missing.Take(limit).Select(f => "  missing:  " + f));
        lines.AddRange(Invented.Take(limit).Select(f => "  invented: " + f));
        return string.Join('\n', lines);
    }
}
