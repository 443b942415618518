using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class ResponseRulesTests
{
    private static string Get(string responses) =>
        Doc("""{"/pets":{"get":{"responses":""" + responses + "}}}");

    private const string Ok = "\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\"}}}}";
    private const string BadRequest = "\"400\":{\"description\":\"bad request\"}";
    private const string Created = "\"201\":{\"description\":\"created\"}";

    [Fact]
    public void Added_status_code_is_non_breaking() =>
        Single(Compare(Get($"{{{Ok}}}"), Get($"{{{Ok},{BadRequest}}}")), Rules.ResponseStatusAdded, "GET /pets response 400");

    [Fact]
    public void Removed_success_status_code_is_breaking() =>
        Single(Compare(Get($"{{{Ok},{Created}}}"), Get($"{{{Ok}}}")), Rules.ResponseSuccessStatusRemoved, "GET /pets response 201");

    [Fact]
    public void Removed_error_status_code_is_non_breaking() =>
        Single(Compare(Get($"{{{Ok},{BadRequest}}}"), Get($"{{{Ok}}}")), Rules.ResponseNonSuccessStatusRemoved, "GET /pets response 400");

    [Fact]
    public void Removed_response_body_is_breaking()
    {
        var change = Single(Compare(Get($"{{{Ok}}}"), Get("""{"200":{"description":"ok"}}""")), Rules.ResponseMediaTypeRemoved, "GET /pets response 200 body (application/json)");
        Assert.Equal(Direction.Response, change.Direction);
    }

    [Fact]
    public void Added_response_body_is_non_breaking() =>
        Single(Compare(Get("""{"200":{"description":"ok"}}"""), Get($"{{{Ok}}}")), Rules.ResponseMediaTypeAdded, "GET /pets response 200 body (application/json)");

    [Fact]
    public void Changed_response_description_is_documentation() =>
        Single(Compare(Get($"{{{Ok}}}"), Get($"{{{Ok.Replace("\"ok\"", "\"成功\"")}}}")), Rules.ResponseDescriptionChanged, "GET /pets response 200");

    [Fact]
    public void Referenced_responses_are_resolved()
    {
        const string components = """{"responses":{"Error":{"description":"error","content":{"application/json":{"schema":{"type":"object","properties":{"code":{"type":"integer"}}}}}}}}""";
        var before = Doc("""{"/pets":{"get":{"responses":{"400":{"$ref":"#/components/responses/Error"}}}}}""", components);
        var after = Doc("""{"/pets":{"get":{"responses":{"400":{"$ref":"#/components/responses/Error"}}}}}""", components.Replace("\"code\":{\"type\":\"integer\"}", "\"code\":{\"type\":\"integer\"},\"msg\":{\"type\":\"string\"}"));
        Single(Compare(before, after), Rules.ResponsePropertyAdded, "GET /pets response 400 body .msg");
    }
}
