using Microsoft.Extensions.DependencyInjection;
using SpecGen.Sdk.NapCat;
using SpecGen.Sdk.Tests.Infrastructure;

namespace SpecGen.Sdk.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddNapCatClient_registers_a_typed_client_through_IHttpClientFactory()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 200, """{"status":"ok","retcode":0,"data":[{"user_id":1}],"message":"","wording":"","echo":null}""");
        var services = new ServiceCollection();
        bool handlerUsed = false;
        services.AddNapCatClient(options =>
            {
                options.BaseAddress = server.BaseAddress;
                options.BearerToken = "di-token";
            })
            .AddHttpMessageHandler(() => new CallbackHandler(() => handlerUsed = true));
        await using ServiceProvider provider = services.BuildServiceProvider();

        INapCatClient client = provider.GetRequiredService<INapCatClient>();
        var friends = await client.GetFriendListAsync(new GetFriendListRequest { NoCache = true });

        Assert.IsType<NapCatClient>(client);
        Assert.Equal(1, friends!.Single().GetProperty("user_id").GetInt32());
        Assert.True(handlerUsed);
        Assert.Equal("Bearer di-token", server.Single().Header("Authorization"));
        Assert.Equal("""{"no_cache":true}""", Bodies.Utf8(server.Single().Body));
    }

    private sealed class CallbackHandler(Action callback) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            callback();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
