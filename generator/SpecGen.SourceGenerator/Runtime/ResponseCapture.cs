namespace SpecGen.Runtime.Template;

/// <summary>
/// Collects the raw responses of the calls made while it is open, in this async flow only (other requests of the
/// app are not seen), for any method of the client, whatever it returns:
/// <code>
/// using var capture = SpecGenApiResponseCapture.Start();
/// var result = await client.SomeOperationAsync(…);
/// SpecGenApiResponse raw = capture.Last!; // status, headers, body
/// </code>
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class SpecGenApiResponseCapture : global::System.IDisposable
{
    private static readonly global::System.Threading.AsyncLocal<SpecGenApiResponseCapture?> CurrentCapture = new();

    private readonly SpecGenApiResponseCapture? _outer;
    private readonly global::System.Collections.Generic.List<SpecGenApiResponse> _responses = new();

    private SpecGenApiResponseCapture(SpecGenApiResponseCapture? outer)
    {
        _outer = outer;
    }

    /// <summary>The responses received so far, in the order they arrived.</summary>
    public global::System.Collections.Generic.IReadOnlyList<SpecGenApiResponse> Responses
    {
        get
        {
            lock (_responses)
            {
                return _responses.ToArray();
            }
        }
    }

    /// <summary>The response received last, or null before the first one.</summary>
    public SpecGenApiResponse? Last
    {
        get
        {
            lock (_responses)
            {
                return _responses.Count == 0 ? null : _responses[_responses.Count - 1];
            }
        }
    }

    /// <summary>Starts capturing the responses of this async flow until disposed.</summary>
    /// <returns>The capture.</returns>
    public static SpecGenApiResponseCapture Start()
    {
        var capture = new SpecGenApiResponseCapture(CurrentCapture.Value);
        CurrentCapture.Value = capture;
        return capture;
    }

    /// <summary>Stops capturing (an enclosing capture, if any, captures again).</summary>
    public void Dispose()
    {
        if (ReferenceEquals(CurrentCapture.Value, this))
        {
            CurrentCapture.Value = _outer;
        }
    }

    internal static void Record(string operationId, global::System.Net.Http.HttpResponseMessage response, byte[] body)
    {
        if (CurrentCapture.Value is not { } capture)
        {
            return;
        }

        var headers = new global::System.Collections.Generic.Dictionary<string, string[]>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IEnumerable<string>> header in response.Headers)
        {
            headers[header.Key] = global::System.Linq.Enumerable.ToArray(header.Value);
        }

        foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IEnumerable<string>> header in response.Content.Headers)
        {
            headers[header.Key] = global::System.Linq.Enumerable.ToArray(header.Value);
        }

        lock (capture._responses)
        {
            capture._responses.Add(new SpecGenApiResponse(operationId, response.StatusCode, headers, body));
        }
    }
}
