using SpecGen.Core.Diagnostics;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Tests.Readers;

public class TableParserTests
{
    private static MdDocument Parse(string markdown) => MdDocument.Parse(markdown, new DiagnosticBag("x.md"));

    [Fact]
    public void A_table_without_leading_pipes_is_read_when_a_delimiter_row_follows_its_header()
    {
        var document = Parse("Intro line\nField | Type|Description\n---|---|---\ncode|string|状态\n└─id|int64|编号\nafter the table");
        var block = Assert.Single(document.Blocks);

        var table = Assert.Single(PipeTableParser.Extract(block));

        Assert.Equal(["Field", "Type", "Description"], table.Header!.Cells);
        Assert.Equal([["code", "string", "状态"], ["└─id", "int64", "编号"]], table.Rows.Select(r => r.Cells.ToArray()));
        Assert.Equal(2, table.Line);
        Assert.Equal(["Intro line", "after the table"], PipeTableParser.TextLines(block).Select(l => l.Text));
    }

    [Fact]
    public void A_line_with_a_pipe_but_no_delimiter_row_is_text()
    {
        var block = Assert.Single(Parse("a | b\nc | d").Blocks);

        Assert.Empty(PipeTableParser.Extract(block));
    }

    [Fact]
    public void Html_tables_become_pipe_tables_with_padding_as_indentation()
    {
        var html = """
            <table>
              <thead><tr><th key=name>名称</th><th key=type>类型</th><th>是否必须</th></tr></thead>
              <tbody><tr key=0-0><td><span style="padding-left: 0px"><span style="color: #8c8a8a"></span> image</span></td><td><span>object</span></td><td>必须</td></tr><tr key=0-0-0><td><span style="padding-left: 20px"><span style="color: #8c8a8a">├─</span> url</span></td><td>string</td><td>非必须</td></tr>
              <tr><td>a &amp; b</td><td>string</td><td></td></tr>
              </tbody>
            </table>
            """;
        var block = Assert.Single(Parse(html).Blocks);

        var table = Assert.Single(HtmlTableParser.Extract(block));

        Assert.Equal(["名称", "类型", "是否必须"], table.Header!.Cells);
        Assert.Equal(["image", "  ├─ url", "a & b"], table.Rows.Select(r => r.Cells[0]));
        Assert.Equal(["必须", "非必须", ""], table.Rows.Select(r => r.Cells[2]));
        Assert.Equal([3, 3, 4], table.Rows.Select(r => r.Line));
    }
}
