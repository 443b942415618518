using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class VariantRulesTests
{
    private const string Components = """{"schemas":{"Cat":{"type":"object","properties":{"meow":{"type":"boolean"}}},"Dog":{"type":"object","properties":{"bark":{"type":"boolean"}}},"Bird":{"type":"object","properties":{"tweet":{"type":"boolean"}}}}}""";

    private static string Pet(string keyword, params string[] refs) =>
        "{\"type\":\"object\",\"properties\":{\"pet\":{\"" + keyword + "\":["
        + string.Join(",", refs.Select(r => "{\"$ref\":\"#/components/schemas/" + r + "\"}"))
        + "]}}}";

    [Fact]
    public void OneOf_branch_removed_from_request_is_breaking()
    {
        var result = Compare(RequestBody(Pet("oneOf", "Cat", "Dog", "Bird"), Components), RequestBody(Pet("oneOf", "Cat", "Dog"), Components));
        var change = Single(result, Rules.RequestVariantRemoved, "POST /pets request body .pet");
        Assert.Equal("Bird", change.Old);
    }

    [Fact]
    public void OneOf_branch_added_to_request_is_non_breaking_while_the_csharp_type_stays() =>
        Single(Compare(RequestBody(Pet("oneOf", "Cat", "Dog"), Components), RequestBody(Pet("oneOf", "Cat", "Dog", "Bird"), Components)), Rules.RequestVariantAdded, "POST /pets request body .pet");

    [Fact]
    public void AnyOf_branch_added_to_response_is_a_warning_while_the_csharp_type_stays()
    {
        var change = Single(Compare(ResponseBody(Pet("anyOf", "Cat", "Dog"), Components), ResponseBody(Pet("anyOf", "Cat", "Dog", "Bird"), Components)), Rules.ResponseVariantAdded, "GET /pets response 200 body .pet");
        Assert.Equal(ChangeClass.Warning, change.Class);
        Assert.Contains("anyOf", change.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyOf_branch_removed_from_response_is_non_breaking_while_the_csharp_type_stays() =>
        Single(Compare(ResponseBody(Pet("anyOf", "Cat", "Dog", "Bird"), Components), ResponseBody(Pet("anyOf", "Cat", "Dog"), Components)), Rules.ResponseVariantRemoved, "GET /pets response 200 body .pet");

    [Fact]
    public void A_oneOf_gaining_a_second_branch_changes_the_csharp_type_and_is_breaking_in_a_response()
    {
        // oneOf [Cat] is generated as the Cat model; oneOf [Cat, Dog] as JsonElement. Below the changed type the
        // matched branch is still compared, so Cat's own change is reported too.
        var after = Components.Replace("\"meow\":{\"type\":\"boolean\"}", "\"meow\":{\"type\":\"string\"}");
        var result = Compare(ResponseBody(Pet("oneOf", "Cat"), Components), ResponseBody(Pet("oneOf", "Cat", "Dog"), after));
        Assert.Equal(
            [("type-changed", "GET /pets response 200 body .pet"), ("type-changed", "GET /pets response 200 body .pet(oneOf:Cat).meow"), ("response-variant-added", "GET /pets response 200 body .pet")],
            Found(result));
        Assert.Equal("type of '.pet' changed from object to oneOf (2 branches) (C# a model → JsonElement)", result.Changes[0].Message);
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void A_oneOf_losing_its_second_branch_changes_the_csharp_type_in_a_request()
    {
        var result = Compare(RequestBody(Pet("oneOf", "Cat", "Dog"), Components), RequestBody(Pet("oneOf", "Cat"), Components));
        Assert.Equal([("request-variant-removed", "POST /pets request body .pet"), ("type-changed", "POST /pets request body .pet")], Found(result));
        Assert.Equal(ChangeClass.Breaking, result.Changes[1].Class);
    }

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
        var result = Compare(RequestBody(before), RequestBody(after));
        // NumberOrString → JsonElement: the C# type changes too.
        Assert.Equal(
            [("type-changed", "POST /pets request body"), ("request-property-max-length-set", "POST /pets request body (oneOf:string)"), ("request-variant-added", "POST /pets request body")],
            Found(result));
        Assert.Equal("boolean", result.Changes[2].New);
    }

    [Fact]
    public void A_primitive_branch_added_changes_the_csharp_type_by_the_generator_mapping()
    {
        // anyOf [string] is string; anyOf [string, integer] is NumberOrString. A request still compiles (string
        // converts to NumberOrString); a response does not (NumberOrString is not a string).
        var (before, after) = ("""{"anyOf":[{"type":"string"}]}""", """{"anyOf":[{"type":"string"},{"type":"integer"}]}""");
        var response = Compare(ResponseBody(before), ResponseBody(after));
        Assert.Equal([("type-changed", "GET /pets response 200 body"), ("response-variant-added", "GET /pets response 200 body")], Found(response));
        Assert.Equal("type of the response 200 body changed from string to anyOf (2 branches) (C# string → NumberOrString)", response.Changes[0].Message);
        Assert.Equal(SemVerBump.Major, response.SuggestedBump);

        var request = Compare(RequestBody(before), RequestBody(after));
        Assert.Equal([("request-type-generalized", "POST /pets request body"), ("request-variant-added", "POST /pets request body")], Found(request));
        Assert.Equal(SemVerBump.Minor, request.SuggestedBump);
    }

    [Fact]
    public void A_null_branch_is_not_a_variant_but_nullability()
    {
        var result = Compare(ResponseBody(Pet("oneOf", "Cat", "Dog"), Components), ResponseBody(Pet("oneOf", "Cat", "Dog").Replace("]}}}", ",{\"type\":\"null\"}]}}}", StringComparison.Ordinal), Components));
        Single(result, Rules.ResponseNullableAdded, "GET /pets response 200 body .pet");
    }
}
