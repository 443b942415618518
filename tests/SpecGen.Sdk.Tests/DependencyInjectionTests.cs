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

    [Fact]
    public async Task Two_named_NapCat_clients_send_with_their_own_tokens_and_base_addresses()
    {
        await using var botA = await RecordingServer.StartAsync();
        await using var botB = await RecordingServer.StartAsync();
        const string Reply = """{"status":"ok","retcode":0,"data":[],"message":"","wording":"","echo":null}""";
        botA.Respond = context => RecordingServer.Reply(context, 200, Reply);
        botB.Respond = context => RecordingServer.Reply(context, 200, Reply);
        var services = new ServiceCollection();
        int handlerCallsB = 0;
        services.AddNapCatClient("bot-a", options =>
        {
            options.BaseAddress = botA.BaseAddress;
            options.BearerToken = "token-a";
        });
        services.AddNapCatClient("bot-b", options =>
            {
                options.BaseAddress = botB.BaseAddress;
                options.BearerToken = "token-b";
            })
            .AddHttpMessageHandler(() => new CallbackHandler(() => handlerCallsB++));
        services.AddSingleton<TwoBots>();
        await using ServiceProvider provider = services.BuildServiceProvider();

        TwoBots bots = provider.GetRequiredService<TwoBots>();
        await bots.A.GetFriendListAsync(new GetFriendListRequest { NoCache = false });
        await bots.B.GetFriendListAsync(new GetFriendListRequest { NoCache = false });
        await provider.GetRequiredKeyedService<INapCatClient>("bot-a").GetFriendListAsync(new GetFriendListRequest { NoCache = false });

        Assert.Equal(new[] { "Bearer token-a", "Bearer token-a" }, botA.Requests.Select(r => r.Header("Authorization")));
        Assert.Equal("Bearer token-b", botB.Single().Header("Authorization"));
        Assert.Equal(1, handlerCallsB);
        Assert.Null(provider.GetService<INapCatClient>());
    }

    private sealed class TwoBots([FromKeyedServices("bot-a")] INapCatClient a, [FromKeyedServices("bot-b")] INapCatClient b)
    {
        public INapCatClient A { get; } = a;

        public INapCatClient B { get; } = b;
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
