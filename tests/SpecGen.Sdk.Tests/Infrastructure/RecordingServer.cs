using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SpecGen.Sdk.Tests.Infrastructure;

/// <summary>What the server received.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string RawTarget,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    string? ContentType,
    IReadOnlyDictionary<string, string> FormFields,
    IReadOnlyList<RecordedFile> Files)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}

public sealed record RecordedFile(string Name, string FileName, string? ContentType, byte[] Content);

/// <summary>A real Kestrel server on 127.0.0.1 (port 0) that records requests and answers as the test says.</summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Writes the response; default: 200 with <c>{}</c>.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = context => Reply(context, 200, "{}");

    public RecordedRequest Single() => Assert.Single(Requests);

    public static async Task<RecordingServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        RecordingServer? server = null;
        app.Run(async context =>
        {
            server!.Requests.Enqueue(await RecordAsync(context));
            await server.Respond(context);
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new RecordingServer(app, new Uri(address + "/"));
        return server;
    }

    public static Task Reply(HttpContext context, int status, string body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<RecordedFile>();
        byte[] body = [];
        if (request.HasFormContentType)
        {
            IFormCollection form = await request.ReadFormAsync();
            foreach (var field in form)
            {
                fields[field.Key] = field.Value.ToString();
            }

            foreach (IFormFile file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, buffer.ToArray()));
            }
        }
        else
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            body = buffer.ToArray();
        }

        string rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        return new RecordedRequest(request.Method, request.Path.Value ?? string.Empty, rawTarget, request.QueryString.Value ?? string.Empty, headers, body, request.ContentType, fields, files);
    }
}

public static class Bodies
{
    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
