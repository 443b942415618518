using System.Text;

namespace SpecGen.Core.Tests.Hostile;

/// <summary>Widdershins-shaped docs built to size, for hostile and scaling tests.</summary>
internal static class HostileDocs
{
    public const string Header = "# 消息\n\n";

    /// <summary>One widdershins (Apifox) operation section; <paramref name="rows"/> are body rows (<c>|» name|body|type| 否 |text|</c>).</summary>
    public static string Operation(string path, string rows, string status = "200", string method = "POST", string extra = "") => $"""
        ## {method} 操作

        {method} {path}

        {extra}

        ### 请求参数

        |名称|位置|类型|必选|说明|
        |---|---|---|---|---|
        |body|body|object| 否 |none|
        {rows}

        ### 返回结果

        |状态码|状态码含义|说明|数据模型|
        |---|---|---|---|
        |{status}|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|none|Inline|


        """;

    public static string Doc(params string[] operations) => Header + string.Concat(operations);

    /// <summary>Body rows nested one level deeper each: <c>» a0</c>, <c>»» a1</c>, …</summary>
    public static string NestedRows(int levels, string type = "object") =>
        string.Join("\n", Enumerable.Range(0, levels).Select(i => $"|{new string('»', i + 1)} a{i}|body|{type}| 否 |x|"));

    public static int LineOf(string text, string needle) => text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    /// <summary>
    /// A synthetic doc of <paramref name="operations"/> operations in one of the scaling shapes
    /// (<c>napcat</c>: the Apifox operation shape of <c>specs/napcat/source.md</c>, distinct paths <c>/op{n}</c>;
    /// <c>widdershins</c>: distinct paths <c>/op{n}</c>; <c>widdershins-same-path</c>; <c>table-export</c>;
    /// <c>heading-heavy</c>; <c>heading-lines</c>). Deterministic; shared with <c>tools/SpecGen.Benchmarks</c>
    /// (<c>ScalingBenchmarks</c>), which links this file.
    /// </summary>
    public static string Scaling(string shape, int operations)
    {
        var text = new StringBuilder();
        text.Append(shape == "table-export" ? "# 服务端API文档\n\n" : "# 消息\n\n");
        for (var i = 0; i < operations; i++)
        {
            switch (shape)
            {
                case "table-export":
                    text.Append($"## 3.{i + 1}\t操作{i}\n\n> POST  /op{i}\n### 请求参数(Query Param)\n| 参数名称 | 默认值 | 描述 |\n| ------ | ------ | ------ |\n|value{i}||value|\n")
                        .Append("### 响应体\n● 200 响应数据格式：JSON\n| 参数名称 | 类型 | 默认值 | 不为空 | 描述 |\n| ------ | ------ | ------ | ------ | ------ |\n")
                        .Append("| code|int32||false|返回码|\n| data|boolean||false|结果|\n\n");
                    break;
                case "heading-lines":
                    // 2 MB of such lines took minutes: every heading documents POST /same again (the quadratic merge).
                    text.Append("# POST /same\n");
                    break;
                case "heading-heavy":
                    text.Append(string.Concat(Enumerable.Repeat("#\n## \n### x\n", 10)));
                    text.Append(Operation($"/op{i}", $"|» f{i}|body|string| 否 |x|\n|» g|body|[string]| 是 |y|"));
                    break;
                case "napcat":
                    text.Append(NapcatOperation(i));
                    break;
                default:
                    var path = shape == "widdershins-same-path" ? "/same" : $"/op{i}";
                    text.Append(Operation(path, $"|» f{i % 50}|body|string| 否 |x|\n|» g|body|[string]| 是 |y|\n|»» h|body|integer| 否 |z|"));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Operation <paramref name="n"/> in the shape of <c>specs/napcat/source.md</c> (widdershins / Apifox):
    /// H2 <c>## POST summary</c>, request line, body example, parameter table with <c>»</c> rows, response
    /// example, status table and response structure table; path <c>/op{n}</c>, so nothing is merged.
    /// </summary>
    public static string NapcatOperation(int n) => $$"""
        ## POST 操作{{n}}

        POST /op{{n}}

        > Body 请求参数

        ```json
        {
          "group_id": {{n}},
          "message": [
            { "type": "text", "data": { "text": "hello" } }
          ],
          "auto_escape": false
        }
        ```

        ### 请求参数

        |名称|位置|类型|必选|中文名|说明|
        |---|---|---|---|---|---|
        |body|body|object| 否 ||none|
        |» group_id|body|number| 是 ||群号|
        |» message|body|[object]| 是 ||none|
        |»» type|body|string| 是 ||none|
        |»» data|body|object| 是 ||none|
        |»»» text|body|string| 是 ||none|
        |» auto_escape|body|boolean| 否 ||none|

        > 返回示例

        > 200 Response

        ```json
        {
          "status": "ok",
          "retcode": 0,
          "data": {
            "message_id": {{n}}
          },
          "message": "string",
          "wording": "string",
          "echo": "string"
        }
        ```

        ### 返回结果

        |状态码|状态码含义|说明|数据模型|
        |---|---|---|---|
        |200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|none|Inline|

        ### 返回数据结构

        状态码 **200**

        |名称|类型|必选|约束|中文名|说明|
        |---|---|---|---|---|---|
        |» status|string|true|none||none|
        |» retcode|number|true|none||none|
        |» data|object|true|none||none|
        |»» message_id|number|true|none||none|
        |» message|string|true|none||none|
        |» wording|string|true|none||none|
        |» echo|string¦null|true|none||none|


        """;
}
