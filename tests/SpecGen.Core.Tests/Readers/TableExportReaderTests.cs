using SpecGen.Core.Diagnostics;
using SpecGen.Core.Readers.TableExport;
using SpecGen.Core.Settings;
using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers;

/// <summary>The numbered table export (seed 002): one snippet per quirk, plus the real seed.</summary>
public sealed class TableExportReaderTests
{
    private const string Preamble = "# 示例API文档\n[toc]\n## 1\t环境变量\n\n### 默认环境1\n| 参数名 | 字段值 |\n| ------ | ------ |\n|baseUrl|http://api.example.cn|\n\n\n"
        + "## 2\t示例API文档\n\n##### 说明\n> \n\n##### 文档版本\n```\nv2.3\n```\n\n\n";

    private const string Operation = "## 3\t用户操作\n\n## 3.1\t设置加好友验证方式\n\n> POST  /user/authmode\n"
        + "### 请求头\n| 参数名称 | 默认值 | 描述 |\n| ------ | ------ | ------ |\n"
        + "|access-token||令牌||app_id||应用ID||group_id||群ID||user_id||用户ID|\n"
        + "### 请求参数(Query Param)\n| 参数名称 | 默认值 | 描述 |\n| ------ | ------ | ------ |\n|value||value|\n|mode||模式|\n"
        + "### 请求体(Request Body)\n| 参数名称 | 数据类型 | 默认值 | 不为空 | 描述 |\n| ------ | ------ | ------ | ------ | ------ |\n"
        + "| list|array[object]||false||\n|⇥ avatar|string||true|头像 url|\n|⇥ user_id|int32||false|用户ID|\n| note|string|x|false|备注|\n"
        + "### 响应体\n● 200 响应数据格式：JSON\n| 参数名称 | 类型 | 默认值 | 不为空 | 描述 |\n| ------ | ------ | ------ | ------ | ------ |\n"
        + "| code|int32||false|返回码|\n| data|object||false||\n|⇥ from|object||false||\n|⇥⇥ device|object||false||\n|⇥⇥⇥ sn|int32||false||\n| message|string||false||\n\n"
        + "##### 接口描述\n> \n\n\n\n";

    private static readonly TableExportReader Reader = new();

