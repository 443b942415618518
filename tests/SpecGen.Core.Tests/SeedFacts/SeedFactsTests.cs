using System.Text.Json.Nodes;
using SpecGen.Core.Tests.Support;

namespace SpecGen.Core.Tests.SeedFacts;

/// <summary>Every fact of seed-facts.json (copied into Fixtures/) checked against the converted specs, one case per fact.</summary>
public sealed class SeedFactsTests
{
    private static readonly Lazy<JsonArray> Facts = new(() =>
    {
        var root = JsonNode.Parse(File.ReadAllText(Repository.Fixture("seed-facts.json")))!;
        var all = new JsonArray();
        foreach (var seed in root["seeds"]!.AsArray())
        {
            foreach (var fact in seed!["facts"]!.AsArray())
            {
                all.Add(fact!.DeepClone());
            }
        }

        return all;
    });

    public static TheoryData<int, string> AllFacts()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Facts.Value.Count; i++)
        {
            var fact = Facts.Value[i]!;
            data.Add(i, $"{fact["seed"]!.GetValue<string>()[..3]} {fact["method"]} {fact["path"]} {fact["locator"]}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllFacts))]
    public void Fact_holds(int index, string label)
    {
        var fact = Facts.Value[index]!;
        var api = Repository.ApiForSeed(fact["seed"]!.GetValue<string>());
        var result = Converted.Api(api);
        var actual = FactLocator.Evaluate(result, Converted.Json(api), fact["method"]?.GetValue<string>(), fact["path"]?.GetValue<string>(), fact["locator"]!.GetValue<string>());
        var expected = fact["expect"];
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"{label}\n  check: {fact["check"]}\n  expected: {expected?.ToJsonString()}\n  actual:   {actual?.ToJsonString() ?? "null"}");
    }

    [Fact]
    public void Fixture_is_the_shared_facts_file()
    {
        Assert.Equal(100, Facts.Value.Count);
    }
}
