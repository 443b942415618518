using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Parsing;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>
/// Issue 10: emitted code the compiler handles in time proportional to the spec. A fuzzed spec with a
/// 20,000-value enum took 290 s to compile (a string switch with one arm per value); a wide model was
/// one <c>else if</c> per property.
/// </summary>
public sealed class CompileCostTests
{
    private static string Spec(string schemas) =>
        "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"servers\":[{\"url\":\"https://example.com\"}],"
        + "\"paths\":{\"/a\":{\"post\":{\"operationId\":\"send\",\"requestBody\":{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/W\"}}}},"
        + "\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/W\"}}}}}}}},"
        + "\"components\":{\"schemas\":{" + schemas + "}}}";

    [Fact]
    public void An_enum_of_20000_values_compiles_quickly_names_the_first_1024_and_knows_them_all()
    {
        var values = string.Join(",", Enumerable.Range(0, 20_000).Select(i => "\"v" + i + "\""));
        GeneratorResult result = GeneratorHarness.Run(new SpecFile("/s/openapi.json", Spec("\"E\":{\"type\":\"string\",\"enum\":[" + values + "]},\"W\":{\"type\":\"object\",\"properties\":{\"e\":{\"$ref\":\"#/components/schemas/E\"}}}"), "Big.Sdk", "BigClient"));

        Diagnostic limit = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "SPECGEN015");
        Assert.Contains("20000 values", limit.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(1, limit.Location.GetLineSpan().StartLinePosition.Line + 1);

        string source = result.Source(".E.g.cs");
        Assert.Equal(CodeLimits.MaxNamedEnumMembers, CountOccurrences(source, "public static E "));
        Assert.True(CountOccurrences(source, " => true,") <= CodeLimits.MaxStringSwitchArms, "no string switch with one arm per value");

        var stopwatch = Stopwatch.StartNew();
        Assembly assembly = CompileAndLoad(result);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"compiled in {stopwatch.Elapsed.TotalSeconds:F1} s (was 290 s)");

        Type enumType = assembly.GetType("Big.Sdk.E")!;
        object last = Activator.CreateInstance(enumType, "v19999")!;
        object unknown = Activator.CreateInstance(enumType, "v20000")!;
        Assert.True((bool)enumType.GetProperty("IsKnown")!.GetValue(last)!);
        Assert.False((bool)enumType.GetProperty("IsKnown")!.GetValue(unknown)!);
        Assert.Equal("v1023", enumType.GetProperty("V1023")!.GetValue(null)!.ToString());
    }

    [Fact]
    public void A_model_with_3000_properties_reads_every_property_by_its_name()
    {
        const int count = 3000;
        var properties = string.Join(",", Enumerable.Range(0, count).Select(i => "\"p" + i + "\":{\"type\":\"integer\"}"));
        GeneratorResult result = GeneratorHarness.Run(new SpecFile("/s/openapi.json", Spec("\"W\":{\"type\":\"object\",\"properties\":{" + properties + "}}"), "Wide.Sdk", "WideClient"));
        result.AssertClean();
        string source = result.Source(".W.g.cs");
        Assert.DoesNotContain("else if", source, StringComparison.Ordinal);

        Assembly assembly = CompileAndLoad(result);
        Type model = assembly.GetType("Wide.Sdk.W")!;
        var json = new StringBuilder("{\"unknown\":{\"p1\":5},");
        for (int i = count - 1; i >= 0; i--)
        {
            // Escaped names must still match: "p\u0031" is "p1".
            json.Append(i == 1 ? "\"p\\u0031\"" : "\"p" + i + "\"").Append(':').Append(i * 7).Append(i == 0 ? "}" : ",");
        }

        object value = JsonSerializer.Deserialize(json.ToString(), model)!;
        for (int i = 0; i < count; i++)
        {
            Assert.Equal((long)i * 7, model.GetProperty("P" + i)!.GetValue(value));
        }

        string written = JsonSerializer.Serialize(value, model);
        Assert.Contains("\"p2999\":20993", written, StringComparison.Ordinal);
        // The undocumented member is kept and written back after the documented ones.
        Assert.EndsWith("\"p2999\":20993,\"unknown\":{\"p1\":5}}", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_differ_only_deep_inside_are_told_apart()
    {
        // The last three share their length and their first and last eight bytes, so they share a hash in the model's NameIndex.
        string[] names = { "aaaaaaaa", "aaaaaaab", "aaaaaaba", "aaaabaaa", "baaaaaaa", "aaaaaaaaa", "ab", "ba", "\u6d88\u606f", "\u6d88\u60ef", "a-b", "a.b", "start_at_x_end_date", "start_at_y_end_date", "start_at_z_end_date" };
        var properties = string.Join(",", names.Select(n => "\"" + n + "\":{\"type\":\"string\"}"));
        GeneratorResult result = GeneratorHarness.Run(new SpecFile("/s/openapi.json", Spec("\"W\":{\"type\":\"object\",\"properties\":{" + properties + "}}"), "Near.Sdk", "NearClient"));
        Assembly assembly = CompileAndLoad(result);
        Type model = assembly.GetType("Near.Sdk.W")!;
        // An undocumented name with the same hash is not taken for a documented one: it is kept as it came.
        string json = "{" + string.Join(",", names.Append("start_at_q_end_date").Select(n => JsonSerializer.Serialize(n) + ":" + JsonSerializer.Serialize("=" + n))) + "}";

        object value = JsonSerializer.Deserialize(json, model)!;
        string written = JsonSerializer.Serialize(value, model);
        using JsonDocument document = JsonDocument.Parse(written);
        foreach (string name in names.Append("start_at_q_end_date"))
        {
            Assert.Equal("=" + name, document.RootElement.GetProperty(name).GetString());
        }

        var additional = (System.Collections.IDictionary)model.GetProperty("AdditionalProperties")!.GetValue(value)!;
        Assert.Equal(["start_at_q_end_date"], additional.Keys.Cast<string>());
    }

    [Fact]
    public void Reserving_one_name_ten_thousand_times_numbers_it_in_order()
    {
        var scope = new NameScope();
        var stopwatch = Stopwatch.StartNew();
        var names = Enumerable.Range(0, 10_000).Select(_ => scope.Reserve("Value")).ToList();
        Assert.Equal("Value", names[0]);
        Assert.Equal("Value2", names[1]);
        Assert.Equal("Value10000", names[^1]);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{stopwatch.Elapsed.TotalMilliseconds:F0} ms");

        scope.Add("Item2");
        Assert.Equal("Item", scope.Reserve("Item"));
        Assert.Equal("Item3", scope.Reserve("Item"));
    }

    [Fact]
    public void Inline_objects_nested_60_deep_under_long_names_get_names_the_compiler_accepts()
    {
        string schema = "{\"type\":\"string\"}";
        for (int level = 0; level < 60; level++)
        {
            string name = "level_" + level + "_" + new string('x', 120);
            schema = "{\"type\":\"object\",\"properties\":{\"" + name + "\":" + schema + "}}";
        }

        GeneratorResult result = GeneratorHarness.Run(new SpecFile("/s/openapi.json", Spec("\"W\":" + schema), "Deep.Sdk", "DeepClient"));
        result.AssertClean();
        Assert.All(result.Sources, s => Assert.True(s.HintName.Length < 200, s.HintName));
        Assert.True(result.Sources.Sum(s => s.SourceText.Length) < 2_000_000, "generated code stays proportional to the spec");
    }

    private static Assembly CompileAndLoad(GeneratorResult result)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
    }

    private static int CountOccurrences(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
