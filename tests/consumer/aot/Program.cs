using System.Net;
using System.Text;
using SpecGen.Sdk.NapCat;

// The NapCat README's message example, compiled to native code: a text + @ + image message is sent, the id it gets
// back recalls it, and a history with a segment kind the spec does not list is read. A handler stands in for NapCat.
var napcat = new FakeNapCat();
using var http = new HttpClient(napcat);
INapCatClient client = new NapCatClient(http, new NapCatClientOptions { BaseAddress = new Uri("http://napcat.test/") });

SendGroupMsgResponseData? sent = await client.SendGroupMsgAsync(new SendGroupMsgRequest
{
    GroupId = 123456789,
    Message = [TextSegment.Of("Hello "), AtSegment.Of(10001), ImageSegment.Of("https://example.com/cat.png")],
});
await client.DeleteMsgAsync(new DeleteMsgRequest { MessageId = sent?.MessageId });

GetGroupMsgHistoryResponseData? history = await client.GetGroupMsgHistoryAsync(new GetGroupMsgHistoryRequest { GroupId = 123456789 });
var read = new StringBuilder();
foreach (MessageDetail message in history?.Messages ?? [])
{
    foreach (Segment segment in message.Message ?? [])
    {
        read.Append(segment switch
        {
            TextSegment t => t.Data?.Text ?? "",
            AtSegment at => $"@{at.Data?.Qq}",
            ImageSegment image => $"[image {image.Data?.File}]",
            UnknownSegment other => other.Json.GetRawText(),
            _ => $"[{segment.GetType().Name}]",
        });
    }
}

var failures = new List<string>();
Expect("send_group_msg body", """{"group_id":123456789,"message":[{"type":"text","data":{"text":"Hello "}},{"type":"at","data":{"qq":10001}},{"type":"image","data":{"file":"https://example.com/cat.png"}}]}""", napcat.Bodies[0]);
Expect("delete_msg body", """{"message_id":42}""", napcat.Bodies[1]);
Expect("history read back", """Hi @10001[image a.png]{"type":"poke","data":{"id":1}}""", read.ToString());
foreach (string failure in failures)
{
    Console.Error.WriteLine("aot: FAIL " + failure);
}

Console.WriteLine(failures.Count == 0 ? "  ok   NapCat text + @ + image message sent, recalled and read back under Native AOT" : "aot: failed");
return failures.Count == 0 ? 0 : 1;

void Expect(string what, string expected, string actual)
{
    if (expected != actual)
    {
        failures.Add($"{what}: expected {expected}, got {actual}");
    }
}

internal sealed class FakeNapCat : HttpMessageHandler
{
    public List<string> Bodies { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
        string data = request.RequestUri!.AbsolutePath switch
        {
            "/send_group_msg" => """{"message_id":42}""",
            "/get_group_msg_history" => """{"messages":[{"message_id":42,"message":[{"type":"text","data":{"text":"Hi "}},{"type":"at","data":{"qq":"10001"}},{"type":"image","data":{"file":"a.png"}},{"type":"poke","data":{"id":1}}]}]}""",
            _ => "null",
        };
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"status":"ok","retcode":0,"data":""" + data + ""","message":"","wording":""}""", Encoding.UTF8, "application/json"),
        };
    }
}
