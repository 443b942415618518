using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class TypeRulesTests
{
    private static string Prop(string schema) => """{"type":"object","properties":{"age":""" + schema + "}}";

    [Fact]
    public void Changed_type_is_breaking_in_requests()
    {
        var change = Single(Compare(RequestBody(Prop("""{"type":"integer"}""")), RequestBody(Prop("""{"type":"string"}"""))), Rules.TypeChanged, "POST /pets request body .age");
        Assert.Equal(("integer", "string", Direction.Request), (change.Old, change.New, change.Direction));
    }

    [Fact]
    public void Changed_type_is_breaking_in_responses_without_noise_from_children_of_one_side()
    {
        var before = Prop("""{"type":"object","properties":{"years":{"type":"integer"}}}""");
        var after = Prop("""{"type":"array","items":{"type":"integer"}}""");
        var change = Single(Compare(ResponseBody(before), ResponseBody(after)), Rules.TypeChanged, "GET /pets response 200 body .age");
        Assert.Equal(("object", "array"), (change.Old, change.New));
    }

    [Fact]
    public void Int32_to_int64_in_a_response_changes_the_csharp_type_and_is_breaking()
    {
        var result = Compare(ResponseBody(Prop("""{"type":"integer","format":"int32"}""")), ResponseBody(Prop("""{"type":"integer","format":"int64"}""")));
        var change = Single(result, Rules.TypeChanged, "GET /pets response 200 body .age");
        Assert.Equal(("integer (int32)", "integer (int64)"), (change.Old, change.New));
        Assert.Contains("(C# int → long)", change.Message, StringComparison.Ordinal);
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void Int32_to_int64_in_a_request_widens_and_still_compiles()
    {
        var result = Compare(RequestBody(Prop("""{"type":"integer","format":"int32"}""")), RequestBody(Prop("""{"type":"integer","format":"int64"}""")));
        Single(result, Rules.RequestTypeGeneralized, "POST /pets request body .age");
        Assert.Equal(SemVerBump.Minor, result.SuggestedBump);
    }

    [Fact]
    public void Int64_to_uint64_changes_the_csharp_type_both_ways()
    {
        var (signed, unsigned) = (Prop("""{"type":"integer","format":"int64"}"""), Prop("""{"type":"integer","format":"uint64"}"""));
        Single(Compare(RequestBody(signed), RequestBody(unsigned)), Rules.TypeChanged, "POST /pets request body .age");
        Single(Compare(ResponseBody(signed), ResponseBody(unsigned)), Rules.TypeChanged, "GET /pets response 200 body .age");
    }

    [Fact]
    public void A_format_that_maps_to_the_same_csharp_type_is_not_breaking()
    {
        // int64 and no format are both long; a string's date-time is still a string.
        var result = Compare(ResponseBody(Prop("""{"type":"integer","format":"int64"}""")), ResponseBody(Prop("""{"type":"integer"}""")));
        Assert.Equal((Rules.FormatChanged, ChangeClass.NonBreaking), (Single(result, Rules.FormatChanged, "GET /pets response 200 body .age").Rule, result.Changes[0].Class));
        var dates = Compare(ResponseBody(Prop("""{"type":"string","format":"date"}""")), ResponseBody(Prop("""{"type":"string","format":"date-time"}""")));
        Assert.Contains("the C# type stays string", Single(dates, Rules.FormatChanged, "GET /pets response 200 body .age").Message, StringComparison.Ordinal);
        Assert.Equal(SemVerBump.Minor, dates.SuggestedBump);
    }

    [Fact]
    public void Integer_to_number_in_a_request_still_compiles_for_callers()
    {
        // long converts implicitly to double: callers' code compiles, the server accepts more values.
        var result = Compare(RequestBody(Prop("""{"type":"integer"}""")), RequestBody(Prop("""{"type":"number"}""")));
        Assert.Equal("type of '.age' changed from integer to number (C# long → double)", Single(result, Rules.RequestTypeGeneralized, "POST /pets request body .age").Message);
        Assert.False(result.HasBreakingChanges);
    }

    [Fact]
    public void Integer_to_number_in_a_response_is_breaking()
    {
        var result = Compare(ResponseBody(Prop("""{"type":"integer"}""")), ResponseBody(Prop("""{"type":"number"}""")));
        Single(result, Rules.TypeChanged, "GET /pets response 200 body .age");
        Assert.Single(Compare(ResponseBody(Prop("""{"type":"number"}""")), ResponseBody(Prop("""{"type":"integer"}"""))).Changes, c => c.Rule == Rules.ResponseTypeSpecialized);
    }

    [Fact]
    public void A_schema_without_type_but_with_properties_is_an_object()
    {
        var typed = """{"type":"object","properties":{"id":{"type":"integer"}}}""";
        var untyped = """{"properties":{"id":{"type":"integer"}}}""";
        Assert.Empty(Compare(ResponseBody(typed), ResponseBody(untyped)).Changes);
        var change = Single(Compare(ResponseBody(untyped), ResponseBody("""{"properties":{"id":{"type":"string"}}}""")), Rules.TypeChanged, "GET /pets response 200 body .id");
        Assert.Equal(SemVerBump.Major, SemVerAdvisor.Suggest([change]));
    }

    [Fact]
    public void A_nullable_anyOf_is_its_branch_made_nullable()
    {
        const string components = """{"schemas":{"Owner":{"type":"object","title":"Owner","description":"The owner.","properties":{"id":{"type":"integer"}}}}}""";
        var plain = Prop("""{"$ref":"#/components/schemas/Owner"}""");
        var nullable = Prop("""{"anyOf":[{"$ref":"#/components/schemas/Owner"},{"type":"null"}]}""");
        var result = Compare(ResponseBody(plain, components), ResponseBody(nullable, components));
        Single(result, Rules.ResponseNullableAdded, "GET /pets response 200 body .age");
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
        var deeper = Compare(ResponseBody(nullable, components), ResponseBody(nullable, components.Replace("integer", "string")));
        Single(deeper, Rules.TypeChanged, "GET /pets response 200 body .age.id");
        var oneOf = Prop("""{"oneOf":[{"type":"null"},{"$ref":"#/components/schemas/Owner"}]}""");
        Assert.Empty(Compare(ResponseBody(nullable, components), ResponseBody(oneOf, components)).Changes);
    }

    [Fact]
    public void Nullable_added_is_breaking_in_responses_only()
    {
        var (plain, nullable) = (Prop("""{"type":"integer"}"""), Prop("""{"type":"integer","nullable":true}"""));
        Single(Compare(ResponseBody(plain), ResponseBody(nullable)), Rules.ResponseNullableAdded, "GET /pets response 200 body .age");
        Single(Compare(RequestBody(plain), RequestBody(nullable)), Rules.RequestNullableAdded, "POST /pets request body .age");
    }

    [Fact]
    public void Nullable_removed_is_breaking_in_requests_only()
    {
        var (plain, nullable) = (Prop("""{"type":"integer"}"""), Prop("""{"type":"integer","nullable":true}"""));
        Single(Compare(RequestBody(nullable), RequestBody(plain)), Rules.RequestNullableRemoved, "POST /pets request body .age");
        Single(Compare(ResponseBody(nullable), ResponseBody(plain)), Rules.ResponseNullableRemoved, "GET /pets response 200 body .age");
    }

    [Fact]
    public void OpenApi_3_1_null_type_means_nullable()
    {
        var change = Single(Compare(ResponseBody(Prop("""{"type":"integer"}""")), ResponseBody(Prop("""{"type":["integer","null"]}"""))), Rules.ResponseNullableAdded, "GET /pets response 200 body .age");
        Assert.Equal(ChangeClass.Breaking, change.Class);
    }

    [Fact]
    public void A_changed_type_still_compares_what_lies_below_it()
    {
        // object → [object, string] makes the model a JsonElement (breaking), and the property below it that also
        // changed is reported too instead of being hidden by the first finding.
        var before = """{"type":"object","properties":{"id":{"type":"integer"},"gone":{"type":"string"}}}""";
        var after = """{"type":["object","string"],"properties":{"id":{"type":"string"}}}""";
        var result = Compare(ResponseBody(before), ResponseBody(after));
        Assert.Equal(
            [("type-changed", "GET /pets response 200 body"), ("response-property-removed", "GET /pets response 200 body .gone"), ("type-changed", "GET /pets response 200 body .id")],
            Found(result));
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }
}
