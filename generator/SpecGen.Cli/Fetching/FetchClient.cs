using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SpecGen.Cli.Fetching;

/// <summary>
/// The HTTP client of <c>specgen fetch</c>: bounded retries with exponential backoff and a per-attempt timeout
/// (Microsoft.Extensions.Http.Resilience), the size cap, no automatic redirects (<see cref="DocFetcher"/> follows
/// them itself, to http and https only), no cookies, and the User-Agent <c>SpecGen/&lt;version&gt;</c>.
/// </summary>
internal static class FetchClient
{
    public static string UserAgent { get; } = $"SpecGen/{typeof(FetchClient).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}";

    public static HttpClient Create(FetchLimits limits)
    {
        var network = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = limits.Timeout,
        };
        var resilience = new ResilienceHandler(Pipeline(limits)) { InnerHandler = new BoundedBodyHandler(limits.MaxBytes) { InnerHandler = network } };
        var client = new HttpClient(resilience) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client;
    }

    private static ResiliencePipeline<HttpResponseMessage> Pipeline(FetchLimits limits)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (limits.Retries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = limits.Retries,
                Delay = limits.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldRetryAfterHeader = false,
            });
        }

        return builder.AddTimeout(limits.Timeout).Build();
    }
}
