using System.Net;
using System.Text.Json;
using SpecGen.Sdk.Maxim;
using SpecGen.Sdk.Tests.Infrastructure;

namespace SpecGen.Sdk.Tests;

/// <summary>Maxim: <c>access-token</c> scheme, <c>app_id</c>/<c>group_id</c>/<c>user_id</c> header parameters, query and body.</summary>
public sealed class MaximEndToEndTests
{
    private const string AccessToken = "maxim-access-token-xyz";

    [Fact]
    public async Task Header_query_and_body_parameters_reach_the_server_with_their_spec_names()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":200,"cursor":"next","data":{"list":[1]},"message":null,"total":5,"version":1}""");
        using var http = new HttpClient();
        var client = new MaximClient(http, new MaximClientOptions { BaseAddress = server.BaseAddress, AccessToken = AccessToken });

        JsonElement? data = await client.GetGroupApplicationListAsync(
            new GetGroupApplicationListRequest { GroupList = [11, 22] },
            appId: "app-1",
            groupId: "g-header",
            userId: "u-header",
            cursor: "c 1",
            limit: "10",
            version: "v");

        Assert.Equal(1, data!.Value.GetProperty("list")[0].GetInt32());
        RecordedRequest request = server.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/group/application_list", request.Path);
        Assert.Equal("?cursor=c%201&limit=10&version=v", request.QueryString);
        Assert.Equal(AccessToken, request.Header("access-token"));
        Assert.Equal("app-1", request.Header("app_id"));
        Assert.Equal("g-header", request.Header("group_id"));
        Assert.Equal("u-header", request.Header("user_id"));
        Assert.Equal("[11,22]", request.Json.GetProperty("group_list").GetRawText());
    }

    [Fact]
    public async Task The_full_envelope_keeps_paging_fields()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":200,"cursor":"next","data":{},"message":null,"total":5,"version":1}""");
        using var http = new HttpClient();
        var client = new MaximClient(http, new MaximClientOptions { BaseAddress = server.BaseAddress, AccessToken = AccessToken });

        GetGroupApplicationListResponse envelope = await client.GetGroupApplicationListWithEnvelopeAsync();

        Assert.Equal("next", envelope.Cursor);
        Assert.Equal(5, envelope.Total);
        Assert.Equal(200, envelope.Code);
    }

    [Fact]
    public async Task Business_code_other_than_200_throws_without_leaking_the_token()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":401,"data":null,"message":"token 无效"}""");
        using var http = new HttpClient();
        var options = new MaximClientOptions { BaseAddress = server.BaseAddress, AccessToken = AccessToken };
        var client = new MaximClient(http, options);

        var error = await Assert.ThrowsAnyAsync<MaximBusinessException>(() => client.SetUserAuthmodeAsync(appId: "a", value: "1"));

        Assert.Equal("401", error.BusinessCode);
        Assert.Equal("token 无效", error.BusinessMessage);
        Assert.DoesNotContain(AccessToken, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessToken, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AccessToken, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("AccessToken = ***", options.ToString(), StringComparison.Ordinal);
        Assert.Equal("?value=1", server.Single().QueryString);
    }

    [Fact]
    public async Task Boolean_data_is_unwrapped()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":200,"data":true,"message":null}""");
        using var http = new HttpClient();
        var client = new MaximClient(http, new MaximClientOptions { BaseAddress = server.BaseAddress, AccessToken = AccessToken });

        bool? result = await client.UpdateUserAuthmodeAsync(value: "2");

        Assert.True(result);
        Assert.Equal("PUT", server.Single().Method);
    }

    [Fact]
    public async Task Header_group_id_and_body_group_id_stay_distinct()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":200,"data":[{"reason":"","result":"ok","user_id":7}],"message":null}""");
        using var http = new HttpClient();
        var client = new MaximClient(http, new MaximClientOptions { BaseAddress = server.BaseAddress, AccessToken = AccessToken });

        var results = await client.AddGroupAdminAsync(new AddGroupAdminRequest { GroupId = 1001, UserList = [7, 8] }, appId: "app", groupId: "2002");

        Assert.Equal(7, Assert.Single(results!).UserId);
        RecordedRequest request = server.Single();
        Assert.Equal("2002", request.Header("group_id"));
        Assert.Null(request.Header("user_id"));
        Assert.Equal("""{"group_id":1001,"user_list":[7,8]}""", Bodies.Utf8(request.Body));
    }

    [Fact]
    public async Task Common_headers_default_from_the_options_and_an_argument_wins()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":200,"data":true,"message":null}""");
        using var http = new HttpClient();
        var options = new MaximClientOptions { BaseAddress = server.BaseAddress, AccessToken = AccessToken, AppId = "default-app", UserId = "default-user" };
        var client = new MaximClient(http, options);

        await client.UpdateUserAuthmodeAsync(value: "1");
        await client.UpdateUserAuthmodeAsync(appId: "explicit-app", value: "2");

        RecordedRequest[] requests = server.Requests.ToArray();
        Assert.Equal("default-app", requests[0].Header("app_id"));
        Assert.Equal("default-user", requests[0].Header("user_id"));
        Assert.Null(requests[0].Header("group_id"));
        Assert.Equal("explicit-app", requests[1].Header("app_id"));
        Assert.DoesNotContain("default-app", options.ToString(), StringComparison.Ordinal);
    }
}