    [Fact]
    public void Squashed_header_row_is_read_in_groups_of_four_cells()
    {
        var (draft, diagnostics) = Read(Reader, Preamble + Operation);

        var headers = draft.Operations.Single().Parameters.Where(p => p.In == "header").ToList();
        Assert.Equal(new[] { "access-token", "app_id", "group_id", "user_id" }, headers.Select(p => p.Name));
        Assert.Equal(new[] { "令牌", "应用ID", "群ID", "用户ID" }, headers.Select(p => p.Description));
        Assert.All(headers, p => Assert.False(p.Required));
        Assert.All(headers, p => Assert.Equal("string", p.TypeText));
        var squashedLine = (Preamble + Operation).Split('\n').ToList().FindIndex(l => l.StartsWith("|access-token", StringComparison.Ordinal)) + 1;
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.TooManyCells && d.Line == squashedLine);
    }

    [Fact]
    public void A_header_row_that_is_not_squashed_is_one_parameter()
    {
        var markdown = "## 3\t用户\n## 3.1\t查询\n\n> GET  /user/info\n### 请求头\n| 参数名称 | 默认值 | 描述 |\n| ------ | ------ | ------ |\n|access-token||令牌|\n|app_id||应用ID|\n";

        var (draft, diagnostics) = Read(Reader, markdown);

        Assert.Equal(new[] { "access-token", "app_id" }, draft.Operations.Single().Parameters.Select(p => p.Name));
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.TooManyCells);
    }

    [Fact]
    public void Query_parameters_are_strings_and_a_description_repeating_the_name_is_dropped()
    {
        var (draft, _) = Read(Reader, Preamble + Operation);

        var query = draft.Operations.Single().Parameters.Where(p => p.In == "query").ToList();
        Assert.Equal(new[] { "value", "mode" }, query.Select(p => p.Name));
        Assert.Null(query[0].Description);
        Assert.Equal("模式", query[1].Description);
        Assert.All(query, p => Assert.Equal("string", p.TypeText));
    }

    [Fact]
    public void Body_rows_use_tab_arrows_for_depth_and_not_null_for_required()
    {
        var (draft, _) = Read(Reader, Preamble + Operation);

        var body = draft.Operations.Single().Body!;
        Assert.Equal(0, body.Schema!.BaseDepth);
        Assert.Equal(new[] { (0, "list"), (1, "avatar"), (1, "user_id"), (0, "note") }, body.Schema.Rows.Select(r => (r.Depth, r.Name)));
        Assert.Equal(new bool?[] { false, true, false, false }, body.Schema.Rows.Select(r => r.Required));
        Assert.Equal("x", body.Schema.Rows[3].Default);
        Assert.False(body.Required);
    }

    [Fact]
    public void Array_of_object_children_become_item_properties_and_deep_arrows_nest()
    {
        var (json, _) = Convert(Preamble + Operation);

        var body = BodySchema(json, "POST", "/user/authmode");
        Assert.Equal("array", body["properties"]!["list"]!["type"]!.GetValue<string>());
        var item = body["properties"]!["list"]!["items"]!;
        Assert.Equal(new[] { "avatar", "user_id" }, Keys(item["properties"]));
        Assert.Equal(new[] { "avatar" }, Strings(item["required"]));
        Assert.Equal("int32", item["properties"]!["user_id"]!["format"]!.GetValue<string>());
        var response = ResponseSchema(json, "POST", "/user/authmode")!;
        Assert.Equal(new[] { "code", "data", "message" }, Keys(response["properties"]));
        Assert.Equal("integer", response["properties"]!["data"]!["properties"]!["from"]!["properties"]!["device"]!["properties"]!["sn"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Document_title_version_servers_and_tags_with_operations()
    {
        var (draft, _) = Read(Reader, Preamble + Operation);

        Assert.Equal("示例API文档", draft.Title);
        Assert.Equal("v2.3", draft.Version);
        Assert.Equal("http://api.example.cn", Assert.Single(draft.Servers).Url);
        Assert.Equal("用户操作", Assert.Single(draft.Tags).Name);
        Assert.Equal(new[] { "用户操作" }, draft.Operations.Single().Tags);
        Assert.Equal("设置加好友验证方式", draft.Operations.Single().Summary);
        Assert.Null(draft.Operations.Single().Description);
        Assert.Equal(1, draft.SourceSections);
    }

    [Fact]
    public void A_status_line_without_a_table_is_a_response_without_schema()
    {
        var markdown = "## 9\t文件\n## 9.1\t下载头像\n\n> GET  /file/download/avatar\n### 请求头\n| 参数名称 | 默认值 | 描述 |\n| ------ | ------ | ------ |\n|access-token||令牌|\n### 响应体\n● 200 响应数据格式：JSON\n\n##### 接口描述\n> \n";

        var (draft, _) = Read(Reader, markdown);
        var (json, _) = Convert(markdown);

        var response = Assert.Single(draft.Operations.Single().Responses);
        Assert.Equal("200", response.Status);
        Assert.Null(response.Schema);
        Assert.Null(ResponseSchema(json, "GET", "/file/download/avatar"));
    }

    [Fact]
    public void Description_is_the_quote_and_everything_after_it_to_the_next_h2()
    {
        var markdown = "## 4\t推送\n## 4.2\t发推送通知\n\n> POST  /push/notify\n### 响应体\n● 200 响应数据格式：JSON\n\n##### 接口描述\n> 第一行。\n第二行。\n1. 推送文本\n{\n  \"audience\": \"all\"\n}\n\n\n## 4.3\t查询\n\n> GET  /push/task\n";

        var (draft, _) = Read(Reader, markdown);

        Assert.Equal(2, draft.Operations.Count);
        var description = draft.Operations[0].Description!;
        Assert.StartsWith("第一行。\n第二行。", description, StringComparison.Ordinal);
        Assert.Contains("\"audience\": \"all\"", description, StringComparison.Ordinal);
        Assert.DoesNotContain("4.3", description, StringComparison.Ordinal);
        Assert.DoesNotContain('>', description);
    }

    [Fact]
    public void Access_token_becomes_a_security_scheme_through_settings()
    {
        var (json, _) = Convert(Preamble + Operation, new ApiSettings { CredentialHeaders = new[] { "access-token" } });

        var operation = Operation(json, "POST", "/user/authmode");
        Assert.Equal(new[] { "app_id", "group_id", "user_id", "value", "mode" }, operation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal("access-token", json["components"]!["securitySchemes"]!["access-token"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void An_h2_without_a_method_quote_is_not_an_operation()
    {
        var markdown = "## 3\t用户\n## 3.1\t说明\n\n普通段落\n## 3.2\t查询\n\n> GET  /user/info\n";

        Assert.Equal(1, Detect(Reader, markdown));
        Assert.Equal("/user/info", Read(Reader, markdown).Draft.Operations.Single().Path);
    }

    [Fact]
    public void The_maxim_seed_has_180_operations_in_7_tags()
    {
        var (draft, diagnostics) = Read(Reader, Source("maxim"));

        Assert.Equal(180, Detect(Reader, Source("maxim")));
        Assert.Equal(180, draft.Operations.Count);
        Assert.Equal(new[] { "用户操作", "推送接口", "token 接口", "消息处理", "群接口", "好友管理接口", "文件操作接口" }, draft.Tags.Select(t => t.Name));
        Assert.Equal(691, draft.Operations.Sum(o => o.Parameters.Count(p => p.In == "header")));
        Assert.Equal(114, draft.Operations.Sum(o => o.Parameters.Count(p => p.In == "query")));
        Assert.Equal(94, draft.Operations.Count(o => o.Body is not null));
        Assert.Equal(341, draft.Operations.Sum(o => o.Body?.Schema?.Rows.Count ?? 0));
        Assert.Equal(2, draft.Operations.Count(o => o.Responses.Single().Schema is null));
        Assert.Equal("v1.0", draft.Version);
        Assert.Single(draft.Operations, o => o.Description is not null);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Detect_is_zero_on_every_other_doc()
    {
        foreach (var (name, text) in AllDocs().Where(d => d.Name != "specs/maxim"))
        {
            Assert.True(Detect(Reader, text) == 0, $"{name} was detected as table-export");
        }
    }
}
