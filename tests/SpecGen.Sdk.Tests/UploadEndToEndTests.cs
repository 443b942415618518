using System.Net;
using SpecGen.Sdk.Tests.Infrastructure;
using SpecGen.Sdk.Tests.Upload;

namespace SpecGen.Sdk.Tests;

/// <summary>A client generated inside this test project: path parameters, multipart upload, a "1000" envelope.</summary>
public sealed class UploadEndToEndTests
{
    private static UploadTestClient Client(RecordingServer server, HttpClient http, string? token = "raw-token-1")
        => new(http, new UploadTestClientOptions { BaseAddress = new Uri(server.BaseAddress, "api/"), Authorization = token });

    [Fact]
    public async Task Path_query_and_header_parameters_are_escaped_and_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":1000,"msg":"ok","data":{"id":"abc","kind":"video","count":"3","ratio":0.5,"enabled":"true","big":18446744073709551615}}""");
        using var http = new HttpClient();

        Item? item = await Client(server, http).GetItemAsync("a/b c", 42, "req-1", tags: ["x", "y z"], page: 2);

        Assert.Equal("abc", item!.Id.ToString());
        Assert.True(item.Id!.Value.IsString);
        Assert.Equal("video", item.Kind!.Value.Value);
        Assert.False(item.Kind.Value.IsKnown);
        Assert.Equal(3, item.Count);
        Assert.Equal(0.5, item.Ratio);
        Assert.True(item.Enabled);
        Assert.Equal(ulong.MaxValue, item.Big);
        RecordedRequest request = server.Single();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/api/items/a%2Fb%20c/42?tags=x&tags=y%20z&page=2", request.RawTarget);
        Assert.Equal("req-1", request.Header("X-Request-Id"));
        Assert.Equal("raw-token-1", request.Header("Authorization"));
    }

    [Fact]
    public async Task Multipart_upload_sends_the_file_and_the_fields()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":"1000","msg":"ok","data":{"url":"http://cdn/x.png","size":4}}""");
        using var http = new HttpClient();
        byte[] bytes = [1, 2, 3, 4];

        UploadResponseData? data = await Client(server, http).UploadAsync(new UploadRequest
        {
            File = FileUpload.FromBytes(bytes, "图片.png", "image/png"),
            Folder = "头像",
            Overwrite = true,
        });

        Assert.Equal("http://cdn/x.png", data!.Url);
        RecordedRequest request = server.Single();
        Assert.StartsWith("multipart/form-data", request.ContentType, StringComparison.Ordinal);
        RecordedFile file = Assert.Single(request.Files);
        Assert.Equal("file", file.Name);
        Assert.Equal("图片.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(bytes, file.Content);
        Assert.Equal("头像", request.FormFields["folder"]);
        Assert.Equal("true", request.FormFields["overwrite"]);
    }

    [Fact]
    public async Task A_code_sent_as_string_or_number_is_compared_as_text()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":1001,"msg":"失败"}""");
        using var http = new HttpClient();

        var error = await Assert.ThrowsAnyAsync<UploadTestBusinessException>(() => Client(server, http).GetItemAsync("f", 1, "r"));

        Assert.Equal("1001", error.BusinessCode);
        Assert.Equal("失败", error.BusinessMessage);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
    }

    [Fact]
    public async Task An_operation_with_empty_security_sends_no_credential()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":"1000","msg":"","data":{"token":"t"}}""");
        using var http = new HttpClient();

        LoginResponseData? data = await Client(server, http).LoginAsync(new LoginRequest { Account = "a", Password = "p@ss" });

        Assert.Equal("t", data!.Token);
        Assert.Null(server.Single().Header("Authorization"));
        Assert.Equal("""{"account":"a","password":"p@ss"}""", Bodies.Utf8(server.Single().Body));
    }

    [Fact]
    public void Options_and_exceptions_never_print_secrets()
    {
        var options = new UploadTestClientOptions { Authorization = "top-secret", BaseAddress = new Uri("https://user:pw@example.com/api?key=k") };
        var error = new UploadTestApiException("op failed", "op", HttpStatusCode.BadRequest, "{}");

        string text = options.ToString() + error;

        Assert.DoesNotContain("top-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", text, StringComparison.Ordinal);
        Assert.DoesNotContain("key=k", text, StringComparison.Ordinal);
        Assert.Contains("https://example.com/api", text, StringComparison.Ordinal);
    }
}
