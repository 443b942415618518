using System.Net;
using SpecGen.Sdk.Juhebot;
using SpecGen.Sdk.Tests.Infrastructure;

namespace SpecGen.Sdk.Tests;

/// <summary>Juhebot: no envelope extension, models from components, 200 without a schema, 422 validation errors.</summary>
public sealed class JuhebotEndToEndTests
{
    [Fact]
    public async Task Component_model_body_uses_wire_names_and_an_empty_200_returns()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, "null");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = new JuhebotClient(http);

        await client.RestoreClientAsync(new RestoreClientModel { Guid = "g-1", IsLoginProxy = true, SyncHistoryMsg = false });

        RecordedRequest request = server.Single();
        Assert.Equal("/client/restore_client", request.Path);
        Assert.Equal("""{"guid":"g-1","is_login_proxy":true,"sync_history_msg":false}""", Bodies.Utf8(request.Body));
    }

    [Fact]
    public async Task Validation_error_422_throws_with_the_raw_body()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 422, """{"detail":[{"loc":["body","guid"],"msg":"field required","type":"value_error.missing"}]}""");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var error = await Assert.ThrowsAsync<JuhebotHttpException>(() => new JuhebotClient(http).RestoreClientAsync(new RestoreClientModel()));

        Assert.Equal((HttpStatusCode)422, error.StatusCode);
        Assert.Contains("field required", error.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unwrapped_response_model_is_returned_as_is()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"errcode":0,"errmsg":"ok","data":{"cdn_info":"c","username":"wxid_1","device_type":"ipad","client_version":"1661"}}""");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        GetCdnInfoResponse? response = await new JuhebotClient(http).GetCdnInfoAsync(new GetCdnInfoRequest { Guid = "g" });

        Assert.Equal("wxid_1", response!.Data!.Username);
        Assert.Equal(1661, response.Data.ClientVersion);
        Assert.Equal("""{"guid":"g"}""", Bodies.Utf8(server.Single().Body));
    }
}
