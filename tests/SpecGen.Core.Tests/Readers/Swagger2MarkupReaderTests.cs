using SpecGen.Core.Diagnostics;
using SpecGen.Core.Readers;
using SpecGen.Core.Readers.Swagger2Markup;
using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers;

/// <summary>swagger2markup markdown (1.3 English and Chinese, 1.2 Chinese, 0.x): excerpts of its test petstore and of generated Spring docs.</summary>
public sealed class Swagger2MarkupReaderTests
{
    private const string English = """
        # Swagger Petstore


        <a name="overview"></a>
        ## Overview
        This is a sample server Petstore server.


        ### Version information
        *Version* : 1.0.0


        ### URI scheme
        *Host* : petstore.swagger.io  
        *BasePath* : /v2  
        *Schemes* : HTTP


        ### Tags

        * pet : Pet resource
        * store : Store resource




        <a name="paths"></a>
        ## Paths

        <a name="addpet"></a>
        ### Add a new pet to the store
        ```
        POST /pets
        ```


        #### Parameters

        |Type|Name|Description|Schema|
        |---|---|---|---|
        |**Body**|**body**  <br>*required*|Pet object that needs to be added to the store|[Pet](definitions.md#pet)|


        #### Responses

        |HTTP Code|Description|Schema|
        |---|---|---|
        |**405**|Invalid input|No Content|


        #### Consumes

        * `application/xml`
        * `application/json`


        #### Produces

        * `application/xml`


        #### Tags

        * pet


        #### Security

        |Type|Name|Scopes|
        |---|---|---|
        |**apiKey**|**[api_key](#api_key)**||
        |**oauth2**|**[petstore_auth](#petstore_auth)**|write_pets,read_pets|


        <a name="findpetsbystatus"></a>
        ### Finds Pets by status
        ```
        GET /pets/findByStatus
        ```


        #### Description
        Multiple status values can be provided with comma seperated strings


        #### Parameters

        |Type|Name|Description|Schema|Default|
        |---|---|---|---|---|
        |**Query**|**status**  <br>*optional*|Status values|< string > array(multi)|--|
        |**Header**|**X-Trace**  <br>*required*||enum (on, off)|`"on"`|


        #### Responses

        |HTTP Code|Description|Schema|
        |---|---|---|
        |**200**|successful operation  <br>**Headers** :   <br>`X-Rate-Limit-Limit` (integer) : The number of allowed requests.|< [Pet](#pet) > array|
        |**400**|Invalid status value|No Content|


        #### Produces

        * `application/json`


        <a name="updatepetwithform"></a>
        ### Updates a pet in the store with form data
        ```
        POST /pets/{petId}
        ```


        #### Parameters

        |Type|Name|Description|Schema|
        |---|---|---|---|
        |**Path**|**petId**  <br>*required*|ID of pet|integer (int64)|
        |**FormData**|**name**  <br>*required*|Updated name|string|
        |**FormData**|**file**  <br>*optional*|Photo|file|


        #### Responses

        |HTTP Code|Description|Schema|
        |---|---|---|
        |**200**|Stock|[Response 200](#updatepetwithform-response-200)|

        <a name="updatepetwithform-response-200"></a>
        **Response 200**

        |Name|Description|Schema|
        |---|---|---|
        |**counts**  <br>*optional*|per status|< string, integer (int32) > map|
        |**total**  <br>*required*||integer (int32)|


        #### Consumes

        * `multipart/form-data`


        <a name="createorder"></a>
        ### Place an order
        ```
        POST /stores/order
        ```


        #### Body parameter
        order placed for purchasing the pet

        *Name* : body  
        *Flags* : required


        |Name|Description|Schema|
        |---|---|---|
        |**petId**  <br>*required*||integer (int64)|
        |**quantity**  <br>*optional*||integer (int32)|


        #### Responses

        |HTTP Code|Description|Schema|
        |---|---|---|
        |**200**|successful operation|[Order](#order)|




        <a name="securityscheme"></a>
        ## Security

        <a name="api_key"></a>
        ### api_key
        *Type* : apiKey  
        *Name* : api_key  
        *In* : HEADER


        <a name="petstore_auth"></a>
        ### petstore_auth
        *Type* : oauth2  
        *Flow* : implicit




        <a name="definitions"></a>
        ## Definitions

        <a name="category"></a>
        ### Category

        |Name|Description|Schema|
        |---|---|---|
        |**id**  <br>*optional*||integer (int64)|
        |**name**  <br>*optional*|The name of the category  <br>**Default** : `"DefaultCategory"`  <br>**Length** : `0 - 255`  <br>**Example** : `"FoobarCategory"`|string|


        <a name="order"></a>
        ### Order
        An order

        |Name|Description|Schema|
        |---|---|---|
        |**shipDate**  <br>*optional*||string (date-time)|
        |**shipping**  <br>*optional*|Where to|[shipping](#order-shipping)|
        |**status**  <br>*optional*|Order Status|enum (Ordered, Cancelled)|

        <a name="order-shipping"></a>
        **shipping**

        |Name|Description|Schema|
        |---|---|---|
        |**lines**  <br>*optional*||< [lines](#order-shipping-lines) > array|
        |**street**  <br>*required*||string|

        <a name="order-shipping-lines"></a>
        **lines**

        |Name|Schema|
        |---|---|
        |**text**  <br>*optional*|string|


        <a name="pet"></a>
        ### Pet

        |Name|Description|Schema|
        |---|---|---|
        |**category**  <br>*optional*||[Category](#category)|
        |**name**  <br>*required*|**Example** : `"doggie"`|string|
        |**photoUrls**  <br>*required*||< string > array|
        |**tags**  <br>*optional*||< string, string > map|


        <a name="empty"></a>
        ### Empty
        *Type* : object
        """;

