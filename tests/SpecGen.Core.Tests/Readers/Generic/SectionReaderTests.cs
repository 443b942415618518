using SpecGen.Core.Diagnostics;
using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers.Generic;

/// <summary>The generic reader and the section-based dialects (ShowDoc, knife4j, smart-doc, YApi) on small docs shaped like their real output.</summary>
public class SectionReaderTests
{
    private const string ShowDoc = """
        # 用户接口

        ### 1. 用户注册

        **简要描述：**

        - 用户注册接口

        **请求URL：**
        - ` http://xx.com/api/user/register `

        **请求方式：**
        - POST

        **参数：**

        |参数名|必选|类型|说明|
        |:----    |:---|:----- |-----   |
        |username |是  |string |用户名   |
        |password |是  |string | 密码    |
        |name     |否  |string | 昵称    |

         **返回示例**

        ```
          {
            "error_code": 0,
            "data": { "uid": "1" }
          }
        ```

         **返回参数说明**

        |参数名|类型|说明|
        |:-----  |:-----|-----                           |
        |groupid |int   |用户组id  |

        ### 2. 获取用户

        **请求URL：** `http://xx.com/api/user/:id`

        **请求方式：** GET

        | 参数名 | 类型 | 必填 | 说明 |
        |---|---|---|---|
        | fields | string | 否 | 字段 |

        ## 附录：错误码

        | 错误码 | 说明 |
        |---|---|
        | 1001 | 没有权限 |
        """;

    [Fact]
    public void ShowDoc_sections_give_body_response_example_and_path_parameters()
    {
        var (json, result) = Convert(ShowDoc);

        Assert.Equal("showdoc", result.Dialect);
        Assert.Equal(2, result.OperationCount);
        var register = Operation(json, "POST", "/api/user/register");
        Assert.Equal("用户注册", register["summary"]!.GetValue<string>());
        Assert.Equal("用户注册接口", register["description"]!.GetValue<string>());
        var body = BodySchema(json, "POST", "/api/user/register");
        Assert.Equal(["username", "password", "name"], Keys(body["properties"]));
        Assert.Equal(["username", "password"], Strings(body["required"]));
        Assert.Equal(["groupid"], Keys(ResponseSchema(json, "POST", "/api/user/register")!["properties"]));
        Assert.Equal(0, register["responses"]!["200"]!["content"]!["application/json"]!["example"]!["error_code"]!.GetValue<int>());

        var get = Operation(json, "GET", "/api/user/{id}");
        var parameters = get["parameters"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>())).ToList();
        Assert.Equal([("fields", "query"), ("id", "path")], parameters);
        Assert.Equal("http://xx.com", json["servers"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void An_unlabelled_table_is_read_as_the_request_and_reported()
    {
        var (_, result) = Convert(ShowDoc);

        var table = ShowDoc.Split('\n').ToList().FindIndex(l => l.StartsWith("| 参数名 | 类型 | 必填 | 说明 |", StringComparison.Ordinal)) + 1;
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MisfiledRequestTable && d.Line == table);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PathParameterMismatch && d.Message.Contains("'{id}'", StringComparison.Ordinal));
    }

    private const string Knife4j = """
        # 用户服务API

        # 用户管理

        ## 新增用户

        **接口地址**:`/api/user/add`

        **请求方式**:`POST`

        **请求数据类型**:`application/json`

        **接口描述**:新增一个用户

        **请求参数**:

        | 参数名称 | 参数说明 | 请求类型    | 是否必须 | 数据类型 | schema |
        | -------- | -------- | ----- | -------- | -------- | ------ |
        |userDTO|用户|body|true|UserDTO|UserDTO|
        |&emsp;&emsp;age|年龄||false|integer(int32)||
        |&emsp;&emsp;name|姓名||true|string||
        |&emsp;&emsp;address|地址||false|Address|Address|
        |&emsp;&emsp;&emsp;&emsp;city|城市||false|string||

        **响应状态**:

        | 状态码 | 说明 | schema |
        | -------- | -------- | ----- |
        |200|OK|Result|

        **响应参数**:

        | 参数名称 | 参数说明 | 类型 | schema |
        | -------- | -------- | ----- |----- |
        |code|状态码|integer(int32)|integer(int32)|
        |data||object||
        |&emsp;&emsp;id|编号|integer(int64)||

        ## 查询用户

        **接口地址**:`/api/user/get`

        **请求方式**:`GET`

        **请求参数**:

        | 参数名称 | 参数说明 | 请求类型    | 是否必须 | 数据类型 | schema |
        | -------- | -------- | ----- | -------- | -------- | ------ |
        |id|用户id|query|true|integer(int64)||
        |token|令牌|header|false|string||
        """;

