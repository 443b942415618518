using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SpecGen.Sdk.NapCat;

namespace SpecGen.Benchmarks.Generator;

/// <summary>
/// (b) One NapCat call (set_qq_profile: JSON body, bearer token, enveloped response) through an in-memory
/// handler: the generated client against a hand-written HttpClient + Utf8JsonWriter/Reader baseline doing
/// the same request and the same envelope check. Goal: ≤ 1.2× time and allocations.
/// </summary>
[MemoryDiagnoser]
public class ClientCallBenchmarks
{
    private static readonly byte[] ResponseBody = """{"status":"ok","retcode":0,"data":{"result":0,"errMsg":"成功"},"message":"","wording":"","echo":null}"""u8.ToArray();
    private static readonly Uri BaseAddress = new("http://napcat.local/");

    private HttpClient _http = null!;
    private NapCatClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(new FixedResponseHandler());
        _client = new NapCatClient(_http, new NapCatClientOptions { BaseAddress = BaseAddress, BearerToken = "token" });
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark]
    public async Task<int> GeneratedClient()
    {
        SetQqProfileResponseData? data = await _client.SetQqProfileAsync(new SetQqProfileRequest { Nickname = "小明", PersonalNote = "hello", Sex = SetQqProfileRequestSex.Value1 });
        return (int)data!.Result!.Value;
    }

    [Benchmark(Baseline = true)]
    public async Task<int> HandWritten()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("nickname"u8, "小明");
            writer.WriteString("personal_note"u8, "hello");
            writer.WriteString("sex"u8, "1");
            writer.WriteEndObject();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, "set_qq_profile"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "token");
        request.Content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException("HTTP " + (int)response.StatusCode);
        }

        var reader = new Utf8JsonReader(body);
        reader.Read();
        double retcode = -1;
        Result? data = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("retcode"u8))
            {
                reader.Read();
                retcode = reader.GetDouble();
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                data = Result.Read(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (retcode != 0)
        {
            throw new InvalidOperationException("business failure");
        }

        return (int)data!.Value;
    }

    private sealed class Result
    {
        public double Value { get; private set; }

        public string? Message { get; private set; }

        public static Result? Read(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return null;
            }

            var result = new Result();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("result"u8))
                {
                    reader.Read();
                    result.Value = reader.GetDouble();
                }
                else if (reader.ValueTextEquals("errMsg"u8))
                {
                    reader.Read();
                    result.Message = reader.GetString();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return result;
        }
    }

    private sealed class FixedResponseHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Consume the request body like a real transport would.
            if (request.Content is not null)
            {
                await request.Content.CopyToAsync(Stream.Null, cancellationToken);
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(ResponseBody), RequestMessage = request };
        }
    }
}
