using SpecGen.Sdk.Tests.Payloads;
using File = SpecGen.Sdk.Tests.Payloads.File;
using SpecGen.Sdk.Tests.Infrastructure;

namespace SpecGen.Sdk.Tests;

/// <summary>
/// A client generated inside this test project: request media types with no model are still sent (XML and CSV as
/// text, protobuf as a stream), allOf-wrapped references are the referenced type, recursion through an array alias.
/// </summary>
public sealed class PayloadsEndToEndTests
{
    private static PayloadsTestClient Client(RecordingServer server, HttpClient http)
        => new(http, new PayloadsTestClientOptions { BaseAddress = new Uri(server.BaseAddress, "api/") });

    [Fact]
    public async Task An_xml_body_is_sent_with_its_content_type()
    {
        await using var server = await RecordingServer.StartAsync();
        using var http = new HttpClient();
        const string Xml = "<pet><name>Rex &amp; co</name></pet>";

        await Client(server, http).AddPetXmlAsync(Xml);

        RecordedRequest request = server.Single();
        Assert.Equal(("POST", "/api/pets"), (request.Method, request.Path));
        Assert.StartsWith("application/xml", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(Xml, Bodies.Utf8(request.Body));
    }

    [Fact]
    public async Task A_text_body_is_sent_and_an_optional_one_may_be_left_out()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 204, string.Empty);
        using var http = new HttpClient();

        await Client(server, http).PutReportAsync("q1", "a,b\n1,2\n");
        await Client(server, http).PutReportAsync("q2");

        RecordedRequest[] requests = server.Requests.ToArray();
        Assert.StartsWith("text/csv", requests[0].ContentType, StringComparison.Ordinal);
        Assert.Equal("a,b\n1,2\n", Bodies.Utf8(requests[0].Body));
        Assert.Null(requests[1].ContentType);
        Assert.Empty(requests[1].Body);
    }

    [Fact]
    public async Task A_binary_body_of_an_unmodelled_type_is_streamed_with_its_content_type()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 202, string.Empty);
        using var http = new HttpClient();
        byte[] bytes = [0x0a, 0x03, 0x61, 0x62, 0x63];

        await Client(server, http).CreateEventsAsync(new MemoryStream(bytes));

        RecordedRequest request = server.Single();
        Assert.Equal("application/x-protobuf", request.ContentType);
        Assert.Equal(bytes, request.Body);
    }

    [Fact]
    public async Task A_property_typed_by_an_allOf_wrapper_is_the_referenced_type()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"id":"f1","created_by":{"id":"u1","name":"Ann"},"modified_by":null}""");
        using var http = new HttpClient();

        File? file = await Client(server, http).GetFileAsync("f1");

        UserMini creator = file!.CreatedBy!;
        Assert.Equal(("u1", "Ann"), (creator.Id, creator.Name));
        Assert.Null(file.ModifiedBy);
        file.ModifiedBy = creator;
        Assert.Same(creator, file.ModifiedBy);
    }

    [Fact]
    public async Task A_recursive_schema_through_an_array_alias_reads_nested_children()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """[{"name":"root","children":[{"name":"leaf","children":[]}]}]""");
        using var http = new HttpClient();

        List<Node>? tree = await Client(server, http).GetTreeAsync();

        Node root = Assert.Single(tree!);
        Node leaf = Assert.Single(root.Children!);
        Assert.Equal(("root", "leaf"), (root.Name, leaf.Name));
        Assert.Empty(leaf.Children!);
    }
}
