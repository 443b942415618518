using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class VariantRulesTests
{
    private const string Components = """{"schemas":{"Cat":{"type":"object","properties":{"meow":{"type":"boolean"}}},"Dog":{"type":"object","properties":{"bark":{"type":"boolean"}}}}}""";

    private static string Pet(string keyword, params string[] refs) =>
        "{\"type\":\"object\",\"properties\":{\"pet\":{\"" + keyword + "\":["
        + string.Join(",", refs.Select(r => "{\"$ref\":\"#/components/schemas/" + r + "\"}"))
        + "]}}}";

    [Fact]
    public void OneOf_branch_removed_from_request_is_breaking()
    {
        var change = Single(Compare(RequestBody(Pet("oneOf", "Cat", "Dog"), Components), RequestBody(Pet("oneOf", "Cat"), Components)), Rules.RequestVariantRemoved, "POST /pets request body .pet");
        Assert.Equal("Dog", change.Old);
    }

    [Fact]
    public void OneOf_branch_added_to_request_is_non_breaking() =>
        Single(Compare(RequestBody(Pet("oneOf", "Cat"), Components), RequestBody(Pet("oneOf", "Cat", "Dog"), Components)), Rules.RequestVariantAdded, "POST /pets request body .pet");

    [Fact]
    public void AnyOf_branch_added_to_response_is_a_warning()
    {
        var change = Single(Compare(ResponseBody(Pet("anyOf", "Cat"), Components), ResponseBody(Pet("anyOf", "Cat", "Dog"), Components)), Rules.ResponseVariantAdded, "GET /pets response 200 body .pet");
        Assert.Equal(ChangeClass.Warning, change.Class);
        Assert.Contains("anyOf", change.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyOf_branch_removed_from_response_is_non_breaking() =>
        Single(Compare(ResponseBody(Pet("anyOf", "Cat", "Dog"), Components), ResponseBody(Pet("anyOf", "Cat"), Components)), Rules.ResponseVariantRemoved, "GET /pets response 200 body .pet");

    [Fact]
    public void Matching_branches_are_compared_and_order_does_not_matter()
    {
        var after = Components.Replace("\"bark\":{\"type\":\"boolean\"}", "\"bark\":{\"type\":\"boolean\"},\"name\":{\"type\":\"string\"}");
        var result = Compare(ResponseBody(Pet("oneOf", "Cat", "Dog"), Components), ResponseBody(Pet("oneOf", "Dog", "Cat"), after));
        Single(result, Rules.ResponsePropertyAdded, "GET /pets response 200 body .pet(oneOf:Dog).name");
    }

    [Fact]
    public void Inline_branches_are_matched_by_type()
    {
        var before = """{"oneOf":[{"type":"string"},{"type":"integer"}]}""";
        var after = """{"oneOf":[{"type":"string","maxLength":5},{"type":"integer"},{"type":"boolean"}]}""";
        Assert.Equal("boolean", Single(Compare(RequestBody(before), RequestBody(after)), Rules.RequestVariantAdded, "POST /pets request body").New);
    }
}
