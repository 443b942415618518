namespace SpecGen.Runtime.Template;

/// <summary>
/// The response envelope of a SpecGenTitle call carried a business code that does not mean success (one kind of
/// <see cref="SpecGenApiApiException"/>). The thrown instance is a <see cref="SpecGenApiBusinessException{TEnvelope}"/>:
/// catch that to get the operation's envelope model typed.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public abstract class SpecGenApiBusinessException : SpecGenApiApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="rawBody">The start of the response body, or null.</param>
    /// <param name="businessCode">The business code, or null when the envelope had none.</param>
    /// <param name="businessMessage">The business message, or null.</param>
    private protected SpecGenApiBusinessException(string message, string operationId, global::System.Net.HttpStatusCode statusCode, string? rawBody, string? businessCode, string? businessMessage)
        : base(message, operationId, statusCode, rawBody, businessCode, businessMessage)
    {
    }

    /// <summary>The whole deserialized response envelope (typed in <see cref="SpecGenApiBusinessException{TEnvelope}.Envelope"/>).</summary>
    public object Envelope => EnvelopeObject;

    private protected abstract object EnvelopeObject { get; }
}

/// <summary>A business failure of an operation whose response envelope is <typeparamref name="TEnvelope"/>.</summary>
/// <typeparam name="TEnvelope">The operation's envelope model.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class SpecGenApiBusinessException<TEnvelope> : SpecGenApiBusinessException
    where TEnvelope : class
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="rawBody">The start of the response body, or null.</param>
    /// <param name="businessCode">The business code, or null when the envelope had none.</param>
    /// <param name="businessMessage">The business message, or null.</param>
    /// <param name="envelope">The deserialized envelope.</param>
    public SpecGenApiBusinessException(string message, string operationId, global::System.Net.HttpStatusCode statusCode, string? rawBody, string? businessCode, string? businessMessage, TEnvelope envelope)
        : base(message, operationId, statusCode, rawBody, businessCode, businessMessage)
    {
        Envelope = envelope;
    }

    /// <summary>The whole deserialized response envelope.</summary>
    public new TEnvelope Envelope { get; }

    private protected override object EnvelopeObject => Envelope;
}
