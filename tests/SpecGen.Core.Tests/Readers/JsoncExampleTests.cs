using System.Text.Json.Nodes;
using SpecGen.Core.Diagnostics;
using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers;

/// <summary>
/// Issue 10, doc examples: JSONC / JSON5 examples (comments, trailing commas, single quotes, bare keys),
/// common in Apifox docs, are written as JSON values, not strings, under any of the fence info strings
/// such docs use; a warning at the example's fence says where the text was not strict JSON, and only there.
/// </summary>
public class JsoncExampleTests
{
    /// <summary>Every leniency at once: line and block comments, a comment first, single quotes, bare keys, trailing commas.</summary>
    private const string Jsonc = """
        // 请求示例
        {
          /* 消息类型 */
          "message_type": "private", // group | private
          'group_id': '480972475',
          user_id: 480972475,
          "message": [
            { "type": "text", "data": { "text": "hello", }, },
          ],
        }
        """;

    private const string Strict = """{ "message_type": "private", "group_id": "480972475", "user_id": 480972475, "message": [ { "type": "text", "data": { "text": "hello" } } ] }""";

    public static TheoryData<string> Infos() => new() { "json", "jsonc", "json5", "javascript", "js", "JSON", "" };

    [Theory]
    [MemberData(nameof(Infos))]
    public void Widdershins_Apifox_JSONC_examples_are_JSON_objects_with_a_located_warning(string info)
    {
        var markdown = Widdershins(info, Jsonc, Jsonc.Replace("请求示例", "返回示例"));

        var (json, result) = Convert(markdown);

        var operation = Operation(json, "POST", "/send_msg");
        AssertExample(operation["requestBody"]!["content"]!["application/json"]!["example"]);
        AssertExample(operation["responses"]!["200"]!["content"]!["application/json"]!["example"]);
        var warned = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidExample).Select(d => d.Line).Order().ToList();
        Assert.Equal([LineOf(markdown, "```" + info + "\n// 请求示例"), LineOf(markdown, "```" + info + "\n// 返回示例")], warned);
    }

    [Fact]
    public void Widdershins_Apifox_strict_JSON_examples_give_no_warning()
    {
        var (json, result) = Convert(Widdershins("json", Strict, Strict));

        AssertExample(Operation(json, "POST", "/send_msg")["requestBody"]!["content"]!["application/json"]!["example"]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidExample);
    }

    [Theory]
    [MemberData(nameof(Infos))]
    public void Generic_JSONC_examples_are_JSON_objects_with_a_located_warning(string info)
    {
        var markdown = $$"""
            # 消息

            ## 发送消息

            请求方式：POST
            请求地址：/send_msg

            请求示例：

            ```{{info}}
            {{Jsonc}}
            ```

            返回示例：

            ```{{info}}
            {{Jsonc.Replace("请求示例", "返回示例")}}
            ```
            """;

        var (json, result) = Convert(markdown);

        var operation = Operation(json, "POST", "/send_msg");
        AssertExample(operation["requestBody"]!["content"]!["application/json"]!["example"]);
        AssertExample(operation["responses"]!["200"]!["content"]!["application/json"]!["example"]);
        Assert.Equal("integer", BodySchema(json, "POST", "/send_msg")["properties"]!["user_id"]!["type"]!.GetValue<string>());
        var warned = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidExample).Select(d => d.Line).Order().ToList();
        Assert.Equal([LineOf(markdown, "```" + info + "\n// 请求示例"), LineOf(markdown, "```" + info + "\n// 返回示例")], warned);
    }

    [Fact]
    public void A_double_encoded_JSONC_example_stays_the_string_it_is()
    {
        // specs/napcat's send_msg: a JSON string holding JSONC; the doc shows a string, so the spec keeps it (SG2002).
        // A string is not the object the table describes, so it is written beside the schema, not as its example (SG2031).
        var (json, result) = Convert(Widdershins("json", "\"{\\r\\n  \\\"message_type\\\": \\\"private\\\", //group | private\\r\\n}\"", Strict));

        var content = Operation(json, "POST", "/send_msg")["requestBody"]!["content"]!["application/json"]!;
        Assert.IsAssignableFrom<JsonValue>(content[Writing.SpecWriter.ExampleExtension]);
        Assert.Null(content["example"]);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DoubleEncodedExample);
    }

    private static void AssertExample(JsonNode? example)
    {
        var obj = Assert.IsType<JsonObject>(example);
        Assert.Equal("private", obj["message_type"]!.GetValue<string>());
        Assert.Equal("480972475", obj["group_id"]!.GetValue<string>());
        Assert.Equal(480972475, obj["user_id"]!.GetValue<int>());
        var message = Assert.IsType<JsonArray>(obj["message"]);
        Assert.Equal("hello", Assert.Single(message)!["data"]!["text"]!.GetValue<string>());
    }

    private static string Widdershins(string info, string body, string response) => $$"""
        # 消息

        ## POST 发送消息

        POST /send_msg

        > Body 请求参数

        ```{{info}}
        {{body}}
        ```

        ### 请求参数

        |名称|位置|类型|必选|说明|
        |---|---|---|---|---|
        |body|body|object| 否 |none|
        |» message_type|body|string| 是 |none|
        |» group_id|body|string| 是 |none|
        |» user_id|body|integer| 是 |none|
        |» message|body|[object]| 是 |none|
        |»» type|body|string| 是 |none|
        |»» data|body|object| 是 |none|
        |»»» text|body|string| 是 |none|

        > 返回示例

        > 200 Response

        ```{{info}}
        {{response}}
        ```

        ### 返回结果

        |状态码|状态码含义|说明|数据模型|
        |---|---|---|---|
        |200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|none|Inline|

        """;

    private static int LineOf(string text, string needle) =>
        text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
