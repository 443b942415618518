using SpecGen.Core.Naming;

namespace SpecGen.Core.Tests.Naming;

public class PinyinTests
{
    [Theory]
    [InlineData('消', "xiao")]
    [InlineData('一', "yi")]
    [InlineData('发', "fa")]
    [InlineData('群', "qun")]
    [InlineData('绿', "lv")] // ü is written v
    [InlineData('女', "nv")]
    [InlineData('长', "zhang")] // first kMandarin reading, not chang
    [InlineData('嗯', "n")]
    [InlineData('資', "zi")] // traditional characters are covered too
    [InlineData('龥', "yu")] // last assigned code points of the URO block
    public void TryGet_returns_the_toneless_first_reading(char c, string expected)
    {
        Assert.True(Pinyin.TryGet(c, out var syllable));
        Assert.Equal(expected, syllable);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('1')]
    [InlineData('，')]
    [InlineData('。')]
    [InlineData('ぁ')]
    [InlineData('\u3400')] // CJK extension A is not in the table
    [InlineData('\uD840')] // a lone surrogate (first half of an extension B character)
    public void TryGet_is_false_for_characters_without_a_reading(char c)
    {
        Assert.False(Pinyin.TryGet(c, out var syllable));
        Assert.Equal(string.Empty, syllable);
    }

    [Theory]
    [InlineData("一级合并转发消息", "yi ji he bing zhuan fa xiao xi")]
    [InlineData("发送文本消息", "fa song wen ben xiao xi")]
    [InlineData("发送forward", "fa song forward")]
    [InlineData("JSON消息", "JSON xiao xi")]
    [InlineData("markdown消息2", "markdown xiao xi 2")]
    [InlineData("number | string", "number string")]
    [InlineData("获取群成员信息（v2）", "huo qu qun cheng yuan xin xi v2")]
    [InlineData("  用户_ID：12  ", "yong hu ID 12")]
    [InlineData("ＡＰＩ接口", "API jie kou")] // full-width letters count as ASCII
    [InlineData("été群", "t qun")] // other scripts only separate words
    [InlineData("，。！", "")]
    [InlineData("", "")]
    public void Romanize_separates_syllables_and_ascii_words_by_single_spaces(string text, string expected)
    {
        Assert.Equal(expected, Pinyin.Romanize(text));
    }

    [Fact]
    public void Table_covers_every_character_of_the_common_range_it_lists()
    {
        // The embedded table must be there and substantial: thousands of characters, ~400 syllables.
        var covered = 0;
        for (var c = '\u4E00'; c <= '\u9FA5'; c++)
        {
            if (Pinyin.TryGet(c, out var syllable))
            {
                Assert.Matches("^[a-z]+$", syllable);
                covered++;
            }
        }

        Assert.InRange(covered, 20000, 20902);
    }

    [Fact]
    public void Parse_reads_the_table_format_and_rejects_malformed_lines()
    {
        var table = Pinyin.Parse(new StringReader("# comment\n\nxiao 消小\nxi 息\n"));
        Assert.Equal("xiao", table.Syllables[table.Ids['小' - '\u4E00']]);
        Assert.Equal("xi", table.Syllables[table.Ids['息' - '\u4E00']]);
        Assert.Equal(0, table.Ids['一' - '\u4E00']);

        Assert.Throws<FormatException>(() => Pinyin.Parse(new StringReader("xiao\n")));
    }
}
