using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class EnumRulesTests
{
    private static string Status(string values) => """{"type":"object","properties":{"status":{"type":"string","enum":[""" + values + "]}}}";

    private const string Plain = """{"type":"object","properties":{"status":{"type":"string"}}}""";

    [Fact]
    public void Enum_value_removed_from_request_is_breaking()
    {
        var change = Single(Compare(RequestBody(Status("\"a\",\"b\"")), RequestBody(Status("\"a\""))), EnumValueRules.Removed(Direction.Request, SchemaScope.Property), "POST /pets request body .status");
        Assert.Equal("b", change.Old);
    }

    [Fact]
    public void Enum_value_added_to_request_is_non_breaking() =>
        Assert.Equal("c", Single(Compare(RequestBody(Status("\"a\"")), RequestBody(Status("\"a\",\"c\""))), EnumValueRules.Added(Direction.Request, SchemaScope.Property), "POST /pets request body .status").New);

    [Fact]
    public void Enum_value_removed_from_response_is_non_breaking() =>
        Single(Compare(ResponseBody(Status("\"a\",\"b\"")), ResponseBody(Status("\"a\""))), EnumValueRules.Removed(Direction.Response, SchemaScope.Property), "GET /pets response 200 body .status");

    [Fact]
    public void Enum_value_added_to_response_is_a_warning()
    {
        var result = Compare(ResponseBody(Status("\"a\"")), ResponseBody(Status("\"a\",\"c\"")));
        var change = Single(result, EnumValueRules.Added(Direction.Response, SchemaScope.Property), "GET /pets response 200 body .status");
        Assert.Equal(ChangeClass.Warning, change.Class);
        Assert.False(result.HasBreakingChanges);
        Assert.Equal(SemVerBump.Minor, result.SuggestedBump);
    }

    [Fact]
    public void Integer_enum_values_are_compared_by_value()
    {
        var before = """{"type":"integer","enum":[0,1]}""";
        var change = Single(Compare(ResponseBody(before), ResponseBody("""{"type":"integer","enum":[0,1,2]}""")), EnumValueRules.Added(Direction.Response, SchemaScope.Body), "GET /pets response 200 body");
        Assert.Equal("2", change.New);
        Assert.Empty(Compare(ResponseBody(before), ResponseBody("""{"type":"integer","enum":[1,0]}""")).Changes);
    }

    // A string enum is generated as an enum struct with an implicit conversion from string: the C# type change
    // follows the implicit-conversion rule (request: old → new, response: new → old), the enum rule the wire.
    [Fact]
    public void Enum_introduced_on_a_request_value_is_breaking_on_the_wire_and_compiles_in_csharp()
    {
        var result = Compare(RequestBody(Plain), RequestBody(Status("\"a\",\"b\"")));
        Assert.Equal([("request-type-generalized", "POST /pets request body .status"), ("request-enum-added", "POST /pets request body .status")],
            Found(result).OrderBy(f => f.Rule == "request-enum-added").ToArray());
        Assert.Equal("a, b", result.Changes.Single(c => c.Rule == Rules.RequestEnumAdded).New);
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void Enum_dropped_from_a_request_value_breaks_callers_passing_the_enum_struct()
    {
        var result = Compare(RequestBody(Status("\"a\"")), RequestBody(Plain));
        Assert.Equal([("type-changed", "POST /pets request body .status"), ("request-enum-removed", "POST /pets request body .status")], Found(result));
        Assert.Equal(("an enum struct", "string"), (result.Changes[0].Old, result.Changes[0].New));
    }

    [Fact]
    public void String_becoming_an_enum_in_a_response_is_breaking_for_csharp_callers()
    {
        var result = Compare(ResponseBody(Plain), ResponseBody(Status("\"a\"")));
        Assert.Equal([("type-changed", "GET /pets response 200 body .status"), ("response-enum-added", "GET /pets response 200 body .status")], Found(result));
        Assert.Equal(ChangeClass.Breaking, result.Changes[0].Class);
        Assert.Contains("from string to an enum struct", result.Changes[0].Message, StringComparison.Ordinal);
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void Enum_dropped_from_a_response_value_is_a_warning_and_still_compiles()
    {
        var result = Compare(ResponseBody(Status("\"a\"")), ResponseBody(Plain));
        Assert.Equal([("response-enum-removed", "GET /pets response 200 body .status"), ("response-type-specialized", "GET /pets response 200 body .status")], Found(result));
        Assert.Equal(SemVerBump.Minor, result.SuggestedBump);
    }

    [Theory]
    [InlineData("request-parameter-enum-value-removed", ChangeClass.Breaking)]
    [InlineData("request-parameter-enum-value-added", ChangeClass.NonBreaking)]
    [InlineData("request-body-enum-value-removed", ChangeClass.Breaking)]
    [InlineData("request-body-enum-value-added", ChangeClass.NonBreaking)]
    [InlineData("request-property-enum-value-removed", ChangeClass.Breaking)]
    [InlineData("request-property-enum-value-added", ChangeClass.NonBreaking)]
    [InlineData("response-body-enum-value-removed", ChangeClass.NonBreaking)]
    [InlineData("response-body-enum-value-added", ChangeClass.Warning)]
    [InlineData("response-property-enum-value-removed", ChangeClass.NonBreaking)]
    [InlineData("response-property-enum-value-added", ChangeClass.Warning)]
    public void Every_enum_value_rule_is_reported_where_its_id_says(string id, ChangeClass expected)
    {
        var (small, large) = ("""{"type":"string","enum":["a"]}""", """{"type":"string","enum":["a","b"]}""");
        var (before, after) = id.EndsWith("-removed", StringComparison.Ordinal) ? (large, small) : (small, large);
        var (oldDoc, newDoc, location) = id[..id.IndexOf("-enum", StringComparison.Ordinal)] switch
        {
            "request-parameter" => (Parameters("""[{"name":"q","in":"query","schema":""" + before + "}]"), Parameters("""[{"name":"q","in":"query","schema":""" + after + "}]"), "GET /pets query parameter q"),
            "request-body" => (RequestBody(before), RequestBody(after), "POST /pets request body"),
            "request-property" => (RequestBody(StatusOf(before)), RequestBody(StatusOf(after)), "POST /pets request body .status"),
            "response-body" => (ResponseBody(before), ResponseBody(after), "GET /pets response 200 body"),
            _ => (ResponseBody(StatusOf(before)), ResponseBody(StatusOf(after)), "GET /pets response 200 body .status"),
        };
        var result = Compare(oldDoc, newDoc);
        Assert.Equal(expected, Single(result, Rules.Get(id), location).Class);
        Assert.Equal(expected == ChangeClass.Breaking ? SemVerBump.Major : SemVerBump.Minor, result.SuggestedBump);
    }

    private static string StatusOf(string schema) => """{"type":"object","properties":{"status":""" + schema + "}}";
}