    /// <summary>1.3 with Language.ZH, grouped by tags (<c>## 资源</c>, H4 operations, <c>|类型|名称|说明|类型|</c>).</summary>
    private const string Chinese = """
        # 通用游戏运营API


        <a name="overview"></a>
        ## 概览
        接口文档说明


        ### URI scheme
        *域名* : 192.168.85.125:52001  
        *基础路径* : /api


        ### 标签

        * external-service-controller : 外部服务调用




        <a name="paths"></a>
        ## 资源

        <a name="external-service-controller_resource"></a>
        ### External-service-controller
        外部服务调用


        <a name="listusingget_3"></a>
        #### 服务列表
        ```
        GET /externalServiceCall
        ```


        ##### 说明
        分页查询服务


        ##### 参数

        |类型|名称|说明|类型|默认值|
        |---|---|---|---|---|
        |**Query**|**limit**  <br>*可选*|limit|integer(int32)|`"10"`|
        |**Query**|**status**  <br>*必填*|status|enum (OFF, ON)||


        ##### 响应

        |HTTP代码|说明|类型|
        |---|---|---|
        |**200**|OK|[ResponseDto«ExternalServiceCallPageResponse»](#f316079da3e5b0b005ccba71e910615e)|
        |**401**|Unauthorized|无内容|


        ##### 生成

        * `*/*`


        ##### HTTP请求示例

        ###### 请求 path
        ```
        /externalServiceCall
        ```


        ##### HTTP响应示例

        ###### 响应 200
        ```
        json :
        {
          "code" : 0,
          "message" : "string"
        }
        ```


        <a name="addusingpost_3"></a>
        #### 新增服务
        ```
        POST /externalServiceCall
        ```


        ##### 参数

        |类型|名称|说明|类型|
        |---|---|---|---|
        |**Body**|**addRequest**  <br>*必填*|addRequest|[外部服务调用实体](#a02fa58bc4d7008b2fdc0aed70ca0193)|


        ##### 响应

        |HTTP代码|说明|类型|
        |---|---|---|
        |**200**|OK|< [外部服务调用实体](#a02fa58bc4d7008b2fdc0aed70ca0193) > array|


        ##### 消耗

        * `application/json`




        <a name="definitions"></a>
        ## 定义

        <a name="f316079da3e5b0b005ccba71e910615e"></a>
        ### ResponseDto«ExternalServiceCallPageResponse»

        |名称|说明|类型|
        |---|---|---|
        |**code**  <br>*可选*|**样例** : `0`|integer (int32)|
        |**data**  <br>*可选*|**样例** : `{<br>  "string" : "object"<br>}`|< string, object > map|
        |**message**  <br>*可选*|**样例** : `"string"`|string|


        <a name="a02fa58bc4d7008b2fdc0aed70ca0193"></a>
        ### 外部服务调用实体

        |名称|说明|类型|
        |---|---|---|
        |**method**  <br>*必填*|请求方式|string|
        |**serviceName**  <br>*可选*|服务名称|string|
        """;

