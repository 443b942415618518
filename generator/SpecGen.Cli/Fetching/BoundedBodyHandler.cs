namespace SpecGen.Cli.Fetching;

/// <summary>
/// Reads each response body into memory within the attempt (so the attempt's timeout covers it) and refuses one
/// over the size cap, whether its Content-Length says so or its stream runs past the cap. Not a transient failure:
/// it is not retried.
/// </summary>
internal sealed class BoundedBodyHandler(long maxBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
            {
                throw TooLarge(request, $"{length} bytes");
            }

            using var body = new MemoryStream();
            await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
            {
                var chunk = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (body.Length + read > maxBytes)
                    {
                        throw TooLarge(request, "more");
                    }

                    body.Write(chunk, 0, read);
                }
            }

            var buffered = new ByteArrayContent(body.ToArray());
            foreach (var header in response.Content.Headers.Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            var streamed = response.Content;
            response.Content = buffered;
            streamed.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private FetchException TooLarge(HttpRequestMessage request, string size) =>
        new($"GET {request.RequestUri}: the body is {size}, over the limit of {maxBytes} bytes (--max-bytes)");
}
