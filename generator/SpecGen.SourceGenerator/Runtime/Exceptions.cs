namespace SpecGen.Runtime.Template;

/// <summary>
/// An error from a SpecGenTitle call. Catch this type for every failure, or a subclass for one kind:
/// <see cref="SpecGenApiTransportException"/> (no response: network failure or timeout),
/// <see cref="SpecGenApiHttpException"/> (an HTTP error status),
/// <see cref="SpecGenApiUnexpectedResponseException"/> (a body that is not the documented JSON) and, for an API
/// whose responses carry a business code, its business exception (a business failure reported in the response envelope).
/// Cancelling through the caller's token throws <see cref="global::System.OperationCanceledException"/>, never this.
/// </summary>
/// <remarks>
/// The message names the operation, status and business code only: never request headers, query
/// strings or credentials. The response body is only in <see cref="RawBody"/>, cut to the configured length.
/// </remarks>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public class SpecGenApiApiException : global::System.Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="statusCode">The HTTP status of the response, or null when no response arrived.</param>
    /// <param name="rawBody">The start of the response body, or null.</param>
    /// <param name="businessCode">The business code from the response envelope, or null.</param>
    /// <param name="businessMessage">The business message from the response envelope, or null.</param>
    /// <param name="innerException">The cause, or null.</param>
    public SpecGenApiApiException(string message, string operationId, global::System.Net.HttpStatusCode? statusCode, string? rawBody, string? businessCode = null, string? businessMessage = null, global::System.Exception? innerException = null)
        : base(message, innerException)
    {
        OperationId = operationId;
        StatusCode = statusCode;
        RawBody = rawBody;
        BusinessCode = businessCode;
        BusinessMessage = businessMessage;
    }

    /// <summary>The operation that failed (its operationId in the spec).</summary>
    public string OperationId { get; }

    /// <summary>The HTTP status of the response; null when no response arrived (<see cref="SpecGenApiTransportException"/>).</summary>
    public global::System.Net.HttpStatusCode? StatusCode { get; }

    /// <summary>The start of the response body (at most the configured number of bytes, decoded as UTF-8), or null when empty.</summary>
    public string? RawBody { get; }

    /// <summary>The business code from the response envelope, when the response had one.</summary>
    public string? BusinessCode { get; }

    /// <summary>The business message from the response envelope, when the response had one.</summary>
    public string? BusinessMessage { get; }
}

/// <summary>A SpecGenTitle call got no response: the connection failed or the request timed out (<see cref="global::System.Net.Http.HttpClient.Timeout"/> or a resilience timeout).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class SpecGenApiTransportException : SpecGenApiApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="isTimeout">True when the request timed out.</param>
    /// <param name="innerException">The network error or timeout.</param>
    public SpecGenApiTransportException(string message, string operationId, bool isTimeout, global::System.Exception innerException)
        : base(message, operationId, null, null, innerException: innerException)
    {
        IsTimeout = isTimeout;
    }

    /// <summary>True when the request timed out; false for a network failure (DNS, connection refused or reset).</summary>
    public bool IsTimeout { get; }
}

/// <summary>A SpecGenTitle call was answered with an HTTP error status (4xx, 5xx).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class SpecGenApiHttpException : SpecGenApiApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="rawBody">The start of the response body, or null.</param>
    /// <param name="businessCode">The business code of an error envelope, or null.</param>
    /// <param name="businessMessage">The business message of an error envelope, or null.</param>
    public SpecGenApiHttpException(string message, string operationId, global::System.Net.HttpStatusCode statusCode, string? rawBody, string? businessCode, string? businessMessage)
        : base(message, operationId, statusCode, rawBody, businessCode, businessMessage)
    {
    }
}

/// <summary>A SpecGenTitle call answered with a success status but a body that is not the documented JSON (HTML from a proxy, truncated or undocumented JSON).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class SpecGenApiUnexpectedResponseException : SpecGenApiApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="rawBody">The start of the response body, or null.</param>
    /// <param name="innerException">The JSON error, or null.</param>
    public SpecGenApiUnexpectedResponseException(string message, string operationId, global::System.Net.HttpStatusCode statusCode, string? rawBody, global::System.Exception? innerException)
        : base(message, operationId, statusCode, rawBody, innerException: innerException)
    {
    }
}
