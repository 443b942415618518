using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Tests.Support;

namespace SpecGen.Core.Tests.Conversion;

/// <summary>Whole-document properties of the converted seeds: counts, names, determinism, the committed specs.</summary>
public sealed partial class SeedConversionTests
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "patch", "head", "options", "trace" };

    [Theory]
    [InlineData("juhebot", 130, 130, "widdershins")]
    [InlineData("napcat", 131, 131, "widdershins")]
    [InlineData("maxim", 180, 180, "table-export")]
    [InlineData("eyun", 125, 127, "catalog")]
    [InlineData("wukongchat", 84, 84, "swagger-markdown")]
    public void Operation_counts_match_the_doc(string api, int operations, int sections, string dialect)
    {
        var result = Converted.Api(api);

        Assert.Equal(dialect, result.Dialect);
        Assert.Equal(sections, result.SourceSections);
        Assert.Equal(operations, result.OperationCount);
        Assert.Equal(operations, Operations(Converted.Json(api)).Count());
        Assert.True(result.Success, string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
    }

    [Theory]
    [MemberData(nameof(SeedApis.All), MemberType = typeof(SeedApis))]
    public void Component_keys_are_ascii_and_renamed_schemas_keep_their_name_as_title(string api)
    {
        var schemas = Converted.Json(api)["components"]?["schemas"] as JsonObject ?? new JsonObject();

        Assert.All(schemas, p => Assert.Matches(ComponentKey(), p.Key));
        foreach (var diagnostic in Converted.Api(api).Diagnostics.Where(d => d.Code == DiagnosticCodes.RenamedSchema))
        {
            var original = diagnostic.Message.Split('\'')[1];
            Assert.Contains(schemas, p => p.Value!["title"]?.GetValue<string>() == original);
        }
    }

    [Fact]
    public void Chinese_model_names_become_pinyin_keys_with_the_name_as_title()
    {
        var schemas = Converted.Json("napcat")["components"]!["schemas"]!.AsObject();

        var entry = schemas.Single(p => p.Value!["title"]?.GetValue<string>() == "一级合并转发消息");
        Assert.Equal("YiJiHeBingZhuanFaXiaoXi", entry.Key);
        Assert.Contains(schemas, p => p.Value!["title"]?.GetValue<string>() == "number | string" && p.Key == "NumberString");
    }

    [Theory]
    [MemberData(nameof(SeedApis.All), MemberType = typeof(SeedApis))]
    public void OperationIds_are_unique_ascii_identifiers(string api)
    {
        var ids = Operations(Converted.Json(api)).Select(o => o["operationId"]?.GetValue<string>()).ToList();

        Assert.All(ids, id => Assert.Matches(ComponentKey(), id ?? string.Empty));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(SeedApis.All), MemberType = typeof(SeedApis))]
    public void Every_operation_and_schema_points_back_to_its_source_line(string api)
    {
        var document = Converted.Json(api);
        var lines = File.ReadAllLines(Path.Combine(Repository.Specs, api, "source.md")).Length;

        var sources = Operations(document).Concat((document["components"]?["schemas"] as JsonObject ?? new JsonObject()).Select(p => p.Value!.AsObject()))
            .Select(node => node["x-specgen-source"]?.GetValue<int>() ?? 0).ToList();

        Assert.All(sources, line => Assert.InRange(line, 1, lines));
    }

    [Theory]
    [MemberData(nameof(SeedApis.All), MemberType = typeof(SeedApis))]
    public void Converting_twice_gives_byte_identical_output(string api)
    {
        var first = Converted.Api(api).Json;
        var source = File.ReadAllText(Path.Combine(Repository.Specs, api, "source.md"));
        var settings = Settings.ApiSettings.Load(Path.Combine(Repository.Specs, api, "specgen.json"));

        var second = SpecConverter.Convert(source, $"specs/{api}/source.md", settings).Json;

        Assert.Equal(first, second);
        Assert.EndsWith("}\n", first);
        Assert.DoesNotContain('\r', first);
    }

    [Theory]
    [MemberData(nameof(SeedApis.All), MemberType = typeof(SeedApis))]
    public void The_committed_spec_is_what_the_doc_gives(string api)
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Specs, api, "openapi.json"));

        Assert.True(committed == Converted.Api(api).Json, $"specs/{api}/openapi.json is stale: run ./generate.sh");
    }

    private static IEnumerable<JsonObject> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(p => Methods.Select(m => p.Value![m]).OfType<JsonObject>());

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex ComponentKey();
}
