using SpecGen.SourceGenerator.Emitting;
using SpecGen.SourceGenerator.Parsing;

namespace SpecGen.SourceGenerator.Tests;

public sealed class NamingAndEscapingTests
{
    [Theory]
    [InlineData("user_id", "UserId")]
    [InlineData("userID", "UserID")]
    [InlineData("get-friend-list", "GetFriendList")]
    [InlineData("pychatmodels__client__NotifyUrlModel", "PychatmodelsClientNotifyUrlModel")]
    [InlineData("access-token", "AccessToken")]
    [InlineData("123abc", "_123abc")]
    [InlineData("文本消息", "文本消息")]
    [InlineData("a\u202Eb", "AB")]
    [InlineData("$%^", "Fallback")]
    public void PascalCase(string input, string expected)
    {
        Assert.Equal(expected, Identifiers.ToPascalCase(input, "Fallback"));
    }

    [Theory]
    [InlineData("UserId", "userId")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("class", "@class")]
    [InlineData("await", "@await")]
    [InlineData("ID", "id")]
    public void CamelCase(string input, string expected)
    {
        Assert.Equal(expected, Identifiers.ToCamelCase(input, "value"));
    }

    [Fact]
    public void Names_are_never_longer_than_the_compiler_limit()
    {
        Assert.Equal(Identifiers.MaxLength, Identifiers.ToPascalCase(new string('a', 5000), "X").Length);
    }

    [Fact]
    public void String_literals_escape_quotes_controls_and_bidi()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\u202E\\u0000中\"", Literals.String("a\"b\\c\n\u202E\0中"));
    }

    [Fact]
    public void Doc_lines_split_every_line_break_and_escape_xml()
    {
        string[] lines = Literals.DocLines("a</summary>\r\nb\u2028c\u0085d */ & \u202Ee");

        Assert.Equal(new[] { "a&lt;/summary&gt;", "b", "c", "d */ &amp; e" }, lines);
    }
}