    /// <summary>1.2 with Language.ZH: 概观, 架构 for Schema, 默认列 for Default.</summary>
    private const string Chinese12 = """
        # Swagger Petstore

        <a name="overview"></a>
        ## 概观
        Petstore API Description


        ### 版本信息
        *版本* : 1.0.0


        <a name="paths"></a>
        ## 路径

        <a name="getpetbyidusingget"></a>
        ### find a pet by ID
        ```
        GET /pets/{petId}
        ```


        #### 参数

        |类型|名称|说明|架构|默认列|
        |---|---|---|---|---|
        |**Path**|**petId**  <br>*必填*|ID of pet|integer (int64)|`1`|


        #### 响应

        |HTTP代码|说明|架构|
        |---|---|---|
        |**200**|OK|[Pet](#pet)|
        |**404**|Pet not found|无内容|


        <a name="definitions"></a>
        ## 定义

        <a name="pet"></a>
        ### Pet

        |名称|说明|架构|
        |---|---|---|
        |**id**  <br>*必填*||integer (int64)|
        |**status**  <br>*可选*|pet status in the store|enum (available, pending, sold)|
        """;

    /// <summary>0.x: no anchors, no bold, a Required column, <c>PathParameter</c>, models named without links.</summary>
    private const string Old = """
        ## Paths
        ### findUserByAge
        ```
        GET /users/user/age/{age}
        ```

        #### Parameters
        |Type|Name|Description|Required|Schema|Default|
        |----|----|----|----|----|----|
        |PathParameter|age|age|true|integer (int32)||
        |QueryParameter|page|page|false|integer (int32)||


        #### Responses
        |HTTP Code|Description|Schema|
        |----|----|----|
        |200|OK|UserEntity array|
        |500|500 message|Error|


        #### Tags

        * users

        ## Definitions
        ### UserEntity
        |Name|Description|Required|Schema|Default|
        |----|----|----|----|----|
        |id|user id|true|integer (int64)||
        |scores||false|number (float) array||
        """;

    private static readonly Swagger2MarkupReader Reader = new();

    [Fact]
    public void Overview_gives_title_version_server_and_tags()
    {
        var (draft, _) = Read(Reader, English);

        Assert.Equal(("Swagger Petstore", "1.0.0", "This is a sample server Petstore server."), (draft.Title, draft.Version, draft.Description));
        Assert.Equal("http://petstore.swagger.io/v2", Assert.Single(draft.Servers).Url);
        Assert.Equal(new[] { "pet", "store" }, draft.Tags.Select(t => t.Name));
        Assert.Equal("http://192.168.85.125:52001/api", Assert.Single(Read(Reader, Chinese).Draft.Servers).Url);
    }

    [Fact]
    public void Operations_have_method_path_summary_description_operation_id_and_tags()
    {
        var (draft, _) = Read(Reader, English);

        Assert.Equal(new[] { "POST /pets", "GET /pets/findByStatus", "POST /pets/{petId}", "POST /stores/order" }, draft.Operations.Select(o => $"{o.Method} {o.Path}"));
        Assert.Equal(4, Detect(Reader, English));
        var find = draft.Operations[1];
        Assert.Equal(("Finds Pets by status", "Multiple status values can be provided with comma seperated strings", "findpetsbystatus"), (find.Summary, find.Description, find.OperationId));
        Assert.Equal(new[] { "pet" }, draft.Operations[0].Tags);
        Assert.Equal(new[] { "api_key" }, draft.Operations[0].Security);
    }

