using System.Text.Json;
using SpecGen.Sdk.NapCat;
using SpecGen.Sdk.Tests.Infrastructure;

namespace SpecGen.Sdk.Tests;

/// <summary>
/// Issue 9: NapCat messages are typed segments. A message is built from <c>Of</c> factories and sent as OneBot
/// JSON; a history is read back segment by segment, an unlisted kind kept as JSON; the id one call returns is
/// what the next call takes.
/// </summary>
public sealed class NapCatMessageTests
{
    [Fact]
    public async Task A_text_at_image_message_is_sent_as_onebot_segments_and_recalled_by_the_id_it_got()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"ok","retcode":0,"data":{"message_id":"9001"},"message":"","wording":"","echo":null}""");
        using var http = new HttpClient();
        var client = new NapCatClient(http, new NapCatClientOptions { BaseAddress = server.BaseAddress });

        SendGroupMsgResponseData? sent = await client.SendGroupMsgAsync(new SendGroupMsgRequest
        {
            GroupId = 123456789,
            Message = [TextSegment.Of("Hello "), AtSegment.Of(10001), ImageSegment.Of("https://example.com/cat.png")],
        });
        await client.DeleteMsgAsync(new DeleteMsgRequest { MessageId = sent?.MessageId });

        RecordedRequest[] requests = server.Requests.ToArray();
        Assert.Equal(
            """{"group_id":123456789,"message":[{"type":"text","data":{"text":"Hello "}},{"type":"at","data":{"qq":10001}},{"type":"image","data":{"file":"https://example.com/cat.png"}}]}""",
            System.Text.Encoding.UTF8.GetString(requests[0].Body));
        Assert.Equal("""{"message_id":"9001"}""", System.Text.Encoding.UTF8.GetString(requests[1].Body));
    }

    [Fact]
    public async Task A_history_reads_each_segment_as_its_class_and_keeps_an_unknown_kind()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """
            {"status":"ok","retcode":0,"message":"","wording":"","echo":null,"data":{"messages":[{"message_id":1,"message":[
              {"type":"text","data":{"text":"Hi"}},{"data":{"qq":"all"},"type":"at"},{"type":"reply","data":{"id":7}},{"type":"poke","data":{"id":1}}]}]}}
            """);
        using var http = new HttpClient();
        var client = new NapCatClient(http, new NapCatClientOptions { BaseAddress = server.BaseAddress });

        GetGroupMsgHistoryResponseData? history = await client.GetGroupMsgHistoryAsync(new GetGroupMsgHistoryRequest { GroupId = 1 });

        List<Segment> segments = Assert.Single(history!.Messages!).Message!;
        Assert.Equal("Hi", Assert.IsType<TextSegment>(segments[0]).Data!.Text);
        Assert.Equal("all", Assert.IsType<AtSegment>(segments[1]).Data!.Qq.ToString());
        Assert.Equal("7", Assert.IsType<ReplySegment>(segments[2]).Data!.Id.ToString());
        UnknownSegment poke = Assert.IsType<UnknownSegment>(segments[3]);
        Assert.Equal("""{"type":"poke","data":{"id":1}}""", poke.Json.GetRawText());

        // Written back through System.Text.Json: each kind as itself, the unknown one unchanged.
        Assert.Equal(
            """[{"type":"text","data":{"text":"Hi"}},{"type":"at","data":{"qq":"all"}},{"type":"reply","data":{"id":7}},{"type":"poke","data":{"id":1}}]""",
            JsonSerializer.Serialize(segments));
    }
}
