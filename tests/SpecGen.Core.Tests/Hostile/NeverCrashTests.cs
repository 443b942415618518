using System.Diagnostics;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Schema;
using SpecGen.Core.Settings;
using SpecGen.Core.Tests.Support;
using static SpecGen.Core.Tests.Hostile.HostileDocs;

namespace SpecGen.Core.Tests.Hostile;

/// <summary>Issue 10: input that used to crash the process (stack overflow, writer depth, Markdig's depth limit) is a located diagnostic.</summary>
public sealed class NeverCrashTests
{
    private static ConversionResult Convert(string text, ApiSettings? settings = null) => SpecConverter.Convert(text, "hostile.md", settings);

    private static void AssertReadable(ConversionResult result)
    {
        Assert.Empty(OpenApiCheck.Errors(result.Json));
        Assert.InRange(OpenApiCheck.JsonDepth(result.Json), 1, 64);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void A_line_of_128_quote_markers_is_reported_not_thrown()
    {
        var result = Convert(new string('>', 128) + "\n");

        Assert.Contains(result.Diagnostics, d => d is { Code: DiagnosticCodes.NestingTooDeep, Line: 1 });
        Assert.False(result.Success);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sixty_four_nested_list_markers_are_reported_not_thrown(bool indented)
    {
        var text = indented
            ? string.Concat(Enumerable.Range(0, 64).Select(i => new string(' ', 2 * i) + "- x\n"))
            : string.Concat(Enumerable.Repeat("- ", 64)) + "x\n";

        var result = Convert(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NestingTooDeep && d.Line >= 1);
    }

    [Fact]
    public void A_doc_with_one_absurdly_nested_line_still_converts_its_operations()
    {
        var text = Doc(Operation("/send", "|» a|body|string| 否 |x|"), "\n" + new string('>', 200) + " note\n\n", Operation("/recall", "|» b|body|string| 否 |x|"));

        var result = Convert(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NestingTooDeep && d.Line == LineOf(text, ">>>>"));
        Assert.Equal(2, result.OperationCount);
        AssertReadable(result);
    }

    [Fact]
    public void A_type_cell_of_1000_nested_brackets_is_reported_with_its_line()
    {
        var text = Doc(Operation("/a", $"|» a|body|{new string('[', 1000)}string{new string(']', 1000)}| 否 |x|"));

        var result = Convert(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TypeTooComplex && d.Line == LineOf(text, "|» a|") && d.Message.Contains("nested 1,000 levels"));
        AssertReadable(result);
    }

    [Fact]
    public void A_type_nested_past_the_depth_limit_but_short_is_reported()
    {
        var cell = new string('[', 100) + "string" + new string(']', 100);
        var text = Doc(Operation("/a", $"|» a|body|{cell}| 否 |x|"));

        var result = Convert(text);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TypeTooComplex);
        Assert.Contains("nested 100 levels", warning.Message);
        AssertReadable(result);
    }

    [Theory]
    [InlineData(40_000)]
    [InlineData(20_000)]
    public void A_type_with_tens_of_thousands_of_array_suffixes_is_reported_quickly(int suffixes)
    {
        var text = Doc(Operation("/a", $"|» a|body|string{string.Concat(Enumerable.Repeat("[]", suffixes))}| 否 |x|"));
        var clock = Stopwatch.StartNew();

        var result = Convert(text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TypeTooComplex && d.Line == LineOf(text, "|» a|"));
        AssertReadable(result);
    }

    [Fact]
    public void A_long_shallow_type_cell_is_read_and_one_past_the_length_limit_is_reported()
    {
        var values = string.Join(", ", Enumerable.Range(0, 400).Select(i => $"v{i}"));
        var clock = Stopwatch.StartNew();

        Assert.IsType<EnumType>(TypeParser.Parse($"enum ({values})"));
        Assert.IsType<UnreadableType>(TypeParser.Parse("x" + new string(' ', TypeParser.MaxLength) + "array"));
        Assert.IsType<UnknownType>(TypeParser.Parse("x" + new string(' ', TypeParser.MaxLength - 10) + "arrays"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void The_type_parser_reads_up_to_its_depth_limit_and_no_further()
    {
        var deepest = TypeParser.Parse("string" + string.Concat(Enumerable.Repeat("[]", TypeParser.MaxDepth)));
        var tooDeep = TypeParser.Parse("string" + string.Concat(Enumerable.Repeat("[]", TypeParser.MaxDepth + 1)));

        var levels = 0;
        for (var type = deepest; type is ArrayType array; type = array.Items!)
        {
            levels++;
        }

        Assert.Equal(TypeParser.MaxDepth, levels);
        Assert.IsType<UnreadableType>(tooDeep);
        Assert.IsType<UnreadableType>(TypeParser.Parse(new string('[', 5000)));
        Assert.IsType<ArrayType>(TypeParser.Parse("[[X](#schemax)]"));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(30)]
    [InlineData(17)]
    public void Rows_nested_past_the_row_limit_are_flattened_reported_and_the_spec_stays_readable(int levels)
    {
        var text = Doc(Operation("/a", NestedRows(levels)));

        var result = Convert(text);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NestedTooDeep);
        Assert.Equal(LineOf(text, $"|{new string('»', SchemaBuilder.MaxRowDepth + 1)} a{SchemaBuilder.MaxRowDepth}|"), warning.Line);
        Assert.Contains($"a{levels - 1}", result.Json);
        AssertReadable(result);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(30)]
    public void Table_export_rows_nested_past_the_row_limit_are_flattened_and_the_spec_stays_readable(int levels)
    {
        var rows = string.Concat(Enumerable.Range(0, levels).Select(i => $"|{new string('⇥', i)} f{i}|object||false||\n"));
        var text = "# 服务端API文档\n\n## 3.1\t操作\n\n> POST  /op\n### 响应体\n● 200 响应数据格式：JSON\n"
            + "| 参数名称 | 类型 | 默认值 | 不为空 | 描述 |\n| ------ | ------ | ------ | ------ | ------ |\n" + rows + "\n";

        var result = Convert(text);

        Assert.Equal("table-export", result.Dialect);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NestedTooDeep && d.Line == LineOf(text, $" f{SchemaBuilder.MaxRowDepth}|"));
        AssertReadable(result);
    }

    [Fact]
    public void Sixteen_levels_of_rows_are_kept_without_a_warning()
    {
        var result = Convert(Doc(Operation("/a", NestedRows(SchemaBuilder.MaxRowDepth))));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.NestedTooDeep);
        AssertReadable(result);
    }

    [Fact]
    public void A_schema_that_would_nest_past_the_json_limit_is_cut_and_reported_at_its_operation()
    {
        var type = new string('[', 8) + "object" + new string(']', 8);
        var text = Doc(Operation("/a", NestedRows(SchemaBuilder.MaxRowDepth, type)));

        var result = Convert(text);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NestedTooDeep && d.Line == LineOf(text, "## POST"));
        Assert.Contains(Writing.SpecWriter.TruncatedExtension, result.Json);
        AssertReadable(result);
    }

    [Fact]
    public void An_example_that_would_nest_past_the_json_limit_is_dropped_and_reported()
    {
        var example = new string('[', 62) + "1" + new string(']', 62);
        var text = Doc(Operation("/a", "|» a|body|string| 否 |x|", extra: $"> Body 请求参数\n\n```json\n{example}\n```\n"));

        var result = Convert(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NestedTooDeep && d.Line == LineOf(text, "## POST"));
        AssertReadable(result);
    }
}
