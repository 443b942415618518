using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class PropertyRulesTests
{
    private const string NameOnly = """{"type":"object","properties":{"name":{"type":"string"}}}""";
    private const string NameAndTag = """{"type":"object","properties":{"name":{"type":"string"},"tag":{"type":"string"}}}""";
    private const string NameAndRequiredTag = """{"type":"object","required":["tag"],"properties":{"name":{"type":"string"},"tag":{"type":"string"}}}""";

    [Fact]
    public void New_required_request_property_is_breaking()
    {
        var change = Single(Compare(RequestBody(NameOnly), RequestBody(NameAndRequiredTag)), Rules.NewRequiredRequestProperty, "POST /pets request body .tag");
        Assert.Equal(Direction.Request, change.Direction);
    }

    [Fact]
    public void New_optional_request_property_is_non_breaking() =>
        Single(Compare(RequestBody(NameOnly), RequestBody(NameAndTag)), Rules.NewOptionalRequestProperty, "POST /pets request body .tag");

    [Fact]
    public void Removed_request_property_is_breaking() =>
        Single(Compare(RequestBody(NameAndTag), RequestBody(NameOnly)), Rules.RequestPropertyRemoved, "POST /pets request body .tag");

    [Fact]
    public void Request_property_that_became_required_is_breaking() =>
        Single(Compare(RequestBody(NameAndTag), RequestBody(NameAndRequiredTag)), Rules.RequestPropertyBecameRequired, "POST /pets request body .tag");

    [Fact]
    public void Request_property_that_became_optional_is_non_breaking() =>
        Single(Compare(RequestBody(NameAndRequiredTag), RequestBody(NameAndTag)), Rules.RequestPropertyBecameOptional, "POST /pets request body .tag");

    [Fact]
    public void New_response_property_is_non_breaking_even_when_required()
    {
        var change = Single(Compare(ResponseBody(NameOnly), ResponseBody(NameAndRequiredTag)), Rules.ResponsePropertyAdded, "GET /pets response 200 body .tag");
        Assert.Equal(Direction.Response, change.Direction);
    }

    [Fact]
    public void Removed_response_property_is_breaking() =>
        Single(Compare(ResponseBody(NameAndTag), ResponseBody(NameOnly)), Rules.ResponsePropertyRemoved, "GET /pets response 200 body .tag");

    [Fact]
    public void Response_property_that_became_optional_is_breaking() =>
        Single(Compare(ResponseBody(NameAndRequiredTag), ResponseBody(NameAndTag)), Rules.ResponsePropertyBecameOptional, "GET /pets response 200 body .tag");

    [Fact]
    public void Response_property_that_became_required_is_non_breaking() =>
        Single(Compare(ResponseBody(NameAndTag), ResponseBody(NameAndRequiredTag)), Rules.ResponsePropertyBecameRequired, "GET /pets response 200 body .tag");

    [Fact]
    public void Read_only_properties_do_not_count_in_requests()
    {
        var readOnlyId = """{"type":"object","required":["id"],"properties":{"name":{"type":"string"},"id":{"type":"integer","readOnly":true}}}""";
        Assert.Empty(Compare(RequestBody(NameOnly), RequestBody(readOnlyId)).Changes);
    }

    [Fact]
    public void Write_only_properties_do_not_count_in_responses()
    {
        var withPassword = """{"type":"object","properties":{"name":{"type":"string"},"password":{"type":"string","writeOnly":true}}}""";
        Assert.Empty(Compare(ResponseBody(withPassword), ResponseBody(NameOnly)).Changes);
    }

    [Fact]
    public void Changed_property_description_is_documentation()
    {
        var before = """{"type":"object","properties":{"name":{"type":"string","description":"名字"}}}""";
        var change = Single(Compare(ResponseBody(before), ResponseBody(before.Replace("名字", "用户名字"))), Rules.SchemaDescriptionChanged, "GET /pets response 200 body .name");
        Assert.Equal(("名字", "用户名字"), (change.Old, change.New));
    }
}
