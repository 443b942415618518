using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class RequestBodyRulesTests
{
    private static string Post(string requestBody) =>
        Doc("{\"/pets\":{\"post\":{" + requestBody + "\"responses\":{\"200\":{\"description\":\"ok\"}}}}}");

    private const string Required = "\"requestBody\":" + """{"required":true,"content":{"application/json":{"schema":{"type":"object"}}}},""";
    private const string Optional = "\"requestBody\":" + """{"content":{"application/json":{"schema":{"type":"object"}}}},""";

    [Fact]
    public void Added_required_request_body_is_breaking() =>
        Single(Compare(Post(""), Post(Required)), Rules.RequestBodyAddedRequired, "POST /pets request body");

    [Fact]
    public void Added_optional_request_body_is_non_breaking() =>
        Single(Compare(Post(""), Post(Optional)), Rules.RequestBodyAddedOptional, "POST /pets request body");

    [Fact]
    public void Removed_request_body_is_breaking() =>
        Single(Compare(Post(Optional), Post("")), Rules.RequestBodyRemoved, "POST /pets request body");

    [Fact]
    public void Request_body_that_became_required_is_breaking() =>
        Single(Compare(Post(Optional), Post(Required)), Rules.RequestBodyBecameRequired, "POST /pets request body");

    [Fact]
    public void Request_body_that_became_optional_is_non_breaking() =>
        Single(Compare(Post(Required), Post(Optional)), Rules.RequestBodyBecameOptional, "POST /pets request body");

    [Fact]
    public void Removed_request_media_type_is_breaking_and_added_one_is_not()
    {
        var both = "\"requestBody\":" + """{"content":{"application/json":{"schema":{"type":"object"}},"application/x-www-form-urlencoded":{"schema":{"type":"object"}}}},""";
        Single(Compare(Post(both), Post(Optional)), Rules.RequestMediaTypeRemoved, "POST /pets request body (application/x-www-form-urlencoded)");
        Single(Compare(Post(Optional), Post(both)), Rules.RequestMediaTypeAdded, "POST /pets request body (application/x-www-form-urlencoded)");
    }

    [Fact]
    public void Changed_request_body_description_is_documentation()
    {
        var before = Optional.Replace("{\"content\"", "{\"description\":\"登录请求\",\"content\"");
        var change = Single(Compare(Post(before), Post(before.Replace("登录请求", "用户登录请求"))), Rules.RequestBodyDescriptionChanged, "POST /pets request body");
        Assert.Equal(("登录请求", "用户登录请求"), (change.Old, change.New));
    }

    [Fact]
    public void Referenced_request_bodies_are_resolved()
    {
        const string components = """{"requestBodies":{"Pet":{"required":true,"content":{"application/json":{"schema":{"type":"object","properties":{"name":{"type":"string"}}}}}}}}""";
        var before = Doc("""{"/pets":{"post":{"requestBody":{"$ref":"#/components/requestBodies/Pet"},"responses":{"200":{"description":"ok"}}}}}""", components);
        var after = Doc("""{"/pets":{"post":{"requestBody":{"$ref":"#/components/requestBodies/Pet"},"responses":{"200":{"description":"ok"}}}}}""", components.Replace("\"name\":{\"type\":\"string\"}", "\"name\":{\"type\":\"integer\"}"));
        Single(Compare(before, after), Rules.TypeChanged, "POST /pets request body .name");
    }

    [Fact]
    public void Non_json_media_types_appear_in_schema_locations()
    {
        var before = "\"requestBody\":" + """{"content":{"text/plain":{"schema":{"type":"string"}}}},""";
        var change = Single(Compare(Post(before), Post(before.Replace("\"string\"", "\"integer\""))), Rules.TypeChanged, "POST /pets request body (text/plain)");
        Assert.Equal("type of the request body changed from string to integer (C# string → long)", change.Message);
    }
}
