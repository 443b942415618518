using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers;

/// <summary>Apifox's English markdown export (a real doc: esd v1.4.0): Params, Body Parameters, Responses Data Schema, reason-phrase examples, Data Schema / Attribute models.</summary>
public class ApifoxEnglishExportTests
{
    private const string Doc = """
        # 1.4.0

        # Roles

        ## POST Create role CreateRole

        POST /roles

        Create a new role

        > Body Parameters

        ```json
        {"role_name": "admin"}
        ```

        ### Params

        |Name|Location|Type|Required|Description|
        |---|---|---|---|---|
        |X-Trace|header|string| yes |none|
        |body|body|[Role](#schemarole)| no |none|

        > Response Examples

        > Created

        ```json
        {"statusCode": 201, "message": "role created"}
        ```

        ### Responses

        |HTTP Status Code |Meaning|Description|Data schema|
        |---|---|---|---|
        |201|[Created](https://tools.ietf.org/html/rfc7231#section-6.3.2)|Created|Inline|

        ### Responses Data Schema

        HTTP Status Code **201**

        |Name|Type|Required|Restrictions|Title|description|
        |---|---|---|---|---|---|
        |» statusCode|integer|true|none||none|
        |» message|string|true|none||none|

        # Data Schema

        <h2 id="tocS_Role">Role</h2>

        <a id="schemarole"></a>

        ```json
        {"role_name": "string"}
        ```

        ### Attribute

        |Name|Type|Required|Restrictions|Title|Description|
        |---|---|---|---|---|---|
        |role_name|string|true|none||Role Name|
        """;

    [Fact]
    public void Params_responses_and_models_of_the_english_export_are_read()
    {
        var (json, result) = Convert(Doc);

        Assert.Equal("widdershins", result.Dialect);
        var operation = Operation(json, "POST", "/roles");
        Assert.Equal("header", operation["parameters"]![0]!["in"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/Role", BodySchema(json, "POST", "/roles")["$ref"]!.GetValue<string>());
        var created = operation["responses"]!["201"]!["content"]!["application/json"]!;
        Assert.Equal(["statusCode", "message"], Keys(created["schema"]!["properties"]));
        Assert.Equal(201, created["example"]!["statusCode"]!.GetValue<int>());
        Assert.Equal(["role_name"], Keys(json["components"]!["schemas"]!["Role"]!["properties"]));
    }
}
