using System.Text.Json.Nodes;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Tests.Conversion;

/// <summary>Issue 9: <c>retrySafe</c> in the settings marks POSTs that only read, for the SDK's resilience setup.</summary>
public sealed class RetrySafeTests
{
    private const string Doc = """
        # Bot API

        ## Get the friend list

        `POST /get_friend_list`

        ## Send a message

        `POST /send_msg`

        | 参数 | 类型 | 说明 |
        |---|---|---|
        | text | string | 内容 |
        """;

    [Fact]
    public void Named_and_prefixed_operations_are_marked_and_the_others_are_not()
    {
        var settings = ApiSettings.Parse("""{ "retrySafe": ["get_*", "no_such_op"] }""", "specgen.json");

        var result = SpecConverter.Convert(Doc, "doc.md", settings);

        var paths = JsonNode.Parse(result.Json)!["paths"]!;
        Assert.True(paths["/get_friend_list"]!["post"]!["x-specgen-retry-safe"]!.GetValue<bool>());
        Assert.Null(paths["/send_msg"]!["post"]!["x-specgen-retry-safe"]);
        var unmatched = Assert.Single(result.Diagnostics, d => d.Code == "SG3009");
        Assert.Contains("'no_such_op'", unmatched.Message);
    }

    [Theory]
    [InlineData("{\n  \"retrySafe\": null\n}", 2)]
    [InlineData("{\n  \"title\": \"x\",\n  \"retrySafe\": [\"*\"]\n}", 3)]
    [InlineData("{\n  \"retrySafe\": [null]\n}", 2)]
    public void A_null_or_bare_star_entry_is_a_settings_error(string json, int line)
    {
        var error = Assert.Throws<SettingsException>(() => ApiSettings.Parse(json, "specgen.json"));

        Assert.StartsWith($"specgen.json:{line}: error SG3006: invalid settings: \"retrySafe\"", error.Message);
    }
}
