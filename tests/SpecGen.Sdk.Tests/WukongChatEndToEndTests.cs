using System.Net;
using SpecGen.Sdk.Tests.Infrastructure;
using SpecGen.Sdk.WukongChat;

namespace SpecGen.Sdk.Tests;

/// <summary>悟空聊天: <c>token</c> header, path and query parameters, bare models and arrays, 400 error model.</summary>
public sealed class WukongChatEndToEndTests
{
    private static WukongChatClient Client(RecordingServer server, HttpClient http)
        => new(http, new WukongChatClientOptions { BaseAddress = new Uri(server.BaseAddress, "v1/"), Token = "wk-token" });

    [Fact]
    public async Task Path_parameter_is_escaped_and_the_model_is_returned()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"uid":"u/1","name":"悟空","mute":1,"top":"0"}""");
        using var http = new HttpClient();

        UserDetailResp? user = await Client(server, http).GetUserAsync("u/1 ?");

        Assert.Equal("悟空", user!.Name);
        Assert.Equal(1, user.Mute);
        Assert.Equal(0, user.Top);
        RecordedRequest request = server.Single();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/users/u%2F1%20%3F", request.RawTarget);
        Assert.Equal("wk-token", request.Header("token"));
    }

    [Fact]
    public async Task Query_parameters_and_array_responses()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """[{"id":1,"to_uid":"a"},{"id":"2","to_uid":"b"},null]""");
        using var http = new HttpClient();

        var friends = await Client(server, http).SyncFriendAsync(syncKey: "1700000000@5", limit: 50);

        Assert.Equal(new long?[] { 1, 2 }, friends!.Select(f => f.Id));
        Assert.Equal("?sync_key=1700000000%405&limit=50", server.Single().QueryString);
        Assert.Equal("POST", server.Single().Method);
    }

    [Fact]
    public async Task A_400_error_throws_with_status_and_body()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 400, """{"status":400,"msg":"uid不能为空"}""");
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<WukongChatHttpException>(() => Client(server, http).CreateMessageSyncackAsync("9"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("uid不能为空", error.RawBody, StringComparison.Ordinal);
        Assert.Equal("/v1/message/syncack/9", server.Single().Path);
    }
}
