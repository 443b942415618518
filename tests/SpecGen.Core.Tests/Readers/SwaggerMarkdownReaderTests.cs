using SpecGen.Core.Diagnostics;
using SpecGen.Core.Readers.SwaggerMarkdown;
using SpecGen.Core.Tests.Support;
using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers;

/// <summary>swagger-markdown 3.0.0 output (seed 004 and the round-trip fixtures): one snippet per quirk.</summary>
public sealed class SwaggerMarkdownReaderTests
{
    private const string Head = "# 悟空聊天IM API\n悟空聊天IM API \\| 说明\n\n## Version: 1.0.0\n\n### Security\n**token**  \n\n|apiKey|*API Key*|\n|---|---|\n|In|header|\n|Name|token|\n|Description|用户token|\n\n";

    private const string Login = "### /user/login\n\n#### POST\n##### Summary\n\n用户登录\n\n##### Description\n\n用户登录\n\n##### Parameters\n\n"
        + "| Name | Located in | Description | Required | Schema |\n| ---- | ---------- | ----------- | -------- | ---- |\n| req | body | 登录请求 | Yes | [UserLoginReq](#userloginreq) |\n\n"
        + "##### Responses\n\n| Code | Description | Schema |\n| ---- | ----------- | ------ |\n| 200 | 返回 | [UserLoginResp](#userloginresp) |\n| 400 | 错误 | [response](#response) |\n\n";

    private const string Groups = "### /groups/{group_no}/managers\n\n#### POST\n##### Summary\n\n添加管理员\n\n##### Description\n\n添加管理员\n\n##### Parameters\n\n"
        + "| Name | Located in | Description | Required | Schema |\n| ---- | ---------- | ----------- | -------- | ---- |\n| group_no | path | 群编号 | Yes | string |\n| req | body | 请求 | No | [ string ] |\n| limit | query | 数量 | No | long |\n\n"
        + "##### Responses\n\n| Code | Description | Schema |\n| ---- | ----------- | ------ |\n| 200 | 返回 | [ [response](#response) ] |\n| 400 | 错误 |  |\n\n"
        + "##### Security\n\n| Security Schema | Scopes |\n| --- | --- |\n| token | |\n\n"
        + "#### DELETE\n##### Summary\n\n删除\n\n##### Parameters\n\n"
        + "| Name | Located in | Description | Required | Schema |\n| ---- | ---------- | ----------- | -------- | ---- |\n| group_no | path | 群编号 | Yes | string |\n| req | body |  | No |  |\n\n"
        + "##### Responses\n\n| Code | Description | Schema |\n| ---- | ----------- | ------ |\n| 200 | 成功 | [  ] |\n\n";

    private const string Models = "### Models\n\n#### UserLoginReq\n\n登录请求\n\n| Name | Type | Description | Required |\n| ---- | ---- | ----------- | -------- |\n"
        + "| username | string | 用户名 | Yes |\n| id | integer (uint64) | 编号 | No |\n| flag | string | 状态<br>*Enum:* `\"on\"`, `\"off\"`<br>*Example:* `\"on\"` | No |\n\n"
        + "#### UserLoginResp\n\n| Name | Type | Description | Required |\n| ---- | ---- | ----------- | -------- |\n| token | string |  | No |\n| unread | long |  | No |\n\n"
        + "#### response\n\n| Name | Type | Description | Required |\n| ---- | ---- | ----------- | -------- |\n| status | integer (int) |  | No |\n| msg | string |  | No |\n";

    private static readonly SwaggerMarkdownReader Reader = new();

    private static string Doc => Head + Login + Groups + "---\n" + Models;

    [Fact]
    public void Document_title_description_version_and_security_scheme()
    {
        var (draft, _) = Read(Reader, Doc);

        Assert.Equal("悟空聊天IM API", draft.Title);
        Assert.Equal("悟空聊天IM API | 说明", draft.Description);
        Assert.Equal("1.0.0", draft.Version);
        var scheme = Assert.Single(draft.SecuritySchemes);
        Assert.Equal(("token", "apiKey", "header", "token", "用户token"), (scheme.Name, scheme.Type, scheme.In, scheme.HeaderName, scheme.Description));
        Assert.Empty(draft.Tags);
        Assert.Empty(draft.Servers);
    }

