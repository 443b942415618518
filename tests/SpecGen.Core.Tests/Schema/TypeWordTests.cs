using SpecGen.Core.Schema;

namespace SpecGen.Core.Tests.Schema;

/// <summary>Type words of hand-written and Java-generated docs: Chinese words, generic containers, class names.</summary>
public class TypeWordTests
{
    [Theory]
    [InlineData("字符串", "string", null)]
    [InlineData("整数", "integer", null)]
    [InlineData("长整型", "integer", "int64")]
    [InlineData("数字", "number", null)]
    [InlineData("布尔", "boolean", null)]
    [InlineData("对象", "object", null)]
    [InlineData("文件", "string", "binary")]
    [InlineData("日期时间", "string", "date-time")]
    public void Words_name_scalar_types(string text, string type, string? format)
    {
        var parsed = Assert.IsType<ScalarType>(TypeParser.Parse(text));

        Assert.Equal((type, format), (parsed.Type, parsed.Format));
    }

    [Theory]
    [InlineData("List<String>", "string")]
    [InlineData("Array<Integer>", "integer")]
    [InlineData("数组", null)]
    [InlineData("string []", "string")]
    public void Containers_are_arrays(string text, string? item)
    {
        var parsed = Assert.IsType<ArrayType>(TypeParser.Parse(text));

        Assert.Equal(item, (parsed.Items as ScalarType)?.Type);
    }

    [Fact]
    public void A_java_map_is_a_map_of_its_value_type()
    {
        var parsed = Assert.IsType<MapType>(TypeParser.Parse("Map<String, List<Long>>"));

        Assert.Equal("int64", Assert.IsType<ScalarType>(Assert.IsType<ArrayType>(parsed.Values).Items).Format);
    }

    [Theory]
    [InlineData("UserDTO")]
    [InlineData("Result«List«User»»")]
    public void Class_names_are_unknown_types_marked_as_class_names(string text) =>
        Assert.True(Assert.IsType<UnknownType>(TypeParser.Parse(text)).IsClassName);

    [Theory]
    [InlineData("小程序标题")]
    [InlineData("varchar")]
    public void Other_words_stay_unknown(string text) => Assert.IsType<UnknownType>(TypeParser.Parse(text));
}
