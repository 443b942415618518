namespace SpecGen.Runtime.Template;

/// <summary>HTTP helpers shared by the generated client.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
internal static partial class SpecGenHttp
{
    /// <summary>Receives the outcome of one request: its status, or the failure when no response arrived.</summary>
    internal delegate void AttemptLog(string operationId, global::System.Net.Http.HttpRequestMessage request, global::System.Net.HttpStatusCode? status, global::System.TimeSpan elapsed, global::System.Exception? failure);

    private const int MaxMessageFieldLength = 200;

    private static readonly global::System.Net.Http.HttpRequestOptionsKey<bool> RetrySafeKey = new("SpecGen.RetrySafe");

    /// <summary>Marks a request of an operation the spec says is safe to send twice (x-specgen-retry-safe).</summary>
    internal static void MarkRetrySafe(global::System.Net.Http.HttpRequestMessage request) => request.Options.Set(RetrySafeKey, true);

    /// <summary>True for requests that may be sent again after a failure: idempotent methods and marked operations.</summary>
    internal static bool IsRetrySafe(global::System.Net.Http.HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        global::System.Net.Http.HttpMethod method = request.Method;
        return method == global::System.Net.Http.HttpMethod.Get
            || method == global::System.Net.Http.HttpMethod.Head
            || method == global::System.Net.Http.HttpMethod.Options
            || method == global::System.Net.Http.HttpMethod.Put
            || method == global::System.Net.Http.HttpMethod.Delete
            || (request.Options.TryGetValue(RetrySafeKey, out bool safe) && safe);
    }

    internal static global::System.Uri ResolveBaseAddress(global::System.Uri? configured, global::System.Uri? fromHttpClient, string? documented, string optionsName)
    {
        global::System.Uri address = configured ?? fromHttpClient
            ?? throw new global::System.InvalidOperationException(
                "No base address: set " + optionsName + ".BaseAddress or HttpClient.BaseAddress"
                + (documented is null ? "." : " (the API documents " + documented + ", which is not used as a default)."));
        if (!address.IsAbsoluteUri)
        {
            throw new global::System.InvalidOperationException("The base address must be an absolute URI.");
        }

        string text = address.GetLeftPart(global::System.UriPartial.Path);
        return text.EndsWith('/') ? new global::System.Uri(text) : new global::System.Uri(text + "/");
    }

    internal static global::System.Uri BuildUri(global::System.Uri baseAddress, string relativePath, string? queryString)
        => new(baseAddress, queryString is null ? relativePath : relativePath + queryString);

    internal static string AppendQuery(string? queryString, string name, string value)
        => string.Concat(queryString is null ? "?" : queryString + "&", global::System.Uri.EscapeDataString(name), "=", global::System.Uri.EscapeDataString(value));

    internal static string Join<T>(global::System.Collections.Generic.List<T> items, global::System.Func<T, string> format)
    {
        var builder = new global::System.Text.StringBuilder();
        foreach (T item in items)
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(format(item));
        }

