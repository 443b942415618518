using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Tests.Conversion;

/// <summary>Malformed docs give located diagnostics, never an exception, and the rest is still converted.</summary>
public sealed class BadInputTests
{
    private const string Doc = """
        ---
        title: 测试
        ---

        # 消息

        ## POST 发送消息

        POST /send

        ### 请求参数

        |名称|位置|类型|必选|说明|
        |---|---|---|---|---|
        |body|body|object| 否 |none|
        |» group_id|body|integer| 是 |群号|
        |» text|body|string| 否 |内容|

        ### 返回结果

        |状态码|状态码含义|说明|数据模型|
        |---|---|---|---|
        |200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|none|Inline|

        ## POST 撤回消息

        POST /recall

        ### 请求参数

        |名称|位置|类型|必选|说明|
        |---|---|---|---|---|
        |body|body|object| 否 |none|
        |» message_id|body|integer| 是 |消息 ID|
        """;

    private static ConversionResult Convert(string text) => SpecConverter.Convert(text, "bad.md");

    private static int LineOf(string text, string needle) => text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void The_well_formed_doc_converts_cleanly()
    {
        var result = Convert(Doc);

        Assert.True(result.Success);
        Assert.Equal(2, result.OperationCount);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    public void An_empty_file_is_an_error_on_line_1(string text)
    {
        var result = Convert(text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, DiagnosticCodes.EmptyInput, 1), (error.Severity, error.Code, error.Line));
        Assert.False(result.Success);
        Assert.Contains($"\"openapi\": \"{Writing.SpecWriter.OpenApiVersion}\"", result.Json);
    }

    [Fact]
    public void Binary_bytes_are_an_error_at_their_line_and_the_text_around_them_is_still_read()
    {
        var text = Doc.Replace("POST /recall", "POST /recall\u0000\u0001\u0002");

        var result = Convert(text);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.BinaryInput, LineOf(Doc, "POST /recall")), (error.Code, error.Line));
        Assert.Equal(2, result.OperationCount);
    }

    [Fact]
    public void A_text_that_is_not_an_api_doc_is_an_error()
    {
        var result = Convert("# Hello\n\nJust some notes.\n");

        Assert.Contains(result.Diagnostics, d => d is { Severity: DiagnosticSeverity.Error, Code: DiagnosticCodes.UnknownDialect, Line: 1 });
        Assert.Equal(0, result.OperationCount);
    }

    [Fact]
    public void A_truncated_doc_keeps_every_complete_operation()
    {
        var text = Doc[..(Doc.IndexOf("|» message_id", StringComparison.Ordinal) + 6)];

        var result = Convert(text);

        Assert.Equal(2, result.OperationCount);
        Assert.Contains("\"/recall\"", result.Json);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TooFewCells && d.Line == LineOf(Doc, "|» message_id"));
    }

    [Fact]
    public void A_table_without_a_header_row_is_reported_and_skipped()
    {
        var text = Doc.Replace("|名称|位置|类型|必选|说明|\n|---|---|---|---|---|\n|body|body|object| 否 |none|\n|» group_id", "|body|body|object| 否 |none|\n|» group_id");

        var result = Convert(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TableWithoutHeader && d.Line == LineOf(text, "|body|body|object| 否 |none|\n|» group_id"));
        Assert.Equal(2, result.OperationCount);
        Assert.Contains("\"message_id\"", result.Json);
    }

    [Fact]
    public void A_row_with_too_many_cells_is_reported_and_read_by_position()
    {
        var text = Doc.Replace("|» text|body|string| 否 |内容|", "|» text|body|string| 否 |内容|多余|");

        var result = Convert(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TooManyCells && d.Line == LineOf(text, "|» text|"));
        Assert.Contains("\"text\"", result.Json);
    }

    [Fact]
    public void An_unknown_type_word_becomes_a_string_with_a_warning()
    {
        var text = Doc.Replace("|» text|body|string|", "|» text|body|varchar2|");

        var result = Convert(text);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownType);
        Assert.Equal(LineOf(text, "|» text|"), warning.Line);
        Assert.Contains("varchar2", warning.Message);
        Assert.True(result.Success);
    }

    [Fact]
    public void An_unclosed_code_fence_is_closed_at_the_next_heading_and_the_rest_is_read()
    {
        var text = Doc.Replace("POST /send\n", "POST /send\n\n```json\n{ \"a\": 1 }\n");

        var result = Convert(text);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnbalancedFence);
        Assert.Equal(LineOf(text, "```json"), warning.Line);
        Assert.Equal(2, result.OperationCount);
        Assert.Contains("\"group_id\"", result.Json);
    }

    [Fact]
    public void Hostile_text_in_descriptions_is_data_not_markup()
    {
        var text = Doc.Replace("|群号|", "|*/ </summary> \"quoted\" \\\\ #error \u202Eevil|");

        var result = Convert(text);

        Assert.True(result.Success);
        var property = System.Text.Json.Nodes.JsonNode.Parse(result.Json)!["paths"]!["/send"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]!["group_id"]!;
        Assert.Equal("*/ </summary> \"quoted\" \\ #error \u202Eevil", property["description"]!.GetValue<string>());
    }
}
