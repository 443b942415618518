using System.Text.Json.Nodes;

namespace SpecGen.Diff.Tests;

/// <summary>
/// Targeted edits of a committed spec (specs/wukongchat/openapi.json), the kind the issue found misjudged:
/// a model renamed, a path parameter renamed, request limits added, a response string become an enum, integer
/// formats changed. Each must come out with its rule, class and the bump.
/// </summary>
public class SpecEditTests
{
    private static readonly Lazy<string> Current = new(() => File.ReadAllText(RepositoryPaths.Find(Path.Combine("specs", "wukongchat", "openapi.json"))));

    private static JsonObject Schema(JsonNode document, string name) => document["components"]!["schemas"]![name]!.AsObject();

    private static string Edited()
    {
        var document = JsonNode.Parse(Current.Value.Replace("#/components/schemas/UserDetailResp\"", "#/components/schemas/UserDetailResponse\"", StringComparison.Ordinal))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var detail = schemas["UserDetailResp"]!;
        schemas.Remove("UserDetailResp");
        schemas["UserDetailResponse"] = detail;

        var paths = document["paths"]!.AsObject();
        var user = paths["/users/{uid}"]!;
        paths.Remove("/users/{uid}");
        user["get"]!["parameters"]![0]!["name"] = "userId";
        paths["/users/{userId}"] = user;

        var token = Schema(document, "UserDeviceReq")["properties"]!["device_token"]!.AsObject();
        token["maxLength"] = 64;
        token["pattern"] = "^[0-9a-f]+$";

        var conversation = Schema(document, "ConversationResp")["properties"]!;
        conversation["channel_id"]!["enum"] = new JsonArray("person", "group");
        conversation["channel_type"]!["format"] = "int32";
        conversation["unread"]!["format"] = "int32";
        return document.ToJsonString();
    }

    [Fact]
    public void Each_edit_is_found_with_its_rule_and_class()
    {
        var result = SpecComparer.Compare(SpecDocument.Parse(Current.Value, "current"), SpecDocument.Parse(Edited(), "edited"));
        Assert.Equal(
            [
                ("breaking", "component-schema-renamed", "components.schemas.UserDetailResponse"),
                ("breaking", "type-changed", "GET /conversations response 200 body [].channel_id"),
                ("breaking", "request-property-max-length-set", "POST /user/device_token request body .device_token"),
                ("breaking", "request-property-pattern-added", "POST /user/device_token request body .device_token"),
                ("breaking", "request-path-parameter-renamed", "GET /users/{userId} path parameter userId"),
                ("non-breaking", "response-enum-added", "GET /conversations response 200 body [].channel_id"),
                ("non-breaking", "format-changed", "GET /conversations response 200 body [].channel_type"),
                ("non-breaking", "response-type-specialized", "GET /conversations response 200 body [].unread"),
            ],
            result.Changes.Select(c => (ReportText.Id(c.Class), c.RuleId, c.Location)).ToArray());
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }
}
