using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SpecGen.Cli.Tests;

/// <summary>A Kestrel server on 127.0.0.1 (port 0) serving docs the test sets per path, and recording each request.</summary>
internal sealed class DocServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private DocServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request: path and the request headers the tests look at.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent)> Requests { get; } = new();

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public int Count(string path) => Requests.Count(r => r.Path == path);

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/>, with an ETag: 304 when the request's If-None-Match is that ETag.</summary>
    public void Doc(string path, string body, string etag, string contentType = "text/markdown; charset=utf-8") =>
        _routes[path] = async context =>
        {
            var quoted = $"\"{etag}\"";
            context.Response.Headers.ETag = quoted;
            if (context.Request.Headers.IfNoneMatch.ToString() == quoted)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        };

    /// <summary>Answers <paramref name="path"/> as <paramref name="respond"/> says.</summary>
    public void Route(string path, Func<HttpContext, Task> respond) => _routes[path] = respond;

    public static async Task<DocServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new DocServer(app);
        app.Run(context =>
        {
            var request = context.Request;
            server.Requests.Enqueue((request.Path.Value ?? "", request.Headers.IfNoneMatch.FirstOrDefault(), request.Headers.IfModifiedSince.FirstOrDefault(), request.Headers.UserAgent.FirstOrDefault()));
            if (server._routes.TryGetValue(request.Path.Value ?? "", out var respond))
            {
                return respond(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
