using SpecGen.Core.Diagnostics;
using SpecGen.Core.Readers.Catalog;
using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers;

/// <summary>The extracted endpoint catalog (seed 003): one snippet per quirk, plus the real seed.</summary>
public sealed class CatalogReaderTests
{
    private const string Head = "# API Spec（从离线文档生成）\n\n## 目录\n\n| module | operationId | title | method | path | doc |\n|---|---|---|---|---|---|\n"
        + "| `qun-cao-zuo` | `qun_cao_zuo_saveGroup` | 群保存\\|取消到通讯录 | `POST` | `/showInAddressBook` | `docs/x.md` |\n\n";

    private static readonly CatalogReader Reader = new();

    private static string Section(string path, string bullets, string headers, string request, string? response) =>
        $"### POST {path}\n\n{bullets}\n\n**Headers（文档提取）**\n{headers}\n\n**参数（文档提取）**\n\n{request}\n\n"
        + (response is null ? string.Empty : $"**返回数据（文档提取）**\n\n{response}\n\n");

    private const string Bullets = "- operationId: `qun_cao_zuo_saveGroup`\n- title: 群保存\\|取消到通讯录\n- doc: `docs/api/qun-cao-zuo/saveGroup.md`\n- requestUrl (as documented): `http://域名地址/showInAddressBook`";

    private const string Headers = "- Content-Type: application/json\n- Authorization: login接口返回";

    private const string Request = "| 参数名 | 必选 | 类型 | 说明 |\n| --- | --- | --- | --- |\n| wId | 是 | String | 登录实例标识 |\n| **wcId** | 否 | string | 微信id [第3步](step3.html) |\n"
        + "| videoCdn | 否 | JSONObject | cdn |\n| videoCdn.fileUrl | 是 | String | 地址 |\n| videoCdn.fileSize | 是 | int | 大小 |\n| topic | 是 | String\\[\\] | 话题 |\n| ids | 否 | list | 列表 |\n| title | 是 | 小程序标题 | 回调中取 |";

    private const string Response = "| 参数名 | 类型 | 说明 |\n| --- | --- | --- |\n| code | string | 1000成功 |\n| msg | string | 反馈信息 |\n| data |  |  |\n| **wId** | string | 实例 |\n| wId | string | 重复 |\n| data.id | string | id |";

    private static string Doc(params string[] sections) => Head + "## 模块：`qun-cao-zuo`\n\n" + string.Concat(sections);

    [Fact]
    public void Bullets_give_operation_id_summary_with_an_unescaped_pipe_and_the_module_tag()
    {
        var (draft, _) = Read(Reader, Doc(Section("/showInAddressBook", Bullets, Headers, Request, Response)));

        var operation = Assert.Single(draft.Operations);
        Assert.Equal(("POST", "/showInAddressBook"), (operation.Method, operation.Path));
        Assert.Equal("qun_cao_zuo_saveGroup", operation.OperationId);
        Assert.Equal("群保存|取消到通讯录", operation.Summary);
        Assert.Equal(new[] { "qun-cao-zuo" }, operation.Tags);
        Assert.Equal("API Spec（从离线文档生成）", draft.Title);
        Assert.Equal("http://域名地址", Assert.Single(draft.Servers).Url);
    }

    [Theory]
    [InlineData("- Authorization: login接口返回")]
    [InlineData("- Authorization: login接口返回 **参数：**")]
    [InlineData("- **Authorization: login接口返回**")]
    [InlineData("- Authorization: login接口返回 参数：")]
    public void Authorization_bullets_lose_bold_and_trailing_junk(string bullet)
    {
        var (draft, _) = Read(Reader, Doc(Section("/a", Bullets, "- Content-Type: application/json\n" + bullet, Request, Response)));

        var header = Assert.Single(draft.Operations.Single().Parameters);
        Assert.Equal(("Authorization", "header", "login接口返回"), (header.Name, header.In, header.Description));
    }

    [Fact]
    public void Content_type_is_the_body_media_type_and_authorization_becomes_a_security_scheme()
    {
        var (json, _) = Convert(Doc(Section("/a", Bullets, "- Authorization: login接口返回\n- Content-Type: application/json", Request, Response)));

        var operation = Operation(json, "POST", "/a");
        Assert.Null(operation["parameters"]);
        Assert.Equal("Authorization", operation["security"]![0]!.AsObject().Single().Key);
        Assert.Equal("header", json["components"]!["securitySchemes"]!["Authorization"]!["in"]!.GetValue<string>());
        Assert.NotNull(operation["requestBody"]!["content"]!["application/json"]);
    }

    [Fact]
    public void A_section_without_authorization_has_no_header_and_no_security()
    {
        var (json, _) = Convert(Doc(Section("/member/login", Bullets, "- Content-Type: application/json", Request, Response)));

        Assert.Null(Operation(json, "POST", "/member/login")["security"]);
        Assert.Null(Operation(json, "POST", "/member/login")["parameters"]);
    }

