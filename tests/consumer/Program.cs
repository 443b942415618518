// Consumer test: uses the SpecGen packages exactly as a user would (see run.sh and nuget.config).
//  1. SpecGen.Sdk.NapCat (an SDK package), registered through dependency injection: a typed call, then a
//     business failure as a typed exception.
//  2. SpecGen.SourceGenerator with a spec of this project's own (specs/notes.json → NotesClient).
// Every call goes over real HTTP to a Kestrel server on 127.0.0.1 (port 0) that records what it receives.
// Exit code 0 when every check passes, 1 otherwise.
using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpecGen.Consumer.Notes;
using SpecGen.Sdk.NapCat;

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"  {(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

var requests = new ConcurrentQueue<Recorded>();
WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
await using WebApplication app = builder.Build();
app.Run(async context =>
{
    using var reader = new StreamReader(context.Request.Body);
    string body = await reader.ReadToEndAsync();
    var recorded = new Recorded(
        context.Request.Method,
        context.Request.Path.Value ?? "",
        context.Request.QueryString.Value ?? "",
        context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        body);
    requests.Enqueue(recorded);

    (int status, string json) = recorded.Path switch
    {
        "/set_qq_profile" when body.Contains("\"nickname\":\"fail\"", StringComparison.Ordinal) =>
            (200, """{"status":"failed","retcode":1400,"data":null,"message":"参数错误","wording":"请检查参数","echo":null}"""),
        "/set_qq_profile" =>
            (200, """{"status":"ok","retcode":0,"data":{"result":0,"errMsg":"成功"},"message":"","wording":"","echo":null}"""),
        "/api/boards/inbox/notes" =>
            (201, """{"id":42,"board":"inbox","text":"buy milk","tags":["home","today"],"pinned":true,"color":"blue","extra":{"ignored":true}}"""),
        _ => (404, """{"error":"not found"}"""),
    };
    context.Response.StatusCode = status;
    context.Response.ContentType = "application/json";
    await context.Response.WriteAsync(json);
});
await app.StartAsync();
var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
Console.WriteLine($"consumer: loopback server at {baseAddress}");

try
{
    // 1. The NapCat SDK package, through IServiceCollection / IHttpClientFactory.
    Console.WriteLine("SpecGen.Sdk.NapCat (package) via AddNapCatClient:");
    var services = new ServiceCollection();
    services.AddNapCatClient(options =>
    {
        options.BaseAddress = baseAddress;
        options.BearerToken = "consumer-token";
    });
    await using (ServiceProvider provider = services.BuildServiceProvider())
    {
        INapCatClient napCat = provider.GetRequiredService<INapCatClient>();

        SetQqProfileResponseData? profile = await napCat.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "小明", PersonalNote = "hi" });
        Recorded request = Take(requests);
        Check(request.Method == "POST" && request.Path == "/set_qq_profile", $"request line: {request.Method} {request.Path}");
        Check(request.Header("Authorization") == "Bearer consumer-token", "bearer token sent");
        Check(request.Header("Content-Type")?.StartsWith("application/json", StringComparison.Ordinal) == true, "JSON content type");
        using (JsonDocument json = JsonDocument.Parse(request.Body))
        {
            Check(json.RootElement.GetProperty("nickname").GetString() == "小明", "body.nickname = 小明 (UTF-8)");
            Check(json.RootElement.GetProperty("personal_note").GetString() == "hi", "body.personal_note uses the wire name");
            Check(!json.RootElement.TryGetProperty("sex", out _), "unset optional property omitted");
        }

        Check(profile is { Result: 0, ErrMsg: "成功" }, $"envelope unwrapped to typed data (result={profile?.Result}, errMsg={profile?.ErrMsg})");

        try
        {
            await napCat.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "fail" });
            Check(false, "business failure throws NapCatBusinessException");
        }
        catch (NapCatBusinessException error)
        {
            Take(requests);
            Check(error.BusinessCode == "1400" && error.BusinessMessage == "参数错误", $"business failure → NapCatBusinessException (code {error.BusinessCode}, message {error.BusinessMessage})");
            Check(!error.ToString().Contains("consumer-token", StringComparison.Ordinal), "no token in the exception");
        }
    }

    // 2. The source generator package with this project's own spec.
    Console.WriteLine("SpecGen.SourceGenerator (package) with specs/notes.json → NotesClient:");
    using (var http = new HttpClient())
    {
        INotesClient notes = new NotesClient(http, new NotesClientOptions { BaseAddress = new Uri(baseAddress, "api/"), XApiKey = "k-123" });

        Note? note = await notes.CreateNoteAsync("inbox", new NewNote { Text = "buy milk", Tags = ["home", "today"] }, pin: true);
        Recorded request = Take(requests);
        Check(request.Method == "POST" && request.Path == "/api/boards/inbox/notes", $"request line: {request.Method} {request.Path}");
        Check(request.Query == "?pin=true", $"query: {request.Query}");
        Check(request.Header("X-Api-Key") == "k-123", "API key header sent");
        Check(request.Body == """{"text":"buy milk","tags":["home","today"]}""", $"body: {request.Body}");
        Check(note is { Id: 42, Board: "inbox", Text: "buy milk", Pinned: true }, "typed response (id, board, text, pinned)");
        Check(note?.Tags is ["home", "today"], "typed response (tags)");
        Check(note?.Color == NoteColor.Blue && note.Color.Value.IsKnown, "typed response (extensible enum color = blue)");
    }
}
catch (Exception ex)
{
    failures.Add("unexpected exception");
    Console.WriteLine($"  FAIL unexpected {ex}");
}
finally
{
    await app.StopAsync();
}

Console.WriteLine(failures.Count == 0 ? "consumer: all checks passed" : $"consumer: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;

static Recorded Take(ConcurrentQueue<Recorded> queue) =>
    queue.TryDequeue(out Recorded? request) ? request : throw new InvalidOperationException("the server received no request");

internal sealed record Recorded(string Method, string Path, string Query, Dictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}
