using System.Net;
using Microsoft.Extensions.Logging;
using SpecGen.Sdk.NapCat;
using SpecGen.Sdk.Tests.Infrastructure;
using SpecGen.Sdk.WukongChat;

namespace SpecGen.Sdk.Tests;

/// <summary>Failures surface as the SDK's exceptions; logs tell method, path, status and time, never a secret.</summary>
public sealed class ErrorsAndLoggingTests
{
    [Fact]
    public async Task A_timeout_surfaces_as_the_transport_exception()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { });
            await RecordingServer.Reply(context, 200, "{}");
        };
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) };
        var client = new NapCatClient(http, new NapCatClientOptions { BaseAddress = server.BaseAddress });

        var error = await Assert.ThrowsAsync<NapCatTransportException>(() => client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x" }));

        Assert.True(error.IsTimeout);
        Assert.Null(error.StatusCode);
        Assert.Equal("set_qq_profile", error.OperationId);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task A_refused_connection_surfaces_as_the_transport_exception()
    {
        Uri closed;
        await using (var server = await RecordingServer.StartAsync())
        {
            closed = server.BaseAddress;
        }

        using var http = new HttpClient();
        var client = new NapCatClient(http, new NapCatClientOptions { BaseAddress = closed });

        var error = await Assert.ThrowsAsync<NapCatTransportException>(() => client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x" }));

        Assert.False(error.IsTimeout);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Cancelling_through_the_callers_token_stays_an_OperationCanceledException()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Respond = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { });
            await RecordingServer.Reply(context, 200, "{}");
        };
        using var http = new HttpClient();
        var client = new NapCatClient(http, new NapCatClientOptions { BaseAddress = server.BaseAddress });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Exception error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "x" }, cancellation.Token));

        Assert.IsNotAssignableFrom<NapCatApiException>(error);
    }

    [Fact]
    public async Task Logs_tell_method_path_status_and_time_but_contain_no_secret()
    {
        const string Token = "wk-secret-token";
        const string QuerySecret = "query-secret-value";
        await using var server = await RecordingServer.StartAsync();
        server.Respond = context => RecordingServer.Reply(context, context.Request.Path.Value!.Contains("friend", StringComparison.Ordinal) ? 200 : 500, "[]");
        using var http = new HttpClient();
        var logger = new ListLogger<WukongChatClient>();
        var client = new WukongChatClient(http, new WukongChatClientOptions { BaseAddress = new Uri(server.BaseAddress, "v1/"), Token = Token }, logger);

        await client.SyncFriendAsync(syncKey: QuerySecret, limit: 5);
        await Assert.ThrowsAsync<WukongChatHttpException>(() => client.GetUserAsync("u1"));

        Assert.Equal(2, logger.Entries.Count);
        (LogLevel level, string message) = logger.Entries[0];
        Assert.Equal(LogLevel.Information, level);
        Assert.Matches(@"^friend_sync: POST http://127\.0\.0\.1:\d+/v1/friend/sync answered 200 in [\d.]+ ms$", message);
        Assert.Equal(LogLevel.Warning, logger.Entries[1].Level);
        Assert.Contains("answered 500", logger.Entries[1].Message, StringComparison.Ordinal);
        Assert.All(logger.Entries, entry =>
        {
            Assert.DoesNotContain(Token, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(QuerySecret, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("?", entry.Message, StringComparison.Ordinal);
        });
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
