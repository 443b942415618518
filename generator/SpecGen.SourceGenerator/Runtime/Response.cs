namespace SpecGen.Runtime.Template;

/// <summary>One HTTP response of a SpecGenTitle call as received: status, headers and the raw body. See <see cref="SpecGenApiResponseCapture"/>.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class SpecGenApiResponse
{
    internal SpecGenApiResponse(string operationId, global::System.Net.HttpStatusCode statusCode, global::System.Collections.Generic.IReadOnlyDictionary<string, string[]> headers, byte[] body)
    {
        OperationId = operationId;
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
    }

    /// <summary>The operation that was called (its operationId in the spec).</summary>
    public string OperationId { get; }

    /// <summary>The HTTP status.</summary>
    public global::System.Net.HttpStatusCode StatusCode { get; }

    /// <summary>Response and content headers, by name (case-insensitive).</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, string[]> Headers { get; }

    /// <summary>The body as received.</summary>
    public global::System.ReadOnlyMemory<byte> Body { get; }

    /// <summary>The body decoded as UTF-8.</summary>
    /// <returns>The text.</returns>
    public string BodyText() => global::System.Text.Encoding.UTF8.GetString(Body.Span);

    /// <summary>Describes the response (operation and status, never headers or body).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => OperationId + ": HTTP " + ((int)StatusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture);
}
