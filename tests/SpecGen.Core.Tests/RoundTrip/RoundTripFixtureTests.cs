using System.Text.Json;

namespace SpecGen.Core.Tests.RoundTrip;

/// <summary>The fixtures themselves, and the fact extractor run on each original against itself.</summary>
public class RoundTripFixtureTests
{
    private static readonly string[] Files =
    [
        "original.json", "original.swagger2.json", "original.swagger2.oas3.json", .. RoundTripFixtures.Renderers.Select(r => r.MarkdownFile),
    ];

    public static TheoryData<string> FixtureNames() => new(RoundTripFixtures.Names);

    [Fact]
    public void Fixtures_cover_the_public_corpus_and_our_own_specs()
    {
        var names = RoundTripFixtures.Names;
        Assert.Equal(
            ["oai-api-with-examples", "oai-callback-example", "oai-link-example", "oai-petstore", "oai-petstore-expanded", "oai-uber-v2", "oai-uspto", "swagger-petstore-v3"],
            names.Where(n => !n.StartsWith("zh-", StringComparison.Ordinal)));
        Assert.True(names.Count(n => n.StartsWith("zh-", StringComparison.Ordinal)) >= 4, string.Join(", ", names));
        foreach (var name in names)
        {
            foreach (var file in Files)
            {
                Assert.True(RoundTripFixtures.Has(name, file), $"{name}/{file} is missing: run tools/roundtrip/render.sh");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Original_compared_with_itself_recovers_every_fact(string fixture)
    {
        var json = RoundTripFixtures.Read(fixture, "original.json");
        var first = OpenApiFacts.Extract(json);
        var second = OpenApiFacts.Extract(JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement));

        Assert.Equal(first, second);
        Assert.Equal(OperationCount(json), first.Count(IsOperation));
        Assert.All(first, fact =>
        {
            var operation = string.Join(' ', fact.Split(' ').Take(2));
            Assert.Contains(operation, first);
        });
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Swagger2_expectation_keeps_the_operations_and_parameters_of_the_original(string fixture)
    {
        // The swagger-markdown expectation may lose unions and cookie parameters, never operations.
        var original = OpenApiFacts.Extract(RoundTripFixtures.Read(fixture, "original.json"));
        var viaSwagger2 = OpenApiFacts.Extract(RoundTripFixtures.Read(fixture, "original.swagger2.oas3.json"));
        Assert.Equal(original.Where(IsOperation), viaSwagger2.Where(IsOperation));
        Assert.Equal(original.Count(f => f.Contains(" param ", StringComparison.Ordinal)), viaSwagger2.Count(f => f.Contains(" param ", StringComparison.Ordinal)));
    }

    private static bool IsOperation(string fact) => fact.Split(' ').Length == 2;

    private static int OperationCount(string json)
    {
        using var document = JsonDocument.Parse(json);
        string[] methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .Sum(p => p.Value.EnumerateObject().Count(o => methods.Contains(o.Name)));
    }
}