    [Fact]
    public void Request_table_bold_names_dotted_children_and_types()
    {
        var (json, result) = Convert(Doc(Section("/a", Bullets, Headers, Request, Response)));

        var body = BodySchema(json, "POST", "/a");
        Assert.Equal(new[] { "wId", "wcId", "videoCdn", "topic", "ids", "title" }, Keys(body["properties"]));
        Assert.Equal(new[] { "wId", "topic", "title" }, Strings(body["required"]));
        Assert.Equal(new[] { "fileUrl", "fileSize" }, Keys(body["properties"]!["videoCdn"]!["properties"]));
        Assert.Equal(new[] { "fileUrl", "fileSize" }, Strings(body["properties"]!["videoCdn"]!["required"]));
        Assert.Equal("string", body["properties"]!["topic"]!["items"]!["type"]!.GetValue<string>());
        Assert.Equal("array", body["properties"]!["ids"]!["type"]!.GetValue<string>());
        Assert.Equal("string", body["properties"]!["title"]!["type"]!.GetValue<string>());
        Assert.Contains("[第3步](step3.html)", body["properties"]!["wcId"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Operation(json, "POST", "/a")["requestBody"]!["required"]!.GetValue<bool>());
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownType);
    }

    [Fact]
    public void Dotted_names_are_depth_one_rows_named_after_the_dot()
    {
        var (draft, _) = Read(Reader, Doc(Section("/a", Bullets, Headers, Request, Response)));

        var rows = draft.Operations.Single().Body!.Schema!.Rows;
        Assert.Contains(rows, r => r is { Depth: 1, Name: "fileUrl" });
        Assert.DoesNotContain(rows, r => r.Name.Contains('.'));
        var response = draft.Operations.Single().Responses.Single().Schema!;
        Assert.Equal(new[] { (0, "code"), (0, "msg"), (0, "data"), (1, "id"), (0, "wId"), (0, "wId") }, response.Rows.Select(r => (r.Depth, r.Name)));
    }

