using SpecGen.Core.Diagnostics;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Fields;

namespace SpecGen.Core.Tests.Readers;

/// <summary>The shared field-table mechanism as swagger2markup's tables use it.</summary>
public sealed class FieldTableReaderTests
{
    private static readonly ColumnVocabulary Parameters = new()
    {
        In = ["Type", "类型"],
        Name = ["Name", "名称"],
        Type = ["Schema", "架构", "类型"],
        Description = ["Description", "说明"],
    };

    private static PipeTable Table(string markdown)
    {
        var document = MdDocument.Parse(markdown, new DiagnosticBag("x.md"));
        return Assert.Single(document.Blocks.SelectMany(PipeTableParser.Extract));
    }

    [Theory]
    [InlineData("**petId**  <br>*required*", "petId", true)]
    [InlineData("**limit**  <br>*可选*", "limit", false)]
    [InlineData("**logRequest**  <br>*必填*", "logRequest", true)]
    public void Name_cells_carry_the_required_flag(string cell, string name, bool required)
    {
        var parsed = FieldName.Parse(cell);

        Assert.Equal((name, required), (parsed.Name, parsed.Required));
    }

    [Fact]
    public void The_same_header_word_twice_gives_location_then_type()
    {
        var columns = FieldColumns.Map(Table("|类型|名称|说明|类型|\n|---|---|---|---|\n|**Query**|**id**  <br>*必填*|编号|integer (int64)|\n"), Parameters)!;

        Assert.Equal((0, 1, 3, 2), (columns.In, columns.Name, columns.Type, columns.Description));
    }

    [Fact]
    public void A_flat_table_keeps_dotted_names_whole()
    {
        var table = Table("|Type|Name|Schema|\n|---|---|---|\n|**Query**|**page**  <br>*optional*|integer|\n|**Query**|**page.size**  <br>*optional*|integer|\n");
        var columns = FieldColumns.Map(table, Parameters)!;

        var flat = FieldTableReader.Read(table, columns, 0, new DiagnosticBag("x.md"), flat: true).Select(c => (c.Row.Name, c.Row.Depth, c.In)).ToList();
        var nested = FieldTableReader.Read(table, columns, 0, new DiagnosticBag("x.md")).Select(c => (c.Row.Name, c.Row.Depth)).ToList();

        Assert.Equal(new[] { ("page", 0, (string?)"query"), ("page.size", 0, "query") }, flat);
        Assert.Equal(new[] { ("page", 0), ("size", 1) }, nested);
    }

    [Theory]
    [InlineData("&emsp;&emsp;name", "name", 0, 2)]
    [InlineData("└─id", "id", 0, 4)]
    [InlineData("&nbsp;&nbsp;&nbsp;&nbsp;└─id", "id", 0, 8)]
    [InlineData("»» city", "city", 2, 1)]
    [InlineData("⇥userId", "userId", 1, 0)]
    [InlineData("<span style=\"color:red\">token</span>", "token", 0, 0)]
    [InlineData("*anonymous*", "*anonymous*", 0, 0)]
    [InlineData("x-request-id", "x-request-id", 0, 0)]
    public void Name_cells_give_markers_indentation_and_the_wire_name(string cell, string name, int markers, int indent)
    {
        var parsed = FieldName.Parse(cell);

        Assert.Equal((name, markers, indent), (parsed.Name, parsed.Markers, parsed.Indent));
    }

    [Theory]
    [InlineData("<b>id</b> of <i>user</i>", "id of user")]
    [InlineData("/users/<id>/posts", "/users/<id>/posts")]
    [InlineData("a < b and <br/>c", "a < b and c")]
    public void Only_html_tags_are_stripped_not_placeholders(string text, string expected) =>
        Assert.Equal(expected, FieldName.StripTags(text));

    [Fact]
    public void Indentation_nests_by_comparison_with_the_rows_above()
    {
        var table = Table("|参数名称|类型|\n|---|---|\n|data|object|\n|&emsp;&emsp;list|array|\n|&emsp;&emsp;&emsp;&emsp;id|int|\n|&emsp;&emsp;total|int|\n|code|int|\n");

        var rows = FieldTableReader.Read(table, FieldColumns.Map(table, ColumnVocabulary.Generic)!, 0, new DiagnosticBag("x.md")).ToList();

        Assert.Equal([("data", 0), ("list", 1), ("id", 2), ("total", 1), ("code", 0)], rows.Select(r => (r.Row.Name, r.Row.Depth)));
    }

    [Fact]
    public void Dotted_names_nest_only_under_the_row_they_name()
    {
        var table = Table("|name|type|\n|---|---|\n|data|object|\n|data.id|int|\n|user.name|string|\n");
        var rows = FieldTableReader.Read(table, FieldColumns.Map(table, ColumnVocabulary.Generic)!, 0, new DiagnosticBag("x.md")).ToList();

        Assert.Equal([("data", 0), ("id", 1), ("user.name", 0)], rows.Select(r => (r.Row.Name, r.Row.Depth)));
    }
}
