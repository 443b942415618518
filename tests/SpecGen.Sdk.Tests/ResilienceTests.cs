using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using SpecGen.Sdk.NapCat;
using SpecGen.Sdk.Tests.Infrastructure;
using SpecGen.Sdk.WukongChat;

namespace SpecGen.Sdk.Tests;

/// <summary>Issue 9: the opt-in resilience setup retries what is safe to send twice, and nothing else.</summary>
public sealed class ResilienceTests
{
    private static void FastRetries(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = 2;
        options.Retry.Delay = TimeSpan.Zero;
        options.Retry.UseJitter = false;
        options.Retry.ShouldHandle = _ => ValueTask.FromResult(true); // even a caller who asks to retry everything
    }

    [Fact]
    public async Task A_NapCat_POST_that_changes_state_is_sent_once_and_a_marked_read_is_retried()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 503, "{}");
        var services = new ServiceCollection();
        services.AddNapCatClient(o => { o.BaseAddress = server.BaseAddress; o.BearerToken = "t"; })
            .AddNapCatClientResilience(FastRetries);
        await using ServiceProvider provider = services.BuildServiceProvider();
        INapCatClient client = provider.GetRequiredService<INapCatClient>();

        await Assert.ThrowsAsync<NapCatHttpException>(() => client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x" }));
        Assert.Single(server.Requests);

        await Assert.ThrowsAsync<NapCatHttpException>(() => client.GetFriendListAsync(new GetFriendListRequest { NoCache = false }));
        Assert.Equal(1 + 3, server.Requests.Count);
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("/get_friend_list", r.Path));
    }

    [Fact]
    public async Task A_GET_is_retried_and_an_unmarked_POST_is_not()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, 503, "{}");
        var services = new ServiceCollection();
        services.AddWukongChatClient(o => { o.BaseAddress = server.BaseAddress; o.Token = "t"; })
            .AddWukongChatClientResilience(FastRetries);
        await using ServiceProvider provider = services.BuildServiceProvider();
        IWukongChatClient client = provider.GetRequiredService<IWukongChatClient>();

        await Assert.ThrowsAsync<WukongChatHttpException>(() => client.GetUserAsync("u1"));
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
    }
}
