using SpecGen.SourceGenerator.Json;

namespace SpecGen.SourceGenerator.Tests;

public sealed class JsonParserTests
{
    [Fact]
    public void Parses_all_value_kinds_with_positions()
    {
        JsonNode root = JsonParser.Parse("\uFEFF{ \"a\": [1, -2.5e3, true, false, null, \"s\"], \"b\": {} }");

        Assert.Equal(JsonKind.Object, root.Kind);
        JsonNode array = root.Get("a")!;
        Assert.Equal(new[] { JsonKind.Number, JsonKind.Number, JsonKind.True, JsonKind.False, JsonKind.Null, JsonKind.String }, array.Items.Select(i => i.Kind));
        Assert.Equal("-2.5e3", array.Items[1].Text);
        Assert.Equal(8, array.Start);
        Assert.True(root.Get("b")!.IsObject);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Get_finds_the_last_occurrence_of_a_key_in_small_and_indexed_objects(int members)
    {
        // From 16 members Get uses an index (a components.schemas of thousands); both paths must agree.
        string json = "{" + string.Join(",", Enumerable.Range(0, members).Select(i => $"\"k{i}\":{i}")) + ",\"k1\":\"last\"}";
        JsonNode root = JsonParser.Parse(json);

        Assert.Equal("last", root.Get("k1")!.Text);
        Assert.Equal((members - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), root.Get($"k{members - 1}")!.Text);
        Assert.Null(root.Get("absent"));
        Assert.Null(root.Get("k1")!.Get("k1"));
    }

    [Theory]
    [InlineData("\"\\u4e2d\\u6587\"", "中文")]
    [InlineData("\"\\ud83d\\ude00\"", "😀")]
    [InlineData("\"\\ud83d x\"", "\uFFFD x")]
    [InlineData("\"a\\\"b\\\\c\\/d\\n\\t\"", "a\"b\\c/d\n\t")]
    [InlineData("\"中文 raw\"", "中文 raw")]
    public void Unescapes_strings(string json, string expected)
    {
        Assert.Equal(expected, JsonParser.Parse(json).Text);
    }

    [Theory]
    [InlineData("{\"a\":1,}", 7)]
    [InlineData("{\"a\" 1}", 5)]
    [InlineData("[1 2]", 3)]
    [InlineData("\"abc", 0)]
    [InlineData("tru", 0)]
    [InlineData("1.", 2)]
    [InlineData("{} {}", 3)]
    [InlineData("\"a\nb\"", 2)]
    public void Reports_the_error_position(string json, int position)
    {
        JsonParseException e = Assert.Throws<JsonParseException>(() => JsonParser.Parse(json));
        Assert.Equal(position, e.Position);
    }

    [Fact]
    public void Duplicate_keys_resolve_to_the_last_value()
    {
        Assert.Equal("2", JsonParser.Parse("{\"a\": 1, \"a\": 2}").Get("a")!.Text);
    }
}
