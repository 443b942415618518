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
    public void Changed_type_is_breaking_in_responses_and_hides_the_changes_below_it()
    {
        var before = Prop("""{"type":"object","properties":{"years":{"type":"integer"}}}""");
        var after = Prop("""{"type":"array","items":{"type":"integer"}}""");
        var change = Single(Compare(ResponseBody(before), ResponseBody(after)), Rules.TypeChanged, "GET /pets response 200 body .age");
        Assert.Equal(("object", "array"), (change.Old, change.New));
    }

    [Fact]
    public void Changed_format_is_breaking()
    {
        var change = Single(Compare(ResponseBody(Prop("""{"type":"integer","format":"int32"}""")), ResponseBody(Prop("""{"type":"integer","format":"int64"}"""))),
            Rules.FormatChanged, "GET /pets response 200 body .age");
        Assert.Equal(("int32", "int64"), (change.Old, change.New));
    }

    [Fact]
    public void Added_format_is_reported_too() =>
        Single(Compare(RequestBody(Prop("""{"type":"string"}""")), RequestBody(Prop("""{"type":"string","format":"date-time"}"""))), Rules.FormatChanged, "POST /pets request body .age");

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
}