    [Fact]
    public void Parameters_read_location_required_type_enum_and_default()
    {
        var (json, _) = Convert(English);

        var parameters = Operation(json, "GET", "/pets/findByStatus")["parameters"]!.AsArray();
        Assert.Equal(("status", "query", "array", "string"), (parameters[0]!["name"]!.GetValue<string>(), parameters[0]!["in"]!.GetValue<string>(),
            parameters[0]!["schema"]!["type"]!.GetValue<string>(), parameters[0]!["schema"]!["items"]!["type"]!.GetValue<string>()));
        Assert.Null(parameters[0]!["required"]);
        Assert.Equal(("header", true), (parameters[1]!["in"]!.GetValue<string>(), parameters[1]!["required"]!.GetValue<bool>()));
        Assert.Equal(new[] { "on", "off" }, Strings(parameters[1]!["schema"]!["enum"]));
        Assert.Equal("on", parameters[1]!["schema"]!["default"]!.GetValue<string>());
    }

    [Fact]
    public void A_body_row_is_the_request_body_with_its_ref_and_consumes_media_type()
    {
        var (draft, _) = Read(Reader, English);
        var (json, _) = Convert(English);

        var body = draft.Operations[0].Body!;
        Assert.True(body.Required);
        Assert.Equal(("application/json", "[Pet](definitions.md#pet)"), (body.MediaType, body.Schema!.RootType));
        Assert.Empty(draft.Operations[0].Parameters);
        Assert.EndsWith("/Pet", BodySchema(json, "POST", "/pets")["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Form_data_rows_are_a_multipart_body_when_a_file_is_sent()
    {
        var (json, _) = Convert(English);

        var form = BodySchema(json, "POST", "/pets/{petId}", "multipart/form-data");
        Assert.Equal(new[] { "name", "file" }, Keys(form["properties"]));
        Assert.Equal("binary", form["properties"]!["file"]!["format"]!.GetValue<string>());
        Assert.Equal(new[] { "name" }, Strings(form["required"]));
    }

    [Fact]
    public void A_flat_body_parameter_section_gives_an_object_body()
    {
        var (json, _) = Convert(English);

        var body = Operation(json, "POST", "/stores/order")["requestBody"]!;
        Assert.True(body["required"]!.GetValue<bool>());
        var schema = body["content"]!["application/json"]!["schema"]!;
        Assert.Equal("order placed for purchasing the pet", schema["description"]!.GetValue<string>());
        Assert.Equal(new[] { "petId", "quantity" }, Keys(schema["properties"]));
        Assert.Equal(new[] { "petId" }, Strings(schema["required"]));
    }

    [Fact]
    public void Responses_read_status_description_array_of_refs_and_produces()
    {
        var (draft, diagnostics) = Read(Reader, English);
        var (json, _) = Convert(English);

        var ok = draft.Operations[1].Responses[0];
        Assert.Equal(("200", "successful operation", "application/json"), (ok.Status, ok.Description, ok.MediaType));
        var schema = ResponseSchema(json, "GET", "/pets/findByStatus")!;
        Assert.Equal("array", schema["type"]!.GetValue<string>());
        Assert.EndsWith("/Pet", schema["items"]!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(draft.Operations[1].Responses[1].Schema);
        Assert.Equal("application/xml", draft.Operations[0].Responses[0].MediaType);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownLocation && d.Message.Contains("headers", StringComparison.Ordinal));
    }

    [Fact]
    public void An_inline_response_object_is_spliced_into_the_response_schema()
    {
        var (json, _) = Convert(English);

        var schema = ResponseSchema(json, "POST", "/pets/{petId}")!;
        Assert.Equal(new[] { "counts", "total" }, Keys(schema["properties"]));
        Assert.Equal("integer", schema["properties"]!["counts"]!["additionalProperties"]!["type"]!.GetValue<string>());
        Assert.Equal(new[] { "total" }, Strings(schema["required"]));
    }

    [Fact]
    public void Definitions_are_models_with_required_enum_format_default_and_example()
    {
        var (json, _) = Convert(English);
        var schemas = json["components"]!["schemas"]!;

        Assert.Equal(new[] { "Category", "Order", "Pet", "Empty" }, Keys(schemas));
        var pet = schemas["Pet"]!;
        Assert.Equal(new[] { "name", "photoUrls" }, Strings(pet["required"]));
        Assert.EndsWith("/Category", pet["properties"]!["category"]!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("doggie", pet["properties"]!["name"]!["example"]!.GetValue<string>());
        Assert.Equal("string", pet["properties"]!["tags"]!["additionalProperties"]!["type"]!.GetValue<string>());
        var name = schemas["Category"]!["properties"]!["name"]!;
        Assert.Equal(("The name of the category", "DefaultCategory"), (name["description"]!.GetValue<string>(), name["default"]!.GetValue<string>()));
        var order = schemas["Order"]!;
        Assert.Equal("An order", order["description"]!.GetValue<string>());
        Assert.Equal("date-time", order["properties"]!["shipDate"]!["format"]!.GetValue<string>());
        Assert.Equal(new[] { "Ordered", "Cancelled" }, Strings(order["properties"]!["status"]!["enum"]));
        Assert.Equal("object", schemas["Empty"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Inline_objects_of_a_model_nest_as_properties_and_array_items()
    {
        var (json, _) = Convert(English);

        var shipping = json["components"]!["schemas"]!["Order"]!["properties"]!["shipping"]!;
        Assert.Equal(new[] { "lines", "street" }, Keys(shipping["properties"]));
        Assert.Equal(new[] { "street" }, Strings(shipping["required"]));
        var lines = shipping["properties"]!["lines"]!;
        Assert.Equal("array", lines["type"]!.GetValue<string>());
        Assert.Equal(new[] { "text" }, Keys(lines["items"]!["properties"]));
    }

    [Fact]
    public void Validators_and_unsupported_schemes_are_reported()
    {
        var (draft, diagnostics) = Read(Reader, English);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownType && d.Message.Contains("Length 0 - 255", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("'petstore_auth' of type 'oauth2'", StringComparison.Ordinal));
        Assert.Equal(("api_key", "apiKey", "header"), (draft.SecuritySchemes[0].Name, draft.SecuritySchemes[0].Type, draft.SecuritySchemes[0].In));
        Assert.All(diagnostics, d => Assert.True(d.Line > 0));
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.UnresolvedReference);
    }

    [Fact]
    public void An_inline_object_nothing_links_to_is_reported()
    {
        var doc = English.Replace("[shipping](#order-shipping)", "string", StringComparison.Ordinal);
        var (_, diagnostics) = Read(Reader, doc);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnresolvedReference && d.Message.Contains("'shipping'", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_labels_grouped_by_tags()
    {
        var (draft, _) = Read(Reader, Chinese);

        Assert.Equal("通用游戏运营API", draft.Title);
        Assert.Equal(new[] { "GET /externalServiceCall", "POST /externalServiceCall" }, draft.Operations.Select(o => $"{o.Method} {o.Path}"));
        Assert.Equal(2, Detect(Reader, Chinese));
        var list = draft.Operations[0];
        Assert.Equal(("服务列表", "分页查询服务", "listusingget_3"), (list.Summary, list.Description, list.OperationId));
        Assert.Equal(new[] { "external-service-controller" }, list.Tags);
        Assert.Equal(new[] { ("limit", "query", false, "10"), ("status", "query", true, (string?)null) }, list.Parameters.Select(p => (p.Name, p.In, p.Required, p.Default)));
        Assert.Equal("integer(int32)", list.Parameters[0].TypeText);
        Assert.Contains("\"code\" : 0", list.Responses[0].Example, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_body_response_and_definitions_convert()
    {
        var (json, _) = Convert(Chinese);

        var body = Operation(json, "POST", "/externalServiceCall")["requestBody"]!;
        Assert.True(body["required"]!.GetValue<bool>());
        var bodyRef = body["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
        var response = ResponseSchema(json, "POST", "/externalServiceCall")!;
        Assert.Equal(bodyRef, response["items"]!["$ref"]!.GetValue<string>());
        var entity = json["components"]!["schemas"]![bodyRef.Split('/')[^1]]!;
        Assert.Equal("外部服务调用实体", entity["title"]!.GetValue<string>());
        Assert.Equal(new[] { "method" }, Strings(entity["required"]));
        Assert.Equal("请求方式", entity["properties"]!["method"]!["description"]!.GetValue<string>());
        var status = Operation(json, "GET", "/externalServiceCall")["parameters"]![1]!["schema"]!;
        Assert.Equal(new[] { "OFF", "ON" }, Strings(status["enum"]));
        Assert.EndsWith("ResponseDtoExternalServiceCallPageResponse", ResponseSchema(json, "GET", "/externalServiceCall")!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_1_2_labels()
    {
        var (draft, _) = Read(Reader, Chinese12);
        var (json, _) = Convert(Chinese12);

        var get = Assert.Single(draft.Operations);
        Assert.Equal(("GET", "/pets/{petId}", "1.0.0"), (get.Method, get.Path, draft.Version));
        Assert.Equal(("petId", "path", true, "1", "integer (int64)"), (get.Parameters[0].Name, get.Parameters[0].In, get.Parameters[0].Required, get.Parameters[0].Default, get.Parameters[0].TypeText));
        Assert.EndsWith("/Pet", ResponseSchema(json, "GET", "/pets/{petId}")!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        var pet = json["components"]!["schemas"]!["Pet"]!;
        Assert.Equal(new[] { "id" }, Strings(pet["required"]));
        Assert.Equal(new[] { "available", "pending", "sold" }, Strings(pet["properties"]!["status"]!["enum"]));
    }

    [Fact]
    public void Version_0_links_plain_model_names_and_reads_the_required_column()
    {
        var (draft, _) = Read(Reader, Old);
        var (json, result) = Convert(Old);

        var get = Assert.Single(draft.Operations);
        Assert.Equal(("findUserByAge", null), (get.Summary, get.OperationId));
        Assert.Equal(new[] { ("age", "path", true), ("page", "query", false) }, get.Parameters.Select(p => (p.Name, p.In, p.Required)));
        Assert.Equal(new[] { "users" }, get.Tags);
        var ok = ResponseSchema(json, "GET", "/users/user/age/{age}")!;
        Assert.EndsWith("/UserEntity", ok["items"]!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        var user = json["components"]!["schemas"]!["UserEntity"]!;
        Assert.Equal(new[] { "id" }, Strings(user["required"]));
        Assert.Equal("float", user["properties"]!["scores"]!["items"]!["format"]!.GetValue<string>());
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownType && d.Message.Contains("'Error'", StringComparison.Ordinal));
        Assert.Equal("swagger2markup", result.Dialect);
    }

    [Fact]
    public void A_bold_word_of_the_description_itself_is_kept()
    {
        const string doc = "## Paths\n### get\n```\nGET /a\n```\n\n#### Responses\n\n|HTTP Code|Description|Schema|\n|---|---|---|\n|**200**|OK|[A](#a)|\n\n"
            + "## Definitions\n\n<a name=\"a\"></a>\n### A\n\n|Name|Description|Schema|\n|---|---|---|\n"
            + "|**id**  <br>*optional*|**注意** : 全局唯一  <br>**Minimum value** : `1`|integer (int64)|\n";
        var (draft, diagnostics) = Read(Reader, doc);

        var id = Assert.Single(Assert.Single(draft.Models).Schema.Rows);
        Assert.Equal("**注意** : 全局唯一", id.Description);
        Assert.Contains(diagnostics, d => d.Line == id.Line && d.Message.Contains("Minimum value 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Detection_is_zero_on_every_repository_doc()
    {
        foreach (var (name, text) in AllDocs())
        {
            Assert.True(Detect(Reader, text) == 0, name);
        }
    }

    [Fact]
    public void The_detector_picks_swagger2markup_for_its_docs()
    {
        foreach (var doc in new[] { English, Chinese, Chinese12, Old })
        {
            var ranking = DialectDetector.Rank(Markdown.MdDocument.Parse(doc, new DiagnosticBag("x.md")));
            Assert.Equal("swagger2markup", DialectDetector.Best(ranking)!.Name);
        }
    }
}
