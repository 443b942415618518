using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SpecGen.Sdk.NapCat;
using SpecGen.Sdk.Tests.Infrastructure;

namespace SpecGen.Sdk.Tests;

/// <summary>NapCat (OneBot 11): bearer token added by per-API settings, <c>{status, retcode, data, message}</c> envelope.</summary>
public sealed class NapCatEndToEndTests
{
    private const string Token = "napcat-secret-token-123";

    private static NapCatClient CreateClient(RecordingServer server, HttpClient http)
        => new(http, new NapCatClientOptions { BaseAddress = server.BaseAddress, BearerToken = Token });

    [Fact]
    public async Task Envelope_success_returns_data_and_the_request_matches_the_spec()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"ok","retcode":0,"data":{"result":0,"errMsg":"成功"},"message":"","wording":"","echo":null}""");
        using var http = new HttpClient();
        NapCatClient client = CreateClient(server, http);

        SetQqProfileResponseData? data = await client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "小明", Sex = SetQqProfileRequestSex.Value1 });

        Assert.NotNull(data);
        Assert.Equal(0, data.Result);
        Assert.Equal("成功", data.ErrMsg);
        RecordedRequest request = server.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/set_qq_profile", request.Path);
        Assert.Equal("Bearer " + Token, request.Header("Authorization"));
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        JsonElement json = request.Json;
        Assert.Equal("小明", json.GetProperty("nickname").GetString());
        Assert.Equal("1", json.GetProperty("sex").GetString());
        Assert.False(json.TryGetProperty("personal_note", out _), "unset optional properties are omitted");
    }

    [Fact]
    public async Task Business_failure_throws_a_typed_exception_and_keeps_the_envelope()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"failed","retcode":1400,"data":null,"message":"参数错误","wording":"请检查参数","echo":null}""");
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<NapCatBusinessException<SetQqProfileResponse>>(() => CreateClient(server, http).SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x" }));

        Assert.Equal("1400", error.BusinessCode);
        Assert.Equal("参数错误", error.BusinessMessage);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal("set_qq_profile", error.OperationId);
        Assert.Contains("\"retcode\":1400", error.RawBody, StringComparison.Ordinal);
        SetQqProfileResponse envelope = error.Envelope;
        Assert.Equal("failed", envelope.Status);
        Assert.Equal("请检查参数", envelope.Wording);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithEnvelope_returns_the_whole_envelope_without_checking_the_code()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"failed","retcode":"1400","data":{"result":7},"message":"m","wording":"w","echo":"e1"}""");
        using var http = new HttpClient();

        SetQqProfileResponse envelope = await CreateClient(server, http).SetQqProfileWithEnvelopeAsync(new SetQqProfileRequest { Nickname = "x" });

        Assert.Equal(1400d, envelope.Retcode);
        Assert.Equal(7, envelope.Data!.Result);
        Assert.Equal("e1", envelope.Echo);
    }

    [Fact]
    public async Task Number_or_string_ids_are_sent_as_given()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"ok","retcode":0,"data":{"errCode":0,"errMsg":"","arkJson":"{}"},"message":"","wording":"","echo":null}""");
        using var http = new HttpClient();

        ArkSharePeerResponseData? data = await CreateClient(server, http).ArkSharePeerAsync(new ArkSharePeerRequest { GroupId = 123456789012L, UserId = "u-42" });

        Assert.Equal("{}", data!.ArkJson);
        JsonElement json = server.Single().Json;
        Assert.Equal(JsonValueKind.Number, json.GetProperty("group_id").ValueKind);
        Assert.Equal(123456789012L, json.GetProperty("group_id").GetInt64());
        Assert.Equal("u-42", json.GetProperty("user_id").GetString());
    }

    [Fact]
    public async Task Http_error_status_throws_with_status_code_and_the_envelope_fields()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 500, """{"status":"failed","retcode":200,"message":"内部错误"}""");
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<NapCatHttpException>(() => CreateClient(server, http).SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x" }));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("200", error.BusinessCode);
        Assert.Equal("内部错误", error.BusinessMessage);
        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_4xx_with_a_plain_text_body_keeps_a_bounded_raw_body()
    {
        await using var server = await RecordingServer.StartAsync();
        string longBody = "not found " + new string('x', 10_000);
        server.Respond = context => RecordingServer.Reply(context, 404, longBody, "text/plain");
        using var http = new HttpClient();
        var options = new NapCatClientOptions { BaseAddress = server.BaseAddress, BearerToken = Token, MaxErrorBodyLength = 100 };

        var error = await Assert.ThrowsAsync<NapCatHttpException>(() => new NapCatClient(http, options).SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x" }));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(100, error.RawBody!.Length);
        Assert.StartsWith("not found", error.RawBody, StringComparison.Ordinal);
        Assert.Null(error.BusinessCode);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("""{"status":"ok","retcode":0,"data":{"result":""")]
    [InlineData("""{"status":"ok"} trailing""")]
    public async Task A_non_json_or_truncated_body_throws_an_api_exception(string body)
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, body);
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<NapCatUnexpectedResponseException>(() => CreateClient(server, http).SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x" }));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
        Assert.Equal(body, error.RawBody);
    }

    [Fact]
    public async Task Cancellation_stops_the_request()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { });
            await RecordingServer.Reply(context, 200, "{}");
        };
        using var http = new HttpClient();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateClient(server, http).SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x" }, cancellation.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Lenient_reading_accepts_numbers_as_strings_and_unknown_enum_values()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"ok","retcode":"0","data":{"result":"5","errMsg":12},"message":null,"wording":"","echo":null,"extra":{"ignored":[1,2]}}""");
        using var http = new HttpClient();

        SetQqProfileResponseData? data = await CreateClient(server, http).SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x", Sex = "9" });

        Assert.Equal(5, data!.Result);
        Assert.Equal("12", data.ErrMsg);
        Assert.Equal("9", server.Single().Json.GetProperty("sex").GetString());
        Assert.False(new SetQqProfileRequestSex("9").IsKnown);
        Assert.True(SetQqProfileRequestSex.Value2.IsKnown);
    }

    [Fact]
    public async Task A_response_shaped_like_the_docs_contradicting_example_is_still_read()
    {
        // specs/napcat/openapi.json keeps this example as x-specgen-example (SG2031): errCode is a number, the table says string.
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "specs", "napcat", "openapi.json")));
        JsonElement example = spec.RootElement.GetProperty("paths").GetProperty("/set_essence_msg").GetProperty("post")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("x-specgen-example");
        Assert.Equal(JsonValueKind.Number, example.GetProperty("data").GetProperty("errCode").ValueKind);
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, example.GetRawText());
        using var http = new HttpClient();

        SetEssenceMsgResponseData? data = await CreateClient(server, http).SetEssenceMsgAsync(new SetEssenceMsgRequest { MessageId = "1" });

        Assert.Equal("0", data!.ErrCode);
        Assert.Equal("success", data.ErrMsg);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpecGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SpecGen.sln not found above the test directory");
    }
}
