using System.Net;
using SpecGen.Sdk.Eyun;
using SpecGen.Sdk.Tests.Infrastructure;

namespace SpecGen.Sdk.Tests;

/// <summary>E云: raw <c>Authorization</c> header, <c>{code, msg, data}</c> envelope whose code "1000" may be a string or a number.</summary>
public sealed class EyunEndToEndTests
{
    private const string Authorization = "eyun-auth-key-777";

    private static EyunClient Client(RecordingServer server, HttpClient http)
        => new(http, new EyunClientOptions { BaseAddress = server.BaseAddress, Authorization = Authorization });

    [Fact]
    public void The_doc_placeholder_server_is_never_a_default_base_address()
    {
        using var http = new HttpClient();

        var error = Assert.Throws<InvalidOperationException>(() => new EyunClient(http, new EyunClientOptions()));

        Assert.Equal("http://域名地址", EyunClient.DocumentedServer);
        Assert.Contains("EyunClientOptions.BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://域名地址, which is not used as a default", error.Message, StringComparison.Ordinal);
        http.BaseAddress = new Uri("http://eyun.local/api");
        Assert.NotNull(new EyunClient(http, new EyunClientOptions()));
    }

    [Theory]
    [InlineData("\"1000\"")]
    [InlineData("1000")]
    public async Task Success_code_as_string_or_number_returns_data(string code)
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, "{\"code\":" + code + ",\"msg\":\"成功\",\"data\":{\"count\":3}}");
        using var http = new HttpClient();

        var data = await Client(server, http).InitAddressListAsync(new InitAddressListRequest { WId = "w-1" });

        Assert.Equal(3, data!.Value.GetProperty("count").GetInt32());
        RecordedRequest request = server.Single();
        Assert.Equal("/initAddressList", request.Path);
        Assert.Equal(Authorization, request.Header("Authorization"));
        Assert.Equal("""{"wId":"w-1"}""", Bodies.Utf8(request.Body));
    }

    [Fact]
    public async Task Code_1001_is_a_business_failure()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":"1001","msg":"实例不存在","data":null}""");
        using var http = new HttpClient();

        var error = await Assert.ThrowsAnyAsync<EyunBusinessException>(() => Client(server, http).InitAddressListAsync(new InitAddressListRequest { WId = "w" }));

        Assert.Equal("1001", error.BusinessCode);
        Assert.Equal("实例不存在", error.BusinessMessage);
        Assert.DoesNotContain(Authorization, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_sends_no_authorization_and_its_envelope_carries_the_key()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"code":"1000","msg":"ok","Authorization":"new-key","callbackUrl":null,"status":"0"}""");
        using var http = new HttpClient();

        var envelope = await Client(server, http).LoginMemberWithEnvelopeAsync(new LoginMemberRequest { Account = "dev", Password = "pw-secret" });

        Assert.Equal("new-key", envelope.Authorization);
        Assert.Null(server.Single().Header("Authorization"));
        Assert.Equal("/member/login", server.Single().Path);
    }
}
