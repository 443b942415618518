using System.Net;
using System.Text.Json;
using SpecGen.Sdk.NapCat;
using SpecGen.Sdk.Tests.Infrastructure;

namespace SpecGen.Sdk.Tests;

/// <summary>Any method's raw response (status, headers, body) is reachable through a capture scope.</summary>
public sealed class RawResponseTests
{
    private const string Reply = """{"status":"ok","retcode":0,"data":{"result":0,"errMsg":"成功"},"message":"","wording":"","echo":null}""";

    [Fact]
    public async Task A_capture_holds_status_headers_and_body_next_to_the_parsed_value()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context =>
        {
            context.Response.Headers["X-Request-Id"] = "r-7";
            return RecordingServer.Reply(context, 200, Reply);
        };
        using var http = new HttpClient();
        var client = new NapCatClient(http, new NapCatClientOptions { BaseAddress = server.BaseAddress });

        using var capture = NapCatResponseCapture.Start();
        SetQqProfileResponseData? data = await client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x" });

        NapCatResponse raw = capture.Last!;
        Assert.Equal("成功", data!.ErrMsg);
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal("set_qq_profile", raw.OperationId);
        Assert.Equal(["r-7"], raw.Headers["x-request-id"]);
        Assert.StartsWith("application/json", raw.Headers["Content-Type"][0], StringComparison.Ordinal);
        Assert.Equal(Reply, raw.BodyText());
        Assert.Equal(0, JsonDocument.Parse(raw.Body).RootElement.GetProperty("retcode").GetInt32());
    }

    [Fact]
    public async Task A_capture_sees_only_its_own_flow_and_stops_when_disposed()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, Reply);
        using var http = new HttpClient();
        var client = new NapCatClient(http, new NapCatClientOptions { BaseAddress = server.BaseAddress });

        Task elsewhere = Task.Run(async () => await client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "other" }));
        NapCatResponseCapture capture;
        using (capture = NapCatResponseCapture.Start())
        {
            await client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "a" });
            await client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "b" });
            await elsewhere;
        }

        await client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "after" });

        Assert.Equal(2, capture.Responses.Count);
        Assert.Equal(4, server.Requests.Count);
    }
}