    [Fact]
    public void Flattened_response_rows_stay_top_level_and_duplicates_keep_the_first()
    {
        var (json, result) = Convert(Doc(Section("/a", Bullets, Headers, Request, Response)));

        var response = ResponseSchema(json, "POST", "/a")!;
        Assert.Equal(new[] { "code", "msg", "data", "wId" }, Keys(response["properties"]));
        Assert.Equal("实例", response["properties"]!["wId"]!["description"]!.GetValue<string>());
        Assert.Equal(new[] { "id" }, Keys(response["properties"]!["data"]!["properties"]));
        Assert.Null(response["required"]);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateProperty);
    }

    [Fact]
    public void A_dotted_row_without_its_parent_gets_an_object_parent()
    {
        var response = "| 参数名 | 类型 | 说明 |\n| --- | --- | --- |\n| code | string |  |\n| data.msgId | long | 消息id |";
        var (json, result) = Convert(Doc(Section("/a", Bullets, Headers, Request, response)));

        var data = ResponseSchema(json, "POST", "/a")!["properties"]!["data"]!;
        Assert.Equal("int64", data["properties"]!["msgId"]!["format"]!.GetValue<string>());
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DepthJump);
    }

    [Fact]
    public void A_three_column_request_table_that_repeats_the_response_is_misfiled()
    {
        var copy = "| 参数名 | 类型 | 说明 |\n| --- | --- | --- |\n| code | string | 1000成功 |\n| msg | string | 反馈信息 |";
        var (draft, diagnostics) = Read(Reader, Doc(Section("/getReqTimes", Bullets, Headers, copy, copy)));
        var (json, _) = Convert(Doc(Section("/getReqTimes", Bullets, Headers, copy, copy)));

        var body = draft.Operations.Single().Body!;
        Assert.Empty(body.Schema!.Rows);
        Assert.False(body.Required);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MisfiledRequestTable);
        Assert.Equal("object", BodySchema(json, "POST", "/getReqTimes")["type"]!.GetValue<string>());
        Assert.Null(BodySchema(json, "POST", "/getReqTimes")["properties"]);
        Assert.Equal(new[] { "code", "msg" }, Keys(ResponseSchema(json, "POST", "/getReqTimes")!["properties"]));
    }

    [Fact]
    public void A_three_column_request_table_that_differs_from_the_response_is_read_as_optional_properties()
    {
        var request = "| 参数名 | 类型 | 说明 |\n| --- | --- | --- |\n| wId | string | 实例 |";
        var (draft, diagnostics) = Read(Reader, Doc(Section("/a", Bullets, Headers, request, Response)));

        var row = Assert.Single(draft.Operations.Single().Body!.Schema!.Rows);
        Assert.Null(row.Required);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MissingColumn);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.MisfiledRequestTable);
    }

    [Fact]
    public void The_bixian_column_may_be_called_bitian()
    {
        var request = "| 参数名 | 必填 | 类型 | 说明 |\n| --- | --- | --- | --- |\n| httpUrl | 是 | string | 地址 |\n| type | 否 | int | 类型 |";
        var (json, _) = Convert(Doc(Section("/setHttpCallbackUrl", Bullets, Headers, request, Response)));

        Assert.Equal(new[] { "httpUrl" }, Strings(BodySchema(json, "POST", "/setHttpCallbackUrl")["required"]));
    }

    [Fact]
    public void A_section_without_a_response_table_gets_a_200_without_schema()
    {
        var (json, result) = Convert(Doc(Section("/searchUser", Bullets, Headers, Request, null)));

        Assert.Null(ResponseSchema(json, "POST", "/searchUser"));
        Assert.Equal("OK", Operation(json, "POST", "/searchUser")["responses"]!["200"]!["description"]!.GetValue<string>());
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingResponse);
    }

    [Fact]
    public void Catalog_tables_and_trailing_sections_are_not_operations_and_category_docs_describe_tags()
    {
        var tail = "## Reference Docs（非 endpoint）\n\n| title | doc |\n|---|---|\n| 回调 | `docs/api/x/callback.md` |\n\n"
            + "## Category Docs（目录页）\n\n| title | doc |\n|---|---|\n| 群操作 | `docs/api/api-wen-dang2/qun-cao-zuo/README.md` |\n| API 文档 | `docs/api/api-wen-dang2/README.md` |\n";
        var markdown = Doc(Section("/a", Bullets, Headers, Request, Response)) + tail;

        var (draft, _) = Read(Reader, markdown);

        Assert.Equal(1, Detect(Reader, markdown));
        Assert.Single(draft.Operations);
        Assert.Equal(new[] { ("qun-cao-zuo", (string?)"群操作") }, draft.Tags.Select(t => (t.Name, t.Description)));
    }

    [Fact]
    public void The_most_common_request_host_is_the_server()
    {
        var other = Bullets.Replace("http://域名地址/showInAddressBook", "http://域名/b", StringComparison.Ordinal);
        var (draft, diagnostics) = Read(Reader, Doc(
            Section("/a", Bullets.Replace("/showInAddressBook", "/a", StringComparison.Ordinal), Headers, Request, Response),
            Section("/b", other, Headers, Request, Response),
            Section("/c", Bullets.Replace("/showInAddressBook", "/c", StringComparison.Ordinal), Headers, Request, Response)));

        Assert.Equal("http://域名地址", Assert.Single(draft.Servers).Url);
        Assert.Contains(diagnostics, d => d.Message.Contains("http://域名'", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.PathParameterMismatch);
    }

    [Fact]
    public void Two_sections_with_the_same_method_and_path_are_both_emitted_and_then_merged()
    {
        var first = "| 参数名 | 必选 | 类型 | 说明 |\n| --- | --- | --- | --- |\n| wId | 是 | String | 实例 |\n| content | 是 | String | 内容 |";
        var second = "| 参数名 | 必选 | 类型 | 说明 |\n| --- | --- | --- | --- |\n| wId | 是 | String | 实例 |\n| imgUrl | 是 | String | 图片 |";
        var markdown = Doc(Section("/sendApplet", Bullets, Headers, first, Response), Section("/sendApplet", Bullets, Headers, second, Response));

        var (draft, _) = Read(Reader, markdown);
        var (json, result) = Convert(markdown);

        Assert.Equal(2, draft.Operations.Count);
        Assert.Equal(2, result.SourceSections);
        Assert.Equal(1, result.OperationCount);
        Assert.Equal(new[] { "wId", "content", "imgUrl" }, Keys(BodySchema(json, "POST", "/sendApplet")["properties"]));
        Assert.Equal(new[] { "wId" }, Strings(BodySchema(json, "POST", "/sendApplet")["required"]));
    }

    [Fact]
    public void The_eyun_seed_has_127_sections_in_11_modules()
    {
        var (draft, diagnostics) = Read(Reader, Source("eyun"));

        Assert.Equal(127, Detect(Reader, Source("eyun")));
        Assert.Equal(127, draft.Operations.Count);
        Assert.Equal(11, draft.Tags.Count);
        Assert.Equal(126, draft.Operations.Count(o => o.Parameters.Any(p => p.Name == "Authorization")));
        Assert.Equal(127, draft.Operations.Count(o => o.Body is not null));
        Assert.Equal(415, draft.Operations.Sum(o => o.Body!.Schema!.Rows.Count));
        Assert.Equal(384, draft.Operations.Sum(o => o.Body!.Schema!.Rows.Count(r => r.Required == true)));
        Assert.Equal(4, diagnostics.Count(d => d.Code == DiagnosticCodes.MisfiledRequestTable));
        Assert.Equal(1, draft.Operations.Count(o => o.Responses.Single().Schema is null));
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Detect_is_zero_on_every_other_doc()
    {
        foreach (var (name, text) in AllDocs().Where(d => d.Name != "specs/eyun"))
        {
            Assert.True(Detect(Reader, text) == 0, $"{name} was detected as catalog");
        }
    }
}
