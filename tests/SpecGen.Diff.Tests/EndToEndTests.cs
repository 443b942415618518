using SpecGen.Core;

namespace SpecGen.Diff.Tests;

/// <summary>
/// An older and the current version of a real vendor doc (WuKongChat, swagger-markdown dialect), converted by
/// SpecGen.Core and diffed. Fixtures/wukongchat-older.md is specs/wukongchat/source.md with these edits, as if
/// the vendor had made them between two releases:
/// DELETE /user/devices/{device_id} did not exist; GET /users/{uid} had the summary 获取用户信息;
/// GET /user/search's keyword was optional; UserLoginReq.username was required; UserResp had an avatar field;
/// MsgSyncResp.timestamp was a string; GET /user/chat/online needed no token.
/// </summary>
public class EndToEndTests
{
    private static string Convert(string path)
    {
        var result = SpecConverter.Convert(File.ReadAllText(path), Path.GetFileName(path));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Json;
    }

    private static DiffResult DiffVendorVersions() =>
        SpecComparer.Compare(
            SpecDocument.Parse(Convert(Path.Combine(AppContext.BaseDirectory, "Fixtures", "wukongchat-older.md")), "older"),
            SpecDocument.Parse(Convert(RepositoryPaths.Find(Path.Combine("specs", "wukongchat", "source.md"))), "current"));

    [Fact]
    public void Older_and_current_wukongchat_docs_differ_by_exactly_the_vendor_edits()
    {
        var result = DiffVendorVersions();

        Assert.Equal(
            [
                ("type-changed", "GET /conversations response 200 body [].last_message.timestamp"),
                ("type-changed", "POST /message/sync response 200 body [].timestamp"),
                ("security-added", "GET /user/chat/online security"),
                ("request-parameter-became-required", "GET /user/search query parameter keyword"),
                ("response-property-removed", "GET /user/search response 200 body .data.avatar"),
                ("endpoint-added", "DELETE /user/devices/{device_id}"),
                ("request-property-became-optional", "POST /user/login request body .username"),
                ("operation-summary-changed", "GET /users/{uid}"),
            ],
            Specs.Found(result));
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void The_current_doc_diffed_with_itself_has_no_changes()
    {
        var json = Convert(RepositoryPaths.Find(Path.Combine("specs", "wukongchat", "source.md")));
        var result = SpecComparer.Compare(SpecDocument.Parse(json, "a"), SpecDocument.Parse(json, "b"));
        Assert.Empty(result.Changes);
        Assert.Equal(SemVerBump.None, result.SuggestedBump);
    }

    [Fact]
    public void The_cli_runner_reports_the_vendor_edits_as_markdown_and_fails_on_them()
    {
        var directory = Directory.CreateTempSubdirectory("specgen-diff-e2e-").FullName;
        try
        {
            var older = Path.Combine(directory, "older.json");
            var current = Path.Combine(directory, "current.json");
            File.WriteAllText(older, Convert(Path.Combine(AppContext.BaseDirectory, "Fixtures", "wukongchat-older.md")));
            File.WriteAllText(current, Convert(RepositoryPaths.Find(Path.Combine("specs", "wukongchat", "source.md"))));
            var (stdout, stderr) = (new StringWriter(), new StringWriter());

            var code = DiffRunner.Run([older, current, "--format", "markdown", "--title", "specs/wukongchat/openapi.json"], stdout, stderr);

            Assert.Equal(1, code);
            Assert.Empty(stderr.ToString());
            var markdown = stdout.ToString();
            Assert.StartsWith("### API diff: specs/wukongchat/openapi.json\n\n❌ **Suggested version bump: major** — 5 breaking, 2 non-breaking, 1 documentation on the wire.\n", markdown, StringComparison.Ordinal);

            // The C# API of the generated SDK, grouped by member, with the spec element behind each.
            Assert.Contains("\nC\\# API: 4 breaking, 3 warnings, 2 non-breaking (callers' code no longer compiles); breaks at run time: 1 wire change(s) that leave the C\\# API as it was.\n", markdown, StringComparison.Ordinal);
            Assert.Contains("\n#### C# `MsgSyncResp.Timestamp` — `components.schemas.MsgSyncResp.timestamp`\n", markdown, StringComparison.Ordinal);
            Assert.Contains("| breaking | `csharp-member-type-changed` |  | the type of property Timestamp changed from string? to long? | string? | long? |", markdown, StringComparison.Ordinal);
            Assert.Contains("\n#### C# `I悟空聊天IMAPIClient.SearchUserAsync` — `GET /user/search`\n", markdown, StringComparison.Ordinal);
            Assert.Contains("| breaking | `csharp-parameter-became-required` | 1 `keyword` | parameter 1 'keyword' became required | optional | required |", markdown, StringComparison.Ordinal);
            Assert.Contains("| breaking | `csharp-member-removed` |  | property Avatar was removed | string? Avatar |  |", markdown, StringComparison.Ordinal);
            // Username stopped being required: the request model's C# `required` member is gone, a relief for callers.
            Assert.Contains("| non-breaking | `csharp-property-no-longer-required` |  | property Username is no longer required | required | optional |", markdown, StringComparison.Ordinal);
            Assert.Contains("\n#### Breaks at run time (the C# API is unchanged by these)\n\n- `security-added` `GET /user/chat/online security`\n", markdown, StringComparison.Ordinal);
            Assert.Matches(@"\n#### `POST /user/login` — doc line \d+( → \d+)?\n", markdown);
            Assert.Contains("| non-breaking | `request-property-became-optional` | `request body .username` | request property '.username' became optional | required | optional |", markdown, StringComparison.Ordinal);
            Assert.Matches(@"\n#### `GET /users/\{uid\}` — doc line \d+( → \d+)?\n", markdown);
            Assert.Contains("| documentation | `operation-summary-changed` | `(itself)` | summary changed | 获取用户信息 | 获取指定uid的用户信息 |", markdown, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
