using SpecGen.Core.Settings;

namespace SpecGen.Core.Tests.Hostile;

/// <summary>Issue 10: <c>null</c> where settings need a value, and unknown security types, are errors with the settings file's line.</summary>
public sealed class SettingsValidationTests
{
    private static string Error(string json) => Assert.Throws<SettingsException>(() => ApiSettings.Parse(json, "specgen.json")).Message;

    [Theory]
    [InlineData("{\n  \"title\": \"x\",\n  \"credentialHeaders\": null\n}", 3, "credentialHeaders")]
    [InlineData("{\n  \"credentialHeaders\": [null]\n}", 2, "credentialHeaders")]
    [InlineData("{\n\n  \"addSecurity\": null\n}", 3, "addSecurity")]
    [InlineData("{\n  \"addSecurity\": {\n    \"bearer\": null\n  }\n}", 3, "bearer")]
    [InlineData("{\n  \"addSecurity\": {\n    \"bearer\": {\n      \"type\": null\n    }\n  }\n}", 4, "no \"type\"")]
    [InlineData("{\n  \"addSecurity\": {\n    \"k\": {\n      \"type\": \"oauth3\",\n      \"name\": \"x\"\n    }\n  }\n}", 4, "unknown type 'oauth3'")]
    [InlineData("{\n  \"addSecurity\": {\n    \"k\": { \"type\": \"apiKey\" }\n  }\n}", 3, "without \"name\"")]
    [InlineData("{\n  \"addSecurity\": {\n    \"k\": { \"type\": \"apiKey\", \"name\": \"X-Key\",\n      \"in\": \"body\" }\n  }\n}", 4, "unknown \"in\"")]
    [InlineData("{\n  \"operationIds\": null\n}", 2, "operationIds")]
    [InlineData("{\n  \"operationIds\": {\n    \"POST /a\": null\n  }\n}", 3, "POST /a")]
    [InlineData("{\n  \"schemaNames\": null\n}", 2, "schemaNames")]
    [InlineData("{\n  \"envelope\": {\n    \"code\": \"code\",\n    \"success\": null\n  }\n}", 4, "envelope.success")]
    [InlineData("{\n  \"envelope\": {\n    \"code\": \"code\",\n    \"success\": [\"0\", null]\n  }\n}", 4, "envelope.success")]
    [InlineData("{\n  \"envelope\": {\n    \"code\": null\n  }\n}", 3, "envelope.code")]
    [InlineData("{\n  \"title\": \"x\",\n  \"source\": null\n}", 3, "\"source\" is null")]
    [InlineData("{\n  \"source\": {\n    \"url\": \"https://example.com/a.md\"\n  }\n}", 2, "no \"kind\"")]
    [InlineData("{\n  \"source\": {\n    \"url\": \"https://example.com/a.md\",\n    \"kind\": \"pdf\"\n  }\n}", 4, "'pdf' is unknown")]
    [InlineData("{\n  \"source\": {\n    \"kind\": \"markdown\",\n    \"url\": null\n  }\n}", 4, "no \"url\"")]
    [InlineData("{\n  \"source\": {\n    \"kind\": \"apifox\",\n    \"url\": \"ftp://example.com/\"\n  }\n}", 4, "not an absolute http or https URL")]
    [InlineData("{\n  \"source\": {\n    \"kind\": \"markdown\",\n    \"url\": \"docs/a.md\"\n  }\n}", 4, "not an absolute http or https URL")]
    [InlineData("{\n  \"source\": {\n    \"kind\": \"path\",\n    \"url\": \" \"\n  }\n}", 4, "no \"url\"")]
    [InlineData("{\n  \"title\": \"x\",\n  \"source\": \"https://example.com/a.md\"\n}", 3, "invalid settings")]
    [InlineData("{\n  \"source\": {\n    \"kind\": 3,\n    \"url\": \"https://example.com/a.md\"\n  }\n}", 3, "invalid settings")]
    [InlineData("{\n  \"source\": {\n    \"kind\": \"markdown\",\n    \"url\": \"https://example.com/a.md\",\n    \"etag\": \"x\"\n  }\n}", 5, "invalid settings")]
    public void A_null_or_unknown_value_is_an_error_at_its_line(string json, int line, string mentions)
    {
        var message = Error(json);

        Assert.StartsWith($"specgen.json:{line}: error SG3006: ", message);
        Assert.Contains(mentions, message);
    }

    [Fact]
    public void Valid_settings_still_load()
    {
        var settings = ApiSettings.Parse("""
            {
              // comments and trailing commas stay allowed
              "credentialHeaders": ["X-Token"],
              "addSecurity": { "bearer": { "type": "http", "scheme": "bearer" }, "key": { "name": "X-Key", "in": "query" } },
              "envelope": { "code": "code", "success": [] },
              "operationIds": { "POST /a": "a" },
              "source": { "url": "https://example.apifox.cn/", "kind": "Apifox" },
            }
            """, "specgen.json");

        Assert.Equal(SourceKind.Apifox, settings.Source!.ParsedKind);

        Assert.Equal(2, settings.AddSecurity.Count);
        Assert.Empty(settings.Envelope!.Success);
    }

    [Fact]
    public void The_committed_settings_files_are_all_valid()
    {
        foreach (var file in Directory.GetFiles(Support.Repository.Specs, "specgen.json", SearchOption.AllDirectories))
        {
            ApiSettings.Load(file);
        }
    }
}
