using System.Text.Json.Nodes;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Settings;
using SpecGen.Core.Tests.Support;

namespace SpecGen.Core.Tests.Conversion;

/// <summary>
/// Issue 9: a union whose branches' samples show different fixed values for one member (NapCat's message segments,
/// <c>"type": "text"</c>, <c>"at"</c>…) gets that member as its discriminator, reported as SG3010;
/// <c>fixedValues</c> in the settings corrects a sample the doc got wrong.
/// </summary>
public sealed class DiscriminatorTests
{
    private static readonly string NapCat = File.ReadAllText(Path.Combine(Repository.Specs, "napcat", "source.md"));

    private static List<JsonObject> Discriminators(string json)
    {
        var found = new List<JsonObject>();
        var pending = new Stack<JsonNode?>([JsonNode.Parse(json)]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject o:
                    if (o["discriminator"] is JsonObject d)
                    {
                        found.Add(d);
                    }

                    foreach (var (_, child) in o)
                    {
                        pending.Push(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }

        return found;
    }

    [Fact]
    public void Segment_unions_get_their_type_member_as_discriminator_and_each_is_reported()
    {
        var result = SpecConverter.Convert(NapCat, "napcat.md", ApiSettings.Load(Path.Combine(Repository.Specs, "napcat", "specgen.json")));

        var discriminators = Discriminators(result.Json);
        Assert.NotEmpty(discriminators);
        Assert.All(discriminators, d => Assert.Equal("type", d["propertyName"]!.GetValue<string>()));
        var mapping = discriminators.SelectMany(d => d["mapping"]!.AsObject()).GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.First().Value!.GetValue<string>());
        Assert.Equal("#/components/schemas/WenBenXiaoXi", mapping["text"]);
        Assert.Equal("#/components/schemas/AiTeXiaoXi", mapping["at"]);
        Assert.Equal("#/components/schemas/TuPianXiaoXi", mapping["image"]);

        // The settings correct the Markdown segment, whose sample says "record" like the voice segment's.
        Assert.Equal("#/components/schemas/MarkdownXiaoXi", mapping["markdown"]);
        Assert.Equal("#/components/schemas/YuYinXiaoXi", mapping["record"]);
        var reported = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DiscriminatorInferred).ToList();
        Assert.Equal(discriminators.Count, reported.Count);
        Assert.All(reported, d => Assert.True(d.Line > 1));
    }

    [Fact]
    public void Without_the_correction_unions_holding_two_segments_with_one_value_get_no_discriminator()
    {
        var corrected = Discriminators(SpecConverter.Convert(NapCat, "napcat.md", ApiSettings.Load(Path.Combine(Repository.Specs, "napcat", "specgen.json"))).Json);

        var result = SpecConverter.Convert(NapCat, "napcat.md");

        var plain = Discriminators(result.Json);
        Assert.InRange(plain.Count, 1, corrected.Count - 1);
        Assert.DoesNotContain(plain.SelectMany(d => d["mapping"]!.AsObject()), m => m.Key == "markdown");
    }

    [Fact]
    public void A_fixed_value_for_a_component_the_doc_lacks_is_reported()
    {
        var settings = ApiSettings.Parse("""{ "fixedValues": { "NoSuchModel": { "type": "x" } } }""", "specgen.json");

        var result = SpecConverter.Convert(NapCat, "napcat.md", settings);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.FixedValuesUnmatched);
        Assert.Contains("'NoSuchModel'", warning.Message);
    }

    [Theory]
    [InlineData("{\n  \"fixedValues\": null\n}", "\"fixedValues\" is null")]
    [InlineData("{\n  \"fixedValues\": { \"A\": null }\n}", "\"fixedValues.A\" is null")]
    [InlineData("{\n  \"fixedValues\": { \"A\": { \"type\": null } }\n}", "maps 'type' to null")]
    public void A_null_in_fixed_values_is_a_settings_error(string json, string message)
    {
        var error = Assert.Throws<SettingsException>(() => ApiSettings.Parse(json, "specgen.json"));

        Assert.Contains(message, error.Message);
        Assert.StartsWith("specgen.json:", error.Message);
    }
}
