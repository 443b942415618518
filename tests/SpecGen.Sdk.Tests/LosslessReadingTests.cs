using System.Text.Json;
using SpecGen.Sdk.NapCat;
using SpecGen.Sdk.Tests.Infrastructure;

namespace SpecGen.Sdk.Tests;

/// <summary>Responses are read without losing data: unknown members and wrong-typed values are kept.</summary>
public sealed class LosslessReadingTests
{
    private static NapCatClient CreateClient(RecordingServer server, HttpClient http, Action<NapCatClientOptions>? configure = null)
    {
        var options = new NapCatClientOptions { BaseAddress = server.BaseAddress, BearerToken = "t" };
        configure?.Invoke(options);
        return new NapCatClient(http, options);
    }

    private static Task<ArkSharePeerResponseData?> Call(NapCatClient client)
        => client.ArkSharePeerAsync(new ArkSharePeerRequest { GroupId = 1L });

    [Fact]
    public async Task Unknown_members_are_kept_and_written_back()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"ok","retcode":0,"data":{"errCode":0,"errMsg":"","arkJson":"{}","newField":{"a":[1,2]},"flag":true},"message":"","wording":"","echo":null}""");
        using var http = new HttpClient();

        ArkSharePeerResponseData data = (await Call(CreateClient(server, http)))!;

        Assert.Equal("""{"a":[1,2]}""", data.AdditionalProperties!["newField"].GetRawText());
        Assert.True(data.AdditionalProperties["flag"].GetBoolean());
        string written = JsonSerializer.Serialize(data);
        Assert.Equal("""{"errCode":0,"errMsg":"","arkJson":"{}","newField":{"a":[1,2]},"flag":true}""", written);
        Assert.Null(data.UnreadValues);
    }

    [Fact]
    public async Task A_wrong_typed_value_is_kept_raw_and_reported()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"ok","retcode":0,"data":{"errCode":"not a number","errMsg":"","arkJson":"{}"},"message":"","wording":"","echo":null}""");
        using var http = new HttpClient();
        var problems = new List<JsonReadProblem>();

        ArkSharePeerResponseData data = (await Call(CreateClient(server, http, o => o.ReadProblem = problems.Add)))!;

        Assert.Null(data.ErrCode);
        Assert.Equal("not a number", data.UnreadValues!["errCode"].GetString());
        JsonReadProblem problem = Assert.Single(problems);
        Assert.Equal("errCode", problem.Member);
        Assert.Equal(nameof(ArkSharePeerResponseData), problem.Type);
        Assert.Equal("\"not a number\"", problem.RawJson);
        Assert.Equal("ArkSharePeer", problem.OperationId);
    }

    [Fact]
    public async Task Strict_reading_throws_on_a_wrong_typed_value()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"ok","retcode":0,"data":{"errCode":{"x":1},"errMsg":"","arkJson":"{}"},"message":"","wording":"","echo":null}""");
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<NapCatUnexpectedResponseException>(() => Call(CreateClient(server, http, o => o.StrictReading = true)));

        Assert.Contains("ArkSharePeerResponseData.errCode", error.Message, StringComparison.Ordinal);
        Assert.Equal("ArkSharePeer", error.OperationId);
    }

    [Fact]
    public void A_JSON_null_member_is_read_without_allocating()
    {
        // Most members of a Stripe object are null; each one once cost a string (its name) when it was checked.
        byte[] nulls = """{"errCode":null,"errMsg":null,"arkJson":null}"""u8.ToArray();
        byte[] empty = "{}"u8.ToArray();

        long withNulls = AllocatedPerRead(nulls);
        long withoutMembers = AllocatedPerRead(empty);

        Assert.Equal(withoutMembers, withNulls);
    }

    private static long AllocatedPerRead(byte[] json)
    {
        const int Reads = 200;
        for (int i = 0; i < Reads; i++)
        {
            Assert.Null(JsonSerializer.Deserialize<ArkSharePeerResponseData>(json)!.UnreadValues);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Reads; i++)
        {
            JsonSerializer.Deserialize<ArkSharePeerResponseData>(json);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Reads;
    }

    [Fact]
    public async Task A_JSON_null_is_not_a_read_problem()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"ok","retcode":0,"data":{"errCode":null,"errMsg":"","arkJson":"{}"},"message":"","wording":"","echo":null}""");
        using var http = new HttpClient();

        ArkSharePeerResponseData data = (await Call(CreateClient(server, http, o => o.StrictReading = true)))!;

        Assert.Null(data.ErrCode);
        Assert.Null(data.UnreadValues);
    }

    [Fact]
    public async Task A_list_item_of_the_wrong_type_is_left_out_kept_raw_and_reported()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"ok","retcode":0,"data":["pc",{"not":"a string"},"phone"],"message":"","wording":"","echo":null}""");
        using var http = new HttpClient();
        var problems = new List<JsonReadProblem>();
        NapCatClient client = CreateClient(server, http, o => o.ReadProblem = problems.Add);

        List<string>? clients = await client.GetOnlineClientsAsync();
        GetOnlineClientsResponse envelope = await client.GetOnlineClientsWithEnvelopeAsync();

        Assert.Equal(["pc", "phone"], clients);
        Assert.Equal(2, problems.Count); // one per call
        Assert.All(problems, problem => Assert.Equal("GetOnlineClientsResponse.data", problem.Type + "." + problem.Member));
        Assert.Equal("""["pc",{"not":"a string"},"phone"]""", envelope.UnreadValues!["data"].GetRawText());
        Assert.Equal(["pc", "phone"], envelope.Data);
    }
}
