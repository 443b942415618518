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
}
