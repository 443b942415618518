using System.Reflection;
using System.Text.Json;
using SpecGen.Sdk.Eyun;
using SpecGen.Sdk.Juhebot;
using SpecGen.Sdk.Tests.Infrastructure;

namespace SpecGen.Sdk.Tests;

/// <summary>A success response the spec does not describe still reaches the caller, as raw JSON.</summary>
public sealed class UndocumentedBodyTests
{
    [Fact]
    public async Task An_undocumented_JSON_body_is_returned_as_a_JsonElement()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":0,"data":{"guid":"g-1"}}""");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        JsonElement? body = await new JuhebotClient(http).RestoreClientAsync(new RestoreClientModel { Guid = "g-1" });

        Assert.Equal("g-1", body!.Value.GetProperty("data").GetProperty("guid").GetString());
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("ok", "\"ok\"")]
    [InlineData("null", "null")]
    public async Task An_empty_body_is_null_and_a_text_body_a_JSON_string(string reply, string? expected)
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, reply, "text/plain");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        JsonElement? body = await new JuhebotClient(http).RestoreClientAsync(new RestoreClientModel());

        Assert.Equal(expected, body?.GetRawText());
    }

    [Fact]
    public async Task An_envelope_whose_data_is_undocumented_returns_the_data_as_a_JsonElement_after_the_code_check()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":"1000","msg":"ok","data":[{"labelId":7}]}""");
        using var http = new HttpClient();
        var client = new EyunClient(http, new EyunClientOptions { BaseAddress = server.BaseAddress, Authorization = "a" });

        JsonElement? data = await client.GetContactLabelListAsync(new GetContactLabelListRequest { WId = "w" });

        Assert.Equal(7, data!.Value[0].GetProperty("labelId").GetInt32());
    }

    [Theory]
    [InlineData(typeof(IJuhebotClient))]
    [InlineData(typeof(IEyunClient))]
    public void No_method_returns_nothing_when_the_spec_documents_no_body(Type client)
    {
        // Neither spec documents a 204, so every method returns something.
        MethodInfo[] nothing = client.GetMethods().Where(m => m.ReturnType == typeof(Task)).ToArray();

        Assert.Empty(nothing);
    }
}
