using Xunit.Abstractions;

namespace SpecGen.Core.Tests.RoundTrip;

/// <summary>
/// Docs → OpenAPI round trip: every fixture spec was rendered to markdown by widdershins 4.0.1 (the Apifox-like
/// options and the option matrix of <see cref="RoundTripFixtures.WiddershinsOptionSets"/>), by an Apifox-style
/// Chinese variant of that output, by swagger-markdown 3.0.0 and by openapi-to-md 1.1.1 (tools/roundtrip/render.sh).
/// Converting the markdown back must recover at least 99% of the original's facts per renderer
/// (see <see cref="OpenApiFacts"/>) and must invent none.
/// </summary>
public class RoundTripTests(ITestOutputHelper output)
{
    public const double RequiredRecovery = 0.99;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in RoundTripFixtures.Names)
        {
            foreach (var renderer in RoundTripFixtures.Renderers)
            {
                data.Add(fixture, renderer.Name);
            }
        }

        return data;
    }

    public static TheoryData<string> RendererNames() => new(RoundTripFixtures.Renderers.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Converted_markdown_invents_no_facts(string fixture, string renderer)
    {
        var comparison = RoundTripComparison.For(fixture, RoundTripFixtures.RendererNamed(renderer));
        output.WriteLine(comparison.Report());

        Assert.NotEmpty(comparison.Expected);
        Assert.True(comparison.Invented.Count == 0, comparison.Report());
    }

    [Theory]
    [MemberData(nameof(RendererNames))]
    public void Converted_markdown_recovers_at_least_99_percent_of_facts(string renderer)
    {
        var comparisons = RoundTripFixtures.Names
            .Select(f => RoundTripComparison.For(f, RoundTripFixtures.RendererNamed(renderer)))
            .ToList();
        var expected = comparisons.Sum(c => c.Expected.Count);
        var recovered = comparisons.Sum(c => c.Recovered);
        var ratio = expected == 0 ? 0 : (double)recovered / expected;
        var report = $"{renderer}: recovered {recovered}/{expected} = {ratio:P2} (need {RequiredRecovery:P0})\n"
            + string.Join('\n', comparisons.Where(c => c.Missing.Count > 0).Select(c => c.Report()));
        output.WriteLine(report);

        Assert.True(expected > 0, "no facts to compare: are the fixtures copied to the output directory?");
        Assert.True(ratio >= RequiredRecovery, report);
    }
}
