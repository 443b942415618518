using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers;

/// <summary>widdershins prints a scalar model as a one-row properties table under a scalar sample (a real doc: urbs-setting's NextPageToken).</summary>
public class WiddershinsPrimitiveModelTests
{
    private const string Doc = """
        <h1 id="api">API</h1>

        ## list

        <a id="opIdlist"></a>

        `GET /items`

        <h3 id="list-responses">Responses</h3>

        |Status|Meaning|Description|Schema|
        |---|---|---|---|
        |200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|ok|[Page](#schemapage)|

        # Schemas

        <h2 id="tocSnextpagetoken">NextPageToken</h2>

        <a id="schemanextpagetoken"></a>

        ```json
        ""

        ```

        *nextPageToken*

        ### Properties

        |Name|Type|Required|Restrictions|Description|
        |---|---|---|---|---|
        |nextPageToken|string|false|none|token of the next page|

        <h2 id="tocSpage">Page</h2>

        <a id="schemapage"></a>

        ```json
        {
          "nextPageToken": ""
        }

        ```

        ### Properties

        |Name|Type|Required|Restrictions|Description|
        |---|---|---|---|---|
        |nextPageToken|[NextPageToken](#schemanextpagetoken)|false|none|none|
        """;

    [Fact]
    public void A_one_row_model_under_a_scalar_sample_is_that_scalar()
    {
        var (json, _) = Convert(Doc);

        var token = json["components"]!["schemas"]!["NextPageToken"]!;
        Assert.Equal("string", token["type"]!.GetValue<string>());
        Assert.Equal("token of the next page", token["description"]!.GetValue<string>());
        Assert.Null(token["properties"]);
        Assert.Equal("object", json["components"]!["schemas"]!["Page"]!["type"]!.GetValue<string>());
    }
}
