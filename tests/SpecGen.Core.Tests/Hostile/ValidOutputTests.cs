using System.Text.Json.Nodes;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Tests.Conversion;
using SpecGen.Core.Tests.Support;
using static SpecGen.Core.Tests.Hostile.HostileDocs;

namespace SpecGen.Core.Tests.Hostile;

/// <summary>Issue 10: what used to be written as invalid OpenAPI with exit 0 is repaired (or dropped) and reported; Microsoft.OpenApi reads every output with 0 errors.</summary>
public sealed class ValidOutputTests
{
    private static ConversionResult Convert(string text) => SpecConverter.Convert(text, "hostile.md");

    private static JsonObject Written(ConversionResult result, string path, string method = "post") =>
        JsonNode.Parse(result.Json)!["paths"]![path]![method]!.AsObject();

    private static void AssertValid(ConversionResult result) => Assert.Empty(OpenApiCheck.Errors(result.Json));

    [Theory]
    [InlineData("⇥200", "200")]
    [InlineData("[200](https://tools.ietf.org/html/rfc7231#section-6.3.1)", "200")]
    [InlineData("**404**", "404")]
    [InlineData("200 OK", "200")]
    [InlineData("4xx", "4XX")]
    [InlineData("Default", "default")]
    public void A_decorated_status_is_read_as_the_status_it_holds(string cell, string status)
    {
        var text = Doc(Operation("/a", "|» a|body|string| 否 |x|", status: cell));

        var result = Convert(text);

        Assert.Equal(new[] { status }, Written(result, "/a")["responses"]!.AsObject().Select(p => p.Key));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidStatus && d.Line == LineOf(text, "|" + cell + "|"));
        AssertValid(result);
    }

    [Theory]
    [InlineData("[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)")]
    [InlineData("成功")]
    [InlineData("600")]
    [InlineData("20")]
    public void A_status_cell_holding_no_status_is_reported_and_skipped(string cell)
    {
        var text = Doc(Operation("/a", "|» a|body|string| 否 |x|", status: cell));

        var result = Convert(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidStatus && d.Line == LineOf(text, "|" + cell + "|") && d.Message.Contains("skipped"));
        Assert.DoesNotContain(Written(result, "/a")["responses"]!.AsObject(), p => p.Key == cell);
        AssertValid(result);
    }

    private static string WithParameter(string path, string name, string location = "path") => Operation(path, "|» a|body|string| 否 |x|")
        .Replace("|body|body|object| 否 |none|", $"|{name}|{location}|string| 是 |p|\n|body|body|object| 否 |none|");

    [Fact]
    public void A_path_parameter_missing_from_the_path_becomes_a_query_parameter()
    {
        var text = Doc(WithParameter("/users", "uid"));

        var result = Convert(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PathParameterMismatch && d.Line == LineOf(text, "|uid|path|"));
        var parameter = Assert.Single(Written(result, "/users")["parameters"]!.AsArray());
        Assert.Equal("query", parameter!["in"]!.GetValue<string>());
        AssertValid(result);
    }

    [Fact]
    public void A_placeholder_without_a_parameter_gets_a_required_string_one()
    {
        var text = Doc(Operation("/users/{uid}/posts/{pid}", "|» a|body|string| 否 |x|"));

        var result = Convert(text);

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.PathParameterMismatch && d.Line == LineOf(text, "## POST")));
        var parameters = Written(result, "/users/{uid}/posts/{pid}")["parameters"]!.AsArray();
        Assert.Equal(new[] { "uid", "pid" }, parameters.Select(p => p!["name"]!.GetValue<string>()));
        Assert.All(parameters, p => Assert.True(p!["required"]!.GetValue<bool>()));
        AssertValid(result);
    }

    [Fact]
    public void A_query_parameter_named_like_a_placeholder_moves_to_the_path()
    {
        var text = Doc(WithParameter("/users/{uid}", "uid", "query"));

        var result = Convert(text);

        var parameter = Assert.Single(Written(result, "/users/{uid}")["parameters"]!.AsArray());
        Assert.Equal(("path", true), (parameter!["in"]!.GetValue<string>(), parameter["required"]!.GetValue<bool>()));
        AssertValid(result);
    }

    [Fact]
    public void Two_paths_with_the_same_template_become_one_and_are_reported()
    {
        var text = Doc(WithParameter("/a/{x}", "x"), WithParameter("/a/{y}", "y").Replace("## POST", "## GET").Replace("POST /a", "GET /a"));

        var result = Convert(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PathTemplateClash && d.Line == LineOf(text, "## GET"));
        var paths = JsonNode.Parse(result.Json)!["paths"]!.AsObject();
        Assert.Equal(new[] { "/a/{x}" }, paths.Select(p => p.Key));
        Assert.Equal("x", Written(result, "/a/{x}", "get")["parameters"]![0]!["name"]!.GetValue<string>());
        AssertValid(result);
    }

    [Fact]
    public void Same_template_and_method_are_merged_as_duplicates()
    {
        var text = Doc(WithParameter("/a/{x}", "x"), WithParameter("/a/{y}", "y"));

        var result = Convert(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PathTemplateClash);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateOperation);
        Assert.Equal(1, result.OperationCount);
        AssertValid(result);
    }

    [Theory]
    [InlineData("/a/{}", "/a/{param1}")]
    [InlineData("/a/{id}/b/{id}", "/a/{id}/b/{id2}")]
    public void Invalid_templates_are_repaired_and_reported(string path, string repaired)
    {
        var result = Convert(Doc(Operation(path, "|» a|body|string| 否 |x|")));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PathParameterMismatch && d.Message.Contains(repaired));
        Assert.NotNull(JsonNode.Parse(result.Json)!["paths"]![repaired]);
        AssertValid(result);
    }

    [Fact]
    public void A_parameter_listed_twice_is_kept_once()
    {
        var text = Doc(Operation("/a", "|» a|body|string| 否 |x|").Replace("|body|body|object| 否 |none|", "|q|query|string| 否 |p|\n|q|query|string| 否 |p|\n|body|body|object| 否 |none|"));

        var result = Convert(text);

        Assert.Single(Written(result, "/a")["parameters"]!.AsArray());
        AssertValid(result);
    }

    [Fact]
    public void The_committed_seed_specs_get_none_of_these_warnings()
    {
        foreach (var api in SeedApis.Names)
        {
            Assert.DoesNotContain(Converted.Api(api).Diagnostics, d => d.Code is DiagnosticCodes.InvalidStatus or DiagnosticCodes.PathTemplateClash or DiagnosticCodes.DuplicateParameter);
        }
    }
}
