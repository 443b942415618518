using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class EnumRulesTests
{
    private static string Status(string values) => """{"type":"object","properties":{"status":{"type":"string","enum":[""" + values + "]}}}";

    private const string Plain = """{"type":"object","properties":{"status":{"type":"string"}}}""";

    [Fact]
    public void Enum_value_removed_from_request_is_breaking()
    {
        var change = Single(Compare(RequestBody(Status("\"a\",\"b\"")), RequestBody(Status("\"a\""))), Rules.RequestEnumValueRemoved, "POST /pets request body .status");
        Assert.Equal("b", change.Old);
    }

    [Fact]
    public void Enum_value_added_to_request_is_non_breaking() =>
        Assert.Equal("c", Single(Compare(RequestBody(Status("\"a\"")), RequestBody(Status("\"a\",\"c\""))), Rules.RequestEnumValueAdded, "POST /pets request body .status").New);

    [Fact]
    public void Enum_value_removed_from_response_is_non_breaking() =>
        Single(Compare(ResponseBody(Status("\"a\",\"b\"")), ResponseBody(Status("\"a\""))), Rules.ResponseEnumValueRemoved, "GET /pets response 200 body .status");

    [Fact]
    public void Enum_value_added_to_response_is_a_warning()
    {
        var result = Compare(ResponseBody(Status("\"a\"")), ResponseBody(Status("\"a\",\"c\"")));
        var change = Single(result, Rules.ResponseEnumValueAdded, "GET /pets response 200 body .status");
        Assert.Equal(ChangeClass.Warning, change.Class);
        Assert.False(result.HasBreakingChanges);
        Assert.Equal(SemVerBump.Minor, result.SuggestedBump);
    }

    [Fact]
    public void Integer_enum_values_are_compared_by_value()
    {
        var before = """{"type":"integer","enum":[0,1]}""";
        var change = Single(Compare(ResponseBody(before), ResponseBody("""{"type":"integer","enum":[0,1,2]}""")), Rules.ResponseEnumValueAdded, "GET /pets response 200 body");
        Assert.Equal("2", change.New);
        Assert.Empty(Compare(ResponseBody(before), ResponseBody("""{"type":"integer","enum":[1,0]}""")).Changes);
    }

    [Fact]
    public void Enum_introduced_on_a_request_value_is_breaking() =>
        Assert.Equal("a, b", Single(Compare(RequestBody(Plain), RequestBody(Status("\"a\",\"b\""))), Rules.RequestEnumAdded, "POST /pets request body .status").New);

    [Fact]
    public void Enum_dropped_from_a_request_value_is_non_breaking() =>
        Single(Compare(RequestBody(Status("\"a\"")), RequestBody(Plain)), Rules.RequestEnumRemoved, "POST /pets request body .status");

    [Fact]
    public void Enum_introduced_on_a_response_value_is_non_breaking() =>
        Single(Compare(ResponseBody(Plain), ResponseBody(Status("\"a\""))), Rules.ResponseEnumAdded, "GET /pets response 200 body .status");

    [Fact]
    public void Enum_dropped_from_a_response_value_is_a_warning() =>
        Single(Compare(ResponseBody(Status("\"a\"")), ResponseBody(Plain)), Rules.ResponseEnumRemoved, "GET /pets response 200 body .status");
}