    [Fact]
    public void Knife4j_body_parameter_is_the_body_and_emsp_indentation_nests()
    {
        var (json, result) = Convert(Knife4j);

        Assert.Equal("knife4j", result.Dialect);
        var body = BodySchema(json, "POST", "/api/user/add");
        Assert.Equal("object", body["type"]!.GetValue<string>());
        Assert.Equal(["age", "name", "address"], Keys(body["properties"]));
        Assert.Equal(["name"], Strings(body["required"]));
        Assert.Equal(["city"], Keys(body["properties"]!["address"]!["properties"]));
        Assert.Equal("int32", body["properties"]!["age"]!["format"]!.GetValue<string>());
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownType && d.Message == "'Address' names a class this doc does not define; read as an object");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.PrimitiveWithChildren);

        var response = ResponseSchema(json, "POST", "/api/user/add")!;
        Assert.Equal(["code", "data"], Keys(response["properties"]));
        Assert.Equal(["id"], Keys(response["properties"]!["data"]!["properties"]));

        var get = Operation(json, "GET", "/api/user/get");
        Assert.Equal([("id", "query", true), ("token", "header", false)],
            get["parameters"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["required"]?.GetValue<bool>() ?? false)).ToList());
        Assert.Equal(["用户管理"], Strings(get["tags"]));
    }

    private const string SmartDoc = """
        # api-auth

        ## 短信
        ### 发送短信
        **URL:** /api/auth/sms/send

        **Type:** POST

        **Content-Type:** application/json; charset=utf-8

        **Description:** 发送短信

        **Body-parameters:**

        Parameter | Type|Description|Required|Since
        ---|---|---|---|---
        mobile|string|手机号|true|-
        extra|object|附加|false|-
        └─source|string|来源|false|-

        **Response-fields:**

        Field | Type|Description|Since
        ---|---|---|---
        code|string|No comments found.|-
        data|object|数据|-
        └─list|array|列表|-
        &nbsp;&nbsp;&nbsp;&nbsp;└─id|int64|编号|-
        message|string|消息|-
        """;

    [Fact]
    public void Smart_doc_pipeless_tables_and_tree_nesting()
    {
        var (json, result) = Convert(SmartDoc);

        Assert.Equal("smart-doc", result.Dialect);
        var operation = Operation(json, "POST", "/api/auth/sms/send");
        Assert.Equal("发送短信", operation["description"]!.GetValue<string>());
        var body = BodySchema(json, "POST", "/api/auth/sms/send");
        Assert.Equal(["mobile", "extra"], Keys(body["properties"]));
        Assert.Equal(["source"], Keys(body["properties"]!["extra"]!["properties"]));
        Assert.Equal(["mobile"], Strings(body["required"]));

        var response = ResponseSchema(json, "POST", "/api/auth/sms/send")!;
        Assert.Equal(["code", "data", "message"], Keys(response["properties"]));
        Assert.Null(response["properties"]!["code"]!["description"]);
        Assert.Equal(["id"], Keys(response["properties"]!["data"]!["properties"]!["list"]!["items"]!["properties"]));
    }

    private const string Yapi = """
        # 公共分类

        ## 上传图片
        <a id=上传图片> </a>
        ### 基本信息

        **Path：** /images/features

        **Method：** POST

        **接口描述：**
        <p>上传一张图片</p>

        ### 请求参数
        **Headers**

        | 参数名称  | 参数值  |  是否必须 | 示例  | 备注  |
        | ------------ | ------------ | ------------ | ------------ | ------------ |
        | Content-Type  |  application/json | 是  |   |   |
        **Body**

        <table>
          <thead class="ant-table-thead">
            <tr>
              <th key=name>名称</th><th key=type>类型</th><th key=required>是否必须</th><th key=default>默认值</th><th key=desc>备注</th><th key=sub>其他信息</th>
            </tr>
          </thead><tbody className="ant-table-tbody"><tr key=0-0><td key=0><span style="padding-left: 0px"><span style="color: #8c8a8a"></span> image</span></td><td key=1><span>object</span></td><td key=2>必须</td><td key=3></td><td key=4><span style="white-space: pre-wrap">图片</span></td><td key=5></td></tr><tr key=0-0-0><td key=0><span style="padding-left: 20px"><span style="color: #8c8a8a">├─</span> url</span></td><td key=1><span>string</span></td><td key=2>必须</td><td key=3></td><td key=4><span style="white-space: pre-wrap">地址</span></td><td key=5></td></tr><tr key=0-1><td key=0><span style="padding-left: 0px"><span style="color: #8c8a8a"></span> tags</span></td><td key=1><span>string []</span></td><td key=2>非必须</td><td key=3></td><td key=4><span style="white-space: pre-wrap"></span></td><td key=5></td></tr>
                       </tbody>
                      </table>
        """;

    [Fact]
    public void Yapi_html_body_table_with_padding_nesting()
    {
        var (json, result) = Convert(Yapi);

        Assert.Equal("yapi", result.Dialect);
        var body = BodySchema(json, "POST", "/images/features");
        Assert.Equal(["image", "tags"], Keys(body["properties"]));
        Assert.Equal(["url"], Keys(body["properties"]!["image"]!["properties"]));
        Assert.Equal(["image"], Strings(body["required"]));
        Assert.Equal("array", body["properties"]!["tags"]!["type"]!.GetValue<string>());
        Assert.Equal("上传图片", Operation(json, "POST", "/images/features")["summary"]!.GetValue<string>());
    }

    [Fact]
    public void A_description_with_headings_lists_and_tables_keeps_every_parameter()
    {
        var markdown = """
            # 消息 API

            ## 发送消息

            `POST /api/message/send`

            发送一条消息。

            ### 背景

            - 支持文本
            - 支持图片

            | 消息类型 | 含义 |
            |---|---|
            | 1 | 文本 |

            #### 注意事项

            同一会话每秒最多 5 条。

            ### 请求参数

            | 参数名 | 类型 | 必填 | 说明 |
            |---|---|---|---|
            | to | string | 是 | 接收者 |
            | type | int | 是 | 消息类型 |
            | content | string | 否 | 内容 |

            ### 返回参数

            | 参数名 | 类型 | 说明 |
            |---|---|---|
            | msgId | string | 消息ID |

            ## 撤回消息

            `POST /api/message/recall`

            | 参数名 | 类型 | 必填 | 说明 |
            |---|---|---|---|
            | msgId | string | 是 | 消息ID |
            """;

        var (json, result) = Convert(markdown);

        Assert.Equal("generic", result.Dialect);
        Assert.Equal(["to", "type", "content"], Keys(BodySchema(json, "POST", "/api/message/send")["properties"]));
        Assert.Equal(["msgId"], Keys(ResponseSchema(json, "POST", "/api/message/send")!["properties"]));
        Assert.Equal(["msgId"], Keys(BodySchema(json, "POST", "/api/message/recall")["properties"]));
        Assert.Equal(2, result.OperationCount);
    }

    [Fact]
    public void Method_and_path_under_different_subheadings_of_one_section_make_one_operation()
    {
        var markdown = """
            # OCR

            ## 1. 二维码识别

            URL：`/api/qrcode`

            ### 1.1 请求格式

            方法：`POST`

            ### 1.2 参数

            | 参数名 | 类型 | 必填 | 说明 |
            |---|---|---|---|
            | base64 | string | 是 | 图片 |

            ## 2. 文字识别

            URL：`/api/ocr`

            ### 2.1 请求格式

            方法：`POST`
            """;

        var (json, result) = Convert(markdown);

        Assert.Equal(2, result.OperationCount);
        Assert.Equal(["base64"], Keys(BodySchema(json, "POST", "/api/qrcode")["properties"]));
        Assert.NotNull(Operation(json, "POST", "/api/ocr"));
    }

    [Fact]
    public void A_table_of_contents_adds_no_operation_and_a_mention_in_a_sentence_is_none()
    {
        var markdown = """
            # API

            ## 目录

            - [POST /a 创建](#a)
            - [GET /b 查询](#b)

            ## 创建

            POST /a

            | 参数名 | 类型 | 说明 |
            |---|---|---|
            | x | string | 说明 |

            > 创建后可以通过 GET /c/1 查看结果。

            ## 查询

            GET /b
            """;

        var (json, result) = Convert(markdown);

        Assert.Equal(2, result.OperationCount);
        Assert.Equal(["/a", "/b"], Keys(json["paths"]));
    }

    [Fact]
    public void A_section_that_only_lists_endpoints_gives_way_to_the_sections_that_document_them()
    {
        var markdown = """
            # Node

            ## Request

            `GET /node/frontends`

            `POST /node/{action}/be`

            ## 获取节点

            `GET /node/frontends`

            | 参数名 | 类型 | 说明 |
            |---|---|---|
            | limit | int | 数量 |

            ## 操作节点

            `POST /node/{action}/be`

            ### Examples

            `POST /node/ADD/be`
            """;

        var (json, result) = Convert(markdown);

        Assert.Equal(2, result.OperationCount);
        Assert.Equal(2, result.SourceSections);
        Assert.Equal("获取节点", Operation(json, "GET", "/node/frontends")["summary"]!.GetValue<string>());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateOperation && d.Message.Contains("documented again", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateOperation && d.Message.Contains("/node/ADD/be is an example request", StringComparison.Ordinal));
    }

    [Fact]
    public void Endpoints_listed_only_in_an_index_table_still_become_operations()
    {
        var markdown = """
            # API

            | 方法 | 路径 | 说明 |
            |---|---|---|
            | POST | /a | 创建 |
            | GET | /b | 查询 |

            ## 创建

            请求方式：POST
            请求地址：/a
            """;

        var (json, result) = Convert(markdown);

        Assert.Equal(["/a", "/b"], Keys(json["paths"]));
        Assert.Equal(2, result.OperationCount);
    }

    [Fact]
    public void Index_rows_that_link_to_headings_take_those_sections()
    {
        var markdown = """
            # petstore_api.StoreApi

            Method | HTTP request | Description
            ------------- | ------------- | -------------
            [**delete_order**](StoreApi.md#delete_order) | **DELETE** /store/order/{order_id} | Delete purchase order by ID
            [**place_order**](StoreApi.md#place_order) | **POST** /store/order | Place an order for a pet

            # **delete_order**
            > delete_order(order_id)

            Delete purchase order by ID

            ### Parameters

            Name | Type | Description  | Notes
            ------------- | ------------- | ------------- | -------------
             **order_id** | **str**| ID of the order | 

            # **place_order**
            > Order place_order(body)

            ### Parameters

            Name | Type | Description  | Notes
            ------------- | ------------- | ------------- | -------------
             **body** | [**Order**](Order.md)| order placed for purchasing the pet | 
            """;

        var (json, result) = Convert(markdown);

        Assert.Equal("generic", result.Dialect);
        var delete = Operation(json, "DELETE", "/store/order/{order_id}");
        Assert.Equal("delete_order", delete["summary"]!.GetValue<string>());
        Assert.Equal(("order_id", "path"), (delete["parameters"]![0]!["name"]!.GetValue<string>(), delete["parameters"]![0]!["in"]!.GetValue<string>()));
        var body = BodySchema(json, "POST", "/store/order");
        Assert.Equal("object", body["type"]!.GetValue<string>());
        Assert.Null(body["properties"]);
    }

    [Fact]
    public void A_bullet_list_of_fields_under_a_parameter_label_is_read_as_fields()
    {
        var markdown = """
            # OCR

            ## 识别

            URL：`/api/qrcode`

            方法：`POST`

            参数：

            - **base64** ： 必填。图像
            - **options** ：可选。参数字典
                - **size** ：大小

            说明：

            - 支持 PNG
            - 支持 JPG
            """;

        var (json, _) = Convert(markdown);

        var body = BodySchema(json, "POST", "/api/qrcode");
        Assert.Equal(["base64", "options"], Keys(body["properties"]));
        Assert.Equal(["base64"], Strings(body["required"]));
        Assert.Equal(["size"], Keys(body["properties"]!["options"]!["properties"]));
        Assert.Equal("必填。图像", body["properties"]!["base64"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public void A_label_that_names_no_direction_follows_the_response_after_a_response_label()
    {
        // WeCom's API pages: 参数说明 under the request, and again under 返回结果; the URI on the next, indented line.
        var markdown = """
            # 企业

            ## 转换 corpid

            **URI:**

                https://qyapi.weixin.qq.com/cgi-bin/service/corpid_to_opencorpid

            **请求方式：**POST（**HTTPS**）

            **参数说明：**

            | 参数 | 必须 | 说明 |
            | :--- | :--- | :--- |
            | corpid | 是 | 企业ID |

            **返回结果：**

            **参数说明：**

            | 参数 | 说明 |
            | :--- | :--- |
            | errcode | 返回码 |
            | open_corpid | 企业ID |
            """;

        var (json, _) = Convert(markdown);

        Assert.Equal(["corpid"], Keys(BodySchema(json, "POST", "/cgi-bin/service/corpid_to_opencorpid")["properties"]));
        Assert.Equal(["errcode", "open_corpid"], Keys(ResponseSchema(json, "POST", "/cgi-bin/service/corpid_to_opencorpid")!["properties"]));
    }

    [Fact]
    public void A_path_without_a_method_is_guessed_and_reported()
    {
        var markdown = """
            # API

            ## 查询

            接口地址：/query

            | 参数名 | 类型 | 说明 |
            |---|---|---|
            | id | int | 编号 |
            """;

        var (json, result) = Convert(markdown);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MethodMismatch && d.Message.Contains("/query", StringComparison.Ordinal));
        Assert.Equal("id", Operation(json, "GET", "/query")["parameters"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void A_payload_shown_only_by_example_gets_the_examples_shape_marked_as_a_guess()
    {
        var markdown = """
            # API

            ## 查询

            请求方式：GET
            请求地址：/items

            返回示例：

            ```json
            {"code": 0, "data": [{"id": 1, "name": "a"}, {"id": 2, "price": 1.5}]}
            ```
            """;

        var (json, result) = Convert(markdown);

        var schema = ResponseSchema(json, "GET", "/items")!;
        Assert.True(schema[Writing.SpecWriter.FromExampleExtension]!.GetValue<bool>());
        Assert.Equal(["code", "data"], Keys(schema["properties"]));
        Assert.Equal("integer", schema["properties"]!["code"]!["type"]!.GetValue<string>());
        Assert.Equal(["id", "name", "price"], Keys(schema["properties"]!["data"]!["items"]!["properties"]));
        Assert.Equal("number", schema["properties"]!["data"]!["items"]!["properties"]!["price"]!["type"]!.GetValue<string>());
        Assert.Null(schema["required"]);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SchemaFromExample);
    }

    [Fact]
    public void A_table_that_says_object_with_no_rows_is_not_replaced_by_the_example()
    {
        var markdown = """
            # API

            ## 创建

            请求方式：POST
            请求地址：/items

            请求参数：

            | 参数名 | 类型 | 说明 |
            |---|---|---|
            | id | int | 编号 |

            返回参数：

            | 参数名 | 类型 | 说明 |
            |---|---|---|
            | data | object | 数据 |

            返回示例：

            ```json
            {"data": {"x": 1}}
            ```
            """;

        var (json, result) = Convert(markdown);

        var schema = ResponseSchema(json, "POST", "/items")!;
        Assert.Null(schema[Writing.SpecWriter.FromExampleExtension]);
        Assert.Null(schema["properties"]!["data"]!["properties"]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SchemaFromExample);
    }

    [Fact]
    public void A_specific_dialect_beats_the_generic_reader_on_the_same_operations()
    {
        var (_, result) = Convert(Knife4j);

        Assert.Equal(["knife4j", "generic"], result.Ranking.Take(2).Select(c => c.Dialect));
        Assert.Equal(result.Ranking[0].Operations, result.Ranking[1].Operations);
        Assert.All(result.Ranking.Skip(2), c => Assert.Equal(0, c.Points));
    }

    [Fact]
    public void The_section_dialects_see_nothing_in_the_seed_docs()
    {
        foreach (var (name, text) in AllDocs().Where(d => d.Name.StartsWith("specs/", StringComparison.Ordinal)))
        {
            var result = SpecConverter.Convert(text, name);
            Assert.All(result.Ranking.Where(c => c.Dialect is "smart-doc" or "knife4j" or "yapi" or "showdoc"), c => Assert.True(c.Points == 0, $"{name}: {c}"));
            Assert.NotEqual("generic", result.Dialect);
        }
    }
}
