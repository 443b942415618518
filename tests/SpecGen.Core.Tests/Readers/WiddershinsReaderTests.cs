using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers;

/// <summary>The widdershins reader on snippets: what the round-trip option matrix does not pin down on its own.</summary>
public sealed class WiddershinsReaderTests
{
    private const string DescriptionWithMarkdown = """
        ---
        title: Demo v1
        ---

        <h1 id="demo">Demo v1</h1>

        <h1 id="demo-pets">pets</h1>

        ## createPet

        <a id="opIdcreatePet"></a>

        > Code samples

        ```shell
        # You can also use wget
        curl -X POST /pets
        ```

        ```http
        POST /pets HTTP/1.1
        ```

        `POST /pets`

        *Create a pet*

        Creates a pet.

        # Overview

        ## Rules

        - names are unique
        - tags are optional

        ### Limits

        |Limit|Value|
        |---|---|
        |pets per owner|10|

        #### Parameters

        Read the table below.

        ### Parameters

        |Name|In|Type|Required|Description|
        |---|---|---|---|---|
        |not-a-parameter|query|string|false|an example table in the description|

        > Body parameter

        ```json
        {"name": "Rex", "tag": "dog"}
        ```

        <h3 id="createpet-parameters">Parameters</h3>

        |Name|In|Type|Required|Description|
        |---|---|---|---|---|
        |X-Request-Id|header|string|true|trace id|
        |body|body|object|true|none|
        |» name|body|string|true|pet name|
        |» tag|body|string|false|none|

        > Example responses

        > 200 Response

        ```json
        {"id": 1}
        ```

        <h3 id="createpet-responses">Responses</h3>

        |Status|Meaning|Description|Schema|
        |---|---|---|---|
        |200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|created|Inline|

        <h3 id="createpet-responseschema">Response Schema</h3>

        Status Code **200**

        |Name|Type|Required|Restrictions|Description|
        |---|---|---|---|---|
        |» id|integer|true|none|none|

        ## listPets

        <a id="opIdlistPets"></a>

        `GET /pets`

        <h3 id="listpets-parameters">Parameters</h3>

        |Name|In|Type|Required|Description|
        |---|---|---|---|---|
        |limit|query|integer|false|none|

        """;

    [Fact]
    public void Headings_lists_and_tables_in_a_description_do_not_end_the_operation()
    {
        var (json, result) = Convert(DescriptionWithMarkdown);

        Assert.Equal("widdershins", result.Dialect);
        var create = Operation(json, "POST", "/pets");
        Assert.Equal(["X-Request-Id"], create["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        var body = BodySchema(json, "POST", "/pets");
        Assert.Equal(["name", "tag"], Keys(body["properties"]));
        Assert.Equal(["name"], Strings(body["required"]));
        Assert.True(create["requestBody"]!["required"]!.GetValue<bool>());
        Assert.Equal(["id"], Keys(ResponseSchema(json, "POST", "/pets")!["properties"]));
        var description = create["description"]!.GetValue<string>();
        Assert.Contains("# Overview", description, StringComparison.Ordinal);
        Assert.Contains("## Rules", description, StringComparison.Ordinal);
        Assert.Contains("|pets per owner|10|", description, StringComparison.Ordinal);
        Assert.Contains("Read the table below.", description, StringComparison.Ordinal);
        Assert.Equal(["limit"], Operation(json, "GET", "/pets")["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(["pets"], Strings(Operation(json, "GET", "/pets")["tags"]));
    }

    [Fact]
    public void Code_samples_before_the_request_line_are_skipped_not_read_as_examples()
    {
        var (json, result) = Convert(DescriptionWithMarkdown);

        Assert.Equal(2, result.OperationCount);
        Assert.Equal("Create a pet", Operation(json, "POST", "/pets")["summary"]!.GetValue<string>());
        Assert.Equal("Rex", Operation(json, "POST", "/pets")["requestBody"]!["content"]!["application/json"]!["example"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain("curl", result.Json, StringComparison.Ordinal);
    }
}
