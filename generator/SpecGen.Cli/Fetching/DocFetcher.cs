using System.Globalization;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace SpecGen.Cli.Fetching;

/// <summary>One URL's outcome: its body and validators, or (<see cref="Bytes"/> null) 304 Not Modified.</summary>
internal sealed record Download(Uri Url, byte[]? Bytes, string? ETag, string? LastModified)
{
    public bool NotModified => Bytes is null;

    /// <summary>The lock entry for a body (not for a 304: keep the previous entry).</summary>
    public LockEntry ToEntry() =>
        new(Url.AbsoluteUri, ETag, LastModified, Bytes!.Length, SourceLock.Hash(Bytes));
}

/// <summary>
/// GETs one doc URL: conditionally (If-None-Match / If-Modified-Since from the previous lock entry), following up
/// to <see cref="MaxRedirects"/> redirects to http or https URLs only, and accepting only a markdown-like body.
/// Every failure is a <see cref="FetchException"/> with a one-line reason.
/// </summary>
internal sealed class DocFetcher(HttpClient client, FetchLimits limits)
{
    public const int MaxRedirects = 5;

    public async Task<Download> GetAsync(Uri url, LockEntry? previous, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (previous?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (previous?.LastModified is { } lastModified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                if (redirects == MaxRedirects)
                {
                    throw new FetchException($"GET {url}: more than {MaxRedirects} redirects");
                }

                current = RedirectTarget(current, response);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.NotModified && previous is not null)
            {
                return new Download(url, null, previous.ETag, previous.LastModified);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                var reason = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? string.Empty : $" {response.ReasonPhrase}";
                var retried = HttpClientResiliencePredicates.IsTransient(Outcome.FromResult(response)) && limits.Retries > 0 ? $" after {limits.Retries} retries" : string.Empty;
                throw new FetchException($"GET {current}: HTTP {status}{reason}{retried}");
            }

            if (ContentTypes.Problem(response.Content.Headers.ContentType?.MediaType) is { } problem)
            {
                throw new FetchException($"GET {current}: {problem}");
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var lastModifiedHeader = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
            return new Download(url, bytes, response.Headers.ETag?.ToString(), lastModifiedHeader);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempts = limits.Retries + 1;
        try
        {
            return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException)
        {
            throw new FetchException($"GET {request.RequestUri}: timed out after {limits.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s ({attempts} attempt{(attempts == 1 ? "" : "s")})");
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"GET {request.RequestUri}: {e.Message.ReplaceLineEndings(" ")} ({attempts} attempt{(attempts == 1 ? "" : "s")})");
        }
    }

    /// <summary>The Location of a redirect, resolved against the URL that sent it; only http and https are followed.</summary>
    private static Uri RedirectTarget(Uri from, HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new FetchException($"GET {from}: HTTP {(int)response.StatusCode} redirect without a Location");
        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
        {
            throw new FetchException($"GET {from}: redirect to '{target}' refused: only http and https are followed");
        }

        return target;
    }
}