        return builder.ToString();
    }

    internal static global::System.Net.Http.HttpContent CreateJsonContent<T>(T value, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
    {
        var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        var content = new global::System.Net.Http.ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    internal static global::System.Net.Http.HttpContent CreateStreamContent(global::System.IO.Stream stream, string mediaType)
    {
        var content = new global::System.Net.Http.StreamContent(stream);
        content.Headers.ContentType = ParseMediaType(mediaType);
        return content;
    }

    /// <summary>
    /// Sends and buffers the response; a ValueTask, so a synchronously completing handler allocates no task.
    /// Network failures and timeouts become <see cref="SpecGenApiTransportException"/>; cancellation through
    /// the caller's token stays an <see cref="global::System.OperationCanceledException"/>. The log delegate is told
    /// the outcome (status or failure) and the time taken.
    /// </summary>
    internal static async global::System.Threading.Tasks.ValueTask<SpecGenResponse> SendAsync(
        global::System.Net.Http.HttpClient httpClient,
        global::System.Net.Http.HttpRequestMessage request,
        string operationId,
        SpecGenReading reading,
        string? envelopeCodeProperty,
        string? envelopeMessageProperty,
        AttemptLog? log,
        global::System.Threading.CancellationToken cancellationToken)
    {
        long started = global::System.Diagnostics.Stopwatch.GetTimestamp();
        global::System.Net.HttpStatusCode status;
        byte[] body;
        try
        {
            using global::System.Net.Http.HttpResponseMessage response = await httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            status = response.StatusCode;
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            SpecGenApiResponseCapture.Record(operationId, response, body);
        }
        catch (global::System.OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (global::System.Exception e) when (e is global::System.Net.Http.HttpRequestException or global::System.OperationCanceledException or global::System.IO.IOException)
        {
            bool timeout = e is global::System.OperationCanceledException;
            log?.Invoke(operationId, request, null, global::System.Diagnostics.Stopwatch.GetElapsedTime(started), e);
            throw new SpecGenApiTransportException(
                operationId + (timeout ? " timed out." : " failed: no response from the server (" + e.GetType().Name + ")."), operationId, timeout, e);
        }

        log?.Invoke(operationId, request, status, global::System.Diagnostics.Stopwatch.GetElapsedTime(started), null);
        var result = new SpecGenResponse(operationId, status, body, reading);
        if ((int)status is < 200 or > 299)
        {
            string? code = null;
            string? message = null;
            if (envelopeCodeProperty is not null)
            {
                TryReadEnvelopeFields(body, envelopeCodeProperty, envelopeMessageProperty, out code, out message);
            }

            string text = operationId + " failed with HTTP " + ((int)status).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " (" + status.ToString() + ")."
                + (code is null ? string.Empty : " Business code " + Clip(code) + (message is null ? "." : ": " + Clip(message) + "."));
            throw new SpecGenApiHttpException(text, operationId, status, RawBody(result), code, message);
        }

        return result;
    }

    internal static T? ReadJson<T>(SpecGenResponse response, SpecGenJson.ReadFunc<T?> read)
        where T : class
        => ReadBody(response, read);

    internal static T? ReadJsonValue<T>(SpecGenResponse response, SpecGenJson.ReadFunc<T?> read)
        where T : struct
        => ReadBody(response, read);

    /// <summary>
    /// Reads a whole JSON body with <paramref name="read"/> (null for an empty body), reporting read problems and
    /// dropped items; both <see cref="ReadJson{T}"/> and <see cref="ReadJsonValue{T}"/> read through it.
    /// </summary>
    private static TValue? ReadBody<TValue>(SpecGenResponse response, SpecGenJson.ReadFunc<TValue> read)
    {
        if (response.Body.Length == 0)
        {
            return default;
        }

        TValue value;
        global::System.Collections.Generic.List<JsonReadProblem> problems;
        global::System.Collections.Generic.List<JsonReadProblem>? previous = SpecGenJson.BeginProblems();
        try
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(response.Body);
            reader.Read();
            int dropped = SpecGenJson.DroppedItems;
            value = read(ref reader);
            SpecGenJson.ReportDroppedItems(dropped, response.Body);
            EnsureEnd(ref reader);
        }
        catch (global::System.Exception e) when (e is global::System.Text.Json.JsonException or global::System.InvalidOperationException)
        {
            throw InvalidJson(response, e);
        }
        finally
        {
            problems = SpecGenJson.EndProblems(previous);
        }

        ReportProblems(response, problems);
        return value;
    }

    /// <summary>A JSON string, or (lenient) the raw text when the body is not a JSON string.</summary>
    internal static string ReadJsonString(SpecGenResponse response)
    {
        try
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(response.Body);
            if (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.String)
            {
                string? value = reader.GetString();
                EnsureEnd(ref reader);
                return value ?? string.Empty;
            }
        }
        catch (global::System.Text.Json.JsonException)
        {
        }

        return ReadText(response);
    }

    internal static string ReadText(SpecGenResponse response) => global::System.Text.Encoding.UTF8.GetString(response.Body);

    internal static string? RedactUri(global::System.Uri? uri)
    {
        if (uri is null)
        {
            return null;
        }

        if (!uri.IsAbsoluteUri)
        {
            return "(relative)";
        }

        // User info and query strings may hold credentials.
        var builder = new global::System.UriBuilder(uri) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty };
        return builder.Uri.GetLeftPart(global::System.UriPartial.Path);
    }

    /// <summary>Strict: one value not of the documented type fails the call. Otherwise each is reported.</summary>
    private static void ReportProblems(SpecGenResponse response, global::System.Collections.Generic.List<JsonReadProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        foreach (JsonReadProblem problem in problems)
        {
            problem.OperationId = response.OperationId;
        }

        if (response.Reading.Strict)
        {
            throw new SpecGenApiUnexpectedResponseException(
                response.OperationId + " returned " + problems.Count.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " value(s) not of the documented type; the first: " + problems[0].Type + "." + problems[0].Member + ".",
                response.OperationId,
                response.StatusCode,
                RawBody(response),
                null);
        }

        if (response.Reading.Report is { } report)
        {
            foreach (JsonReadProblem problem in problems)
            {
                report(problem);
            }
        }
    }

    private static void EnsureEnd(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new global::System.Text.Json.JsonException("Unexpected data after the JSON value.");
        }
    }

    private static SpecGenApiUnexpectedResponseException InvalidJson(SpecGenResponse response, global::System.Exception inner)
        => new(response.OperationId + " returned a response body that is not valid JSON for the expected type (HTTP " + ((int)response.StatusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ").", response.OperationId, response.StatusCode, RawBody(response), inner);

    private static string? RawBody(SpecGenResponse response)
    {
        if (response.Body.Length == 0)
        {
            return null;
        }

        int length = global::System.Math.Min(response.Body.Length, global::System.Math.Max(0, response.Reading.MaxErrorBodyLength));
        return global::System.Text.Encoding.UTF8.GetString(response.Body, 0, length);
    }

    private static string Clip(string text)
    {
        var builder = new global::System.Text.StringBuilder(global::System.Math.Min(text.Length, MaxMessageFieldLength));
        foreach (char c in text)
        {
            if (builder.Length == MaxMessageFieldLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    private static void TryReadEnvelopeFields(byte[] body, string codeProperty, string? messageProperty, out string? code, out string? message)
    {
        code = null;
        message = null;
        try
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
            {
                return;
            }

            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                string? name = reader.GetString();
                reader.Read();
                if (name == codeProperty)
                {
                    code = SpecGenJson.ReadString(ref reader);
                }
                else if (messageProperty is not null && name == messageProperty)
                {
                    message = SpecGenJson.ReadString(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (global::System.Text.Json.JsonException)
        {
            // Not JSON: the status code and RawBody tell the story.
        }
    }

    private static global::System.Net.Http.Headers.MediaTypeHeaderValue ParseMediaType(string? mediaType)
        => mediaType is not null && global::System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(mediaType, out global::System.Net.Http.Headers.MediaTypeHeaderValue? parsed)
            ? parsed
            : new global::System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
}