    [Fact]
    public void Path_headings_group_method_headings_into_operations()
    {
        var (draft, _) = Read(Reader, Doc);

        Assert.Equal(new[] { "POST /user/login", "POST /groups/{group_no}/managers", "DELETE /groups/{group_no}/managers" }, draft.Operations.Select(o => $"{o.Method} {o.Path}"));
        Assert.Equal(3, Detect(Reader, Doc));
        Assert.Equal(("用户登录", "用户登录"), (draft.Operations[0].Summary, draft.Operations[0].Description));
        Assert.Null(draft.Operations[2].Description);
    }

    [Fact]
    public void A_body_parameter_is_the_request_body_with_its_required_flag()
    {
        var (draft, _) = Read(Reader, Doc);
        var (json, _) = Convert(Doc);

        var body = draft.Operations[0].Body!;
        Assert.True(body.Required);
        Assert.Equal("[UserLoginReq](#userloginreq)", body.Schema!.RootType);
        Assert.Empty(draft.Operations[0].Parameters);
        Assert.EndsWith("/UserLoginReq", BodySchema(json, "POST", "/user/login")["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        var array = BodySchema(json, "POST", "/groups/{group_no}/managers");
        Assert.Equal("array", array["type"]!.GetValue<string>());
        Assert.Equal("string", array["items"]!["type"]!.GetValue<string>());
        Assert.Null(Operation(json, "POST", "/groups/{group_no}/managers")["requestBody"]!["required"]);
    }

    [Fact]
    public void An_empty_body_schema_cell_gives_a_body_without_schema()
    {
        var (draft, _) = Read(Reader, Doc);
        var (json, _) = Convert(Doc);

        var body = draft.Operations[2].Body!;
        Assert.Null(body.Schema);
        Assert.Equal(new[] { "application/json" }, Keys(Operation(json, "DELETE", "/groups/{group_no}/managers")["requestBody"]!["content"]));
        Assert.Null(Operation(json, "DELETE", "/groups/{group_no}/managers")["requestBody"]!["content"]!["application/json"]!["schema"]);
    }

    [Fact]
    public void Parameters_keep_location_required_and_schema_cell()
    {
        var (draft, _) = Read(Reader, Doc);
        var (json, _) = Convert(Doc);

        Assert.Equal(new[] { ("group_no", "path", true, "string"), ("limit", "query", false, "long") },
            draft.Operations[1].Parameters.Select(p => (p.Name, p.In, p.Required, p.TypeText)));
        var limit = Operation(json, "POST", "/groups/{group_no}/managers")["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "limit")!;
        Assert.Equal("int64", limit["schema"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public void Responses_table_rows_are_responses_with_schema_and_description()
    {
        var (draft, _) = Read(Reader, Doc);
        var (json, _) = Convert(Doc);

        Assert.Equal(new[] { ("200", "返回", "[ [response](#response) ]"), ("400", "错误", (string?)null) },
            draft.Operations[1].Responses.Select(r => (r.Status, r.Description!, r.Schema?.RootType)));
        Assert.EndsWith("/response", ResponseSchema(json, "POST", "/groups/{group_no}/managers")!["items"]!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(ResponseSchema(json, "POST", "/groups/{group_no}/managers", "400"));
        var untypedArray = ResponseSchema(json, "DELETE", "/groups/{group_no}/managers")!;
        Assert.Equal("array", untypedArray["type"]!.GetValue<string>());
    }

    [Fact]
    public void Security_table_names_the_schemes_and_no_table_leaves_security_unset()
    {
        var (draft, _) = Read(Reader, Doc);
        var (json, _) = Convert(Doc);

        Assert.Null(draft.Operations[0].Security);
        Assert.Equal(new[] { "token" }, draft.Operations[1].Security!);
        Assert.Null(draft.Operations[2].Security);
        Assert.Null(Operation(json, "POST", "/user/login")["security"]);
        Assert.Equal("token", Operation(json, "POST", "/groups/{group_no}/managers")["security"]![0]!.AsObject().Single().Key);
    }

    [Fact]
    public void Models_are_named_by_heading_with_lower_case_anchors_descriptions_and_enums()
    {
        var (draft, _) = Read(Reader, Doc);
        var (json, result) = Convert(Doc);

        Assert.Equal(new[] { "UserLoginReq", "UserLoginResp", "response" }, draft.Models.Select(m => m.Name));
        Assert.Contains("userloginreq", draft.Models[0].Anchors);
        Assert.Equal(0, draft.Models[0].Schema.BaseDepth);
        Assert.Equal("登录请求", draft.Models[0].Schema.Description);
        Assert.Equal(new[] { "username", "id", "flag" }, draft.Models[0].Schema.Rows.Select(r => r.Name));
        Assert.Equal("状态", draft.Models[0].Schema.Rows[2].Description);
        var schemas = json["components"]!["schemas"]!;
        Assert.Equal(new[] { "on", "off" }, Strings(schemas["UserLoginReq"]!["properties"]!["flag"]!["enum"]));
        Assert.Equal(new[] { "username" }, Strings(schemas["UserLoginReq"]!["required"]));
        Assert.Equal("uint64", schemas["UserLoginReq"]!["properties"]!["id"]!["format"]!.GetValue<string>());
        Assert.Equal("int64", schemas["UserLoginResp"]!["properties"]!["unread"]!["format"]!.GetValue<string>());
        Assert.Equal(new[] { "status", "msg" }, Keys(schemas["response"]!["properties"]));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnresolvedReference);
    }

    [Fact]
    public void Percent_encoded_references_resolve_to_non_ascii_model_headings()
    {
        var markdown = "# 接口\n## Version: 1\n\n---\n### /a\n\n#### GET\n##### Responses\n\n| Code | Description | Schema |\n| ---- | ----------- | ------ |\n"
            + "| 200 | ok | [%E5%8F%91%E9%80%81%E7%BB%93%E6%9E%9C](#%e5%8f%91%e9%80%81%e7%bb%93%e6%9e%9c) |\n| 201 | ok | [post_.ocr_body](#post_ocr_body) |\n\n---\n### Models\n\n"
            + "#### 发送结果\n\n| Name | Type | Description | Required |\n| ---- | ---- | ----------- | -------- |\n| id | long |  | No |\n\n"
            + "#### post_.ocr_body\n\n| Name | Type | Description | Required |\n| ---- | ---- | ----------- | -------- |\n| image | string |  | Yes |\n";

        var (json, result) = Convert(markdown);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnresolvedReference);
        Assert.NotNull(ResponseSchema(json, "GET", "/a")!["$ref"]);
        Assert.NotNull(ResponseSchema(json, "GET", "/a", "201")!["$ref"]);
    }

    [Fact]
    public void Tag_headings_group_operations_and_a_primitive_model_row_is_the_model_type()
    {
        var markdown = "# Pets\n## Version: 1.0.0\n\n---\n## pets\nEverything about pets\n\n### /pets\n\n#### GET\n##### Summary\n\nList\n\n##### Responses\n\n| Code | Description |\n| ---- | ----------- |\n| 200 | ok |\n\n"
            + "---\n## default\n\n### /ping\n\n#### GET\n##### Responses\n\n| Code | Description |\n| ---- | ----------- |\n| 204 | pong |\n\n"
            + "---\n### Models\n\n#### Names\n\n| Name | Type | Description | Required |\n| ---- | ---- | ----------- | -------- |\n| Names | array | some names |  |\n";

        var (draft, _) = Read(Reader, markdown);

        Assert.Equal(new[] { ("pets", (string?)"Everything about pets") }, draft.Tags.Select(t => (t.Name, t.Description)));
        Assert.Equal(new[] { "pets" }, draft.Operations[0].Tags);
        Assert.Empty(draft.Operations[1].Tags);
        var model = Assert.Single(draft.Models);
        Assert.Equal("array", model.Schema.RootType);
        Assert.Empty(model.Schema.Rows);
        Assert.Equal("some names", model.Schema.Description);
    }

    [Fact]
    public void Inline_object_cells_become_rows()
    {
        var markdown = "# A\n## Version: 1\n\n### /a\n\n#### POST\n##### Parameters\n\n| Name | Located in | Description | Required | Schema |\n| ---- | ---------- | ----------- | -------- | ------ |\n"
            + "| body | body |  | Yes | { **\"id\"**: integer, **\"tags\"**: [ string ], **\"owner\"**: { **\"name\"**: string }, **\"items\"**: [ { **\"sku\"**: string } ] } |\n\n"
            + "##### Responses\n\n| Code | Description |\n| ---- | ----------- |\n| 200 | ok |\n";

        var (json, _) = Convert(markdown);

        var body = BodySchema(json, "POST", "/a");
        Assert.Equal(new[] { "id", "tags", "owner", "items" }, Keys(body["properties"]));
        Assert.Equal("string", body["properties"]!["tags"]!["items"]!["type"]!.GetValue<string>());
        Assert.Equal(new[] { "name" }, Keys(body["properties"]!["owner"]!["properties"]));
        Assert.Equal(new[] { "sku" }, Keys(body["properties"]!["items"]!["items"]!["properties"]));
    }

    [Fact]
    public void Response_headers_and_examples_leave_the_description()
    {
        var markdown = "# A\n## Version: 1\n\n### /a\n\n#### GET\n##### Responses\n\n| Code | Description | Schema |\n| ---- | ----------- | ------ |\n"
            + "| 200 | A page<br>**Headers:**<br>**x-next** (string): next page<br><br><br>**Example** (*application/json*):<br><pre>{<br>  \"a\": 1<br>}</pre> | object |\n";

        var (draft, diagnostics) = Read(Reader, markdown);

        var response = draft.Operations.Single().Responses.Single();
        Assert.Equal("A page", response.Description);
        Assert.Equal("{\n  \"a\": 1\n}", response.Example);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownLocation);
    }

    [Fact]
    public void Form_data_parameters_are_the_properties_of_a_form_body()
    {
        var markdown = "# A\n## Version: 1\n\n### /upload\n\n#### POST\n##### Parameters\n\n| Name | Located in | Description | Required | Schema |\n| ---- | ---------- | ----------- | -------- | ------ |\n"
            + "| name | formData | 名字 | Yes | string |\n| file | formData |  | No | file |\n\n##### Responses\n\n| Code | Description |\n| ---- | ----------- |\n| 200 | ok |\n";

        var (json, _) = Convert(markdown);

        var body = BodySchema(json, "POST", "/upload", "multipart/form-data");
        Assert.Equal(new[] { "name", "file" }, Keys(body["properties"]));
        Assert.Equal(new[] { "name" }, Strings(body["required"]));
    }

    [Fact]
    public void An_operation_printed_under_two_tags_is_one_operation_with_both_tags()
    {
        var operation = "### /pets\n\n#### GET\n##### Summary\n\nList\n\n##### Responses\n\n| Code | Description |\n| ---- | ----------- |\n| 200 | ok |\n\n";
        var markdown = "# Pets\n## Version: 1\n\n---\n## a\n\n" + operation + "---\n## b\n\n" + operation;

        var (draft, _) = Read(Reader, markdown);

        var single = Assert.Single(draft.Operations);
        Assert.Equal(new[] { "a", "b" }, single.Tags);
    }

    [Fact]
    public void Headings_lists_and_tables_in_a_description_keep_the_operation_whole()
    {
        var description = "##### Description\n\n登录。\n\n## 注意\n\n- 密码需加密\n- 每分钟 5 次\n\n### 错误码\n\n\\| code \\| 含义 \\|\n\n| 错误码 | 含义 |\n|---|---|\n| 1 | 失败 |\n\n#### 其它\n\n说明。\n\n";
        var markdown = Head + Login.Replace("##### Description\n\n用户登录\n\n", description, StringComparison.Ordinal) + Groups + "---\n" + Models;

        var (draft, diagnostics) = Read(Reader, markdown);

        var login = draft.Operations.Single(o => o.Path == "/user/login");
        Assert.Equal("[UserLoginReq](#userloginreq)", login.Body?.Schema?.RootType);
        Assert.Equal(["200", "400"], login.Responses.Select(r => r.Status));
        Assert.Contains("## 注意", login.Description, StringComparison.Ordinal);
        Assert.Contains("#### 其它", login.Description, StringComparison.Ordinal);
        Assert.Equal(3, draft.Operations.Count);
        Assert.Empty(draft.Tags);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.MissingColumn);
    }

    [Fact]
    public void An_array_of_a_model_joined_with_an_inline_object_is_an_array_of_all_of_both()
    {
        var markdown = Head + "### /media/search\n\n#### GET\n##### Responses\n\n| Code | Description | Schema |\n| ---- | ----------- | ------ |\n"
            + "| 200 | OK | { **\"data\"**: [ [UserLoginResp](#userloginresp) & { **\"distance\"**: number } ] } |\n\n---\n" + Models;

        var (json, result) = Convert(markdown);

        var items = ResponseSchema(json, "GET", "/media/search")!["properties"]!["data"]!["items"]!;
        var parts = items["allOf"]!.AsArray();
        Assert.Equal("#/components/schemas/UserLoginResp", parts[0]!["$ref"]!.GetValue<string>());
        Assert.Equal("number", parts[1]!["properties"]!["distance"]!["type"]!.GetValue<string>());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownType);
    }

    [Fact]
    public void Values_listed_inside_an_inline_object_are_its_fields_enum()
    {
        var markdown = Head + "### [GET] /health\n**Health**\n\n#### Responses\n\n| Code | Description | Schema |\n| ---- | ----------- | ------ |\n"
            + "| 200 | ok | **application/json**: { **\"status\"**: string, <br>**Available values:** \"healthy\", \"degraded\", **\"uptime\"**: long }<br> |\n";

        var (json, _) = Convert(markdown);

        var schema = ResponseSchema(json, "GET", "/health")!;
        Assert.Equal(["status", "uptime"], Keys(schema["properties"]));
        Assert.Equal(["healthy", "degraded"], Strings(schema["properties"]!["status"]!["enum"]));
        Assert.Equal("int64", schema["properties"]!["uptime"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public void The_openapi_3_layout_is_read_too()
    {
        const string markdown = "# Pet API\nPets and more\n\n## Version: 1.0.0\n\n### Available authorizations\n#### api_key (API Key Authentication)\nKey for the API  \n**Name:** X-API-Key  \n**In:** header  \n\n"
            + "#### bearer (HTTP, bearer)\nBearer format: JWT\n\n---\n## pets\nEverything about pets\n\n### [POST] /pets\n**Add a pet**\n\nAdds a pet to the store\n\n"
            + "#### Parameters\n\n| Name | Located in | Description | Required | Schema |\n| ---- | ---------- | ----------- | -------- | ------ |\n| mode | query | 模式 | No | string, <br>**Available values:** \"fast\", \"slow\", <br>**Default:** fast |\n\n"
            + "#### Request Body\n\n| Required | Schema |\n| -------- | ------ |\n|  Yes | **application/json**: [Pet](#pet)<br>**application/xml**: [Pet](#pet)<br> |\n\n"
            + "#### Responses\n\n| Code | Description | Schema |\n| ---- | ----------- | ------ |\n| 200 | ok | **application/json**: [ [Pet](#pet) ]<br> |\n| 400 | bad |  |\n\n"
            + "##### Security\n\n| Security Schema | Scopes |\n| --------------- | ------ |\n| api_key |  |\n\n"
            + "### ~~[GET] /pets/{id}~~\n\n***DEPRECATED***\n\n**Get a pet**\n\n#### Parameters\n\n| Name | Located in | Description | Required | Schema |\n| ---- | ---------- | ----------- | -------- | ------ |\n| id | path |  | Yes | long |\n\n"
            + "#### Responses\n\n| Code | Description | Schema |\n| ---- | ----------- | ------ |\n| 200 | ok | **application/json**: [Pet](#pet)<br> |\n\n"
            + "---\n### Schemas\n\n#### Pet\n\n| Name | Type | Description | Required |\n| ---- | ---- | ----------- | -------- |\n| id | long |  | Yes |\n| kind | string, <br>**Available values:** \"cat\", \"dog\" |  | No |\n";

        var (draft, diagnostics) = Read(Reader, markdown);
        var (json, result) = Convert(markdown);

        Assert.Equal(2, Detect(Reader, markdown));
        Assert.Equal(new[] { ("api_key", "apiKey", (string?)"X-API-Key"), ("bearer", "http", null) }, draft.SecuritySchemes.Select(s => (s.Name, s.Type, s.HeaderName)));
        Assert.Equal("Key for the API", draft.SecuritySchemes[0].Description);
        var post = draft.Operations[0];
        Assert.Equal(("Add a pet", "Adds a pet to the store"), (post.Summary, post.Description));
        Assert.Equal(new[] { "fast", "slow" }, post.Parameters.Single().Enum);
        Assert.Equal("string", post.Parameters.Single().TypeText);
        Assert.Equal(("application/json", true, "[Pet](#pet)"), (post.Body!.MediaType, post.Body.Required, post.Body.Schema!.RootType));
        Assert.Equal(new[] { "api_key" }, post.Security!);
        Assert.Equal(("GET", "/pets/{id}", "Get a pet"), (draft.Operations[1].Method, draft.Operations[1].Path, draft.Operations[1].Summary));
        Assert.Null(draft.Operations[1].Description);
        Assert.EndsWith("/Pet", ResponseSchema(json, "POST", "/pets")!["items"]!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(new[] { "cat", "dog" }, Strings(json["components"]!["schemas"]!["Pet"]!["properties"]!["kind"]!["enum"]));
        Assert.Equal("string", json["components"]!["schemas"]!["Pet"]!["properties"]!["kind"]!["type"]!.GetValue<string>());
        Assert.Empty(diagnostics);
        Assert.True(result.Success);
    }

    [Fact]
    public void An_oauth2_scheme_is_reported_and_left_out_of_requirements()
    {
        const string markdown = "# A\n## Version: 1\n\n### Security\n**petstore_auth**  \n\n| oauth2 | *OAuth 2.0* |\n| ------ | ----------- |\n| Flow | implicit |\n| **Scopes** |  |\n| write:pets | modify |\n\n"
            + "**api_key**  \n\n| apiKey | *API Key* |\n| ------ | --------- |\n| Name | api_key |\n| In | header |\n\n**Schemes:** https\n\n---\n"
            + "### /pet\n\n#### GET\n##### Responses\n\n| Code | Description |\n| ---- | ----------- |\n| 200 | ok |\n\n##### Security\n\n| Security Schema | Scopes |  |\n| --------------- | ------ | --- |\n| api_key |  |  |\n| petstore_auth | write:pets | read:pets |\n";

        var (draft, diagnostics) = Read(Reader, markdown);

        Assert.Equal(new[] { "api_key" }, draft.SecuritySchemes.Select(s => s.Name));
        Assert.Equal(new[] { "api_key" }, draft.Operations.Single().Security!);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.UnknownLocation));
    }

    [Fact]
    public void The_wukongchat_seed_has_84_operations_and_22_models()
    {
        var (draft, diagnostics) = Read(Reader, Source("wukongchat"));

        Assert.Equal(84, Detect(Reader, Source("wukongchat")));
        Assert.Equal(84, draft.Operations.Count);
        Assert.Equal(75, draft.Operations.Select(o => o.Path).Distinct().Count());
        Assert.Equal(22, draft.Models.Count);
        Assert.Equal(35, draft.Operations.Count(o => o.Body is not null));
        Assert.Equal(79, draft.Operations.Count(o => o.Security is not null));
        Assert.Equal(35, draft.Operations.Sum(o => o.Parameters.Count(p => p.In == "path")));
        Assert.Equal(27, draft.Operations.Sum(o => o.Parameters.Count(p => p.In == "query")));
        Assert.All(draft.Operations, o => Assert.Equal(new[] { "200", "400" }, o.Responses.Select(r => r.Status)));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Every_round_trip_fixture_converts_with_every_reference_resolved()
    {
        var fixtures = Repository.Fixture("RoundTrip");
        foreach (var file in Directory.GetFiles(fixtures, "swagger-markdown*.md", SearchOption.AllDirectories))
        {
            var markdown = File.ReadAllText(file);
            var (_, result) = Convert(markdown);

            Assert.True(result.Dialect == "swagger-markdown", file);
            Assert.True(result.Success, file + ": " + string.Join('\n', result.Diagnostics));
            Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.UnresolvedReference or DiagnosticCodes.UnknownType && !d.Message.Contains("has no type", StringComparison.Ordinal));
            Assert.Equal(Detect(Reader, markdown), result.OperationCount);
        }
    }

    [Fact]
    public void Detect_is_zero_on_every_other_doc()
    {
        foreach (var (name, text) in AllDocs().Where(d => d.Name != "specs/wukongchat" && !Path.GetFileName(d.Name).StartsWith("swagger-markdown", StringComparison.Ordinal)))
        {
            Assert.True(Detect(Reader, text) == 0, $"{name} was detected as swagger-markdown");
        }
    }
}
