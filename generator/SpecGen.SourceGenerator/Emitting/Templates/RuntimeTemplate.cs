namespace SpecGen.SourceGenerator.Emitting.Templates;

/// <summary>
/// The support types emitted once per API (internal helpers plus a few public value types), so a project
/// needs only the generator package and an AdditionalFile to get a client. Placeholders:
/// $NS$ namespace, $EXC$ / $BEXC$ exception names, $TITLE$ API title (already escaped for XML docs).
/// Every framework type is global::-qualified because spec-derived type names share the namespace.
/// </summary>
internal static class RuntimeTemplate
{
    public const string Text = """
namespace $NS$;

/// <summary>A file sent as one part of a <c>multipart/form-data</c> request.</summary>
/// <remarks>The stream is read when the request is sent and disposed with the request.</remarks>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class FileUpload
{
    /// <summary>Creates a file part from a stream.</summary>
    /// <param name="content">The file content.</param>
    /// <param name="fileName">The file name sent to the server.</param>
    /// <param name="contentType">The media type, e.g. <c>image/png</c>; <c>application/octet-stream</c> when null.</param>
    public FileUpload(global::System.IO.Stream content, string fileName, string? contentType = null)
    {
        global::System.ArgumentNullException.ThrowIfNull(content);
        global::System.ArgumentNullException.ThrowIfNull(fileName);
        Content = content;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>Creates a file part from bytes.</summary>
    /// <param name="content">The file content.</param>
    /// <param name="fileName">The file name sent to the server.</param>
    /// <param name="contentType">The media type; <c>application/octet-stream</c> when null.</param>
    /// <returns>The file part.</returns>
    public static FileUpload FromBytes(byte[] content, string fileName, string? contentType = null)
    {
        global::System.ArgumentNullException.ThrowIfNull(content);
        return new FileUpload(new global::System.IO.MemoryStream(content, writable: false), fileName, contentType);
    }

    /// <summary>The file content.</summary>
    public global::System.IO.Stream Content { get; }

    /// <summary>The file name sent to the server.</summary>
    public string FileName { get; }

    /// <summary>The media type of the part, or null for <c>application/octet-stream</c>.</summary>
    public string? ContentType { get; }

    /// <summary>Describes the file part (name and media type, never the content).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => "FileUpload { FileName = " + FileName + ", ContentType = " + (ContentType ?? "application/octet-stream") + " }";
}

/// <summary>
/// A value the API sends either as a JSON number or as a JSON string (IDs, codes). Values compare by
/// their text, so <c>1000</c> equals <c>"1000"</c>; the original JSON kind is kept for writing.
/// </summary>
[global::System.Text.Json.Serialization.JsonConverter(typeof(NumberOrString.SpecGenConverter))]
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public readonly struct NumberOrString : global::System.IEquatable<NumberOrString>
{
    private readonly string? _text;

    private NumberOrString(string text, bool isNumber)
    {
        _text = text;
        IsNumber = isNumber;
    }

    /// <summary>True when the value is (or was received as) a JSON number.</summary>
    public bool IsNumber { get; }

    /// <summary>True when the value is (or was received as) a JSON string.</summary>
    public bool IsString => !IsNumber;

    /// <summary>A string value.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    public static NumberOrString FromString(string value)
    {
        global::System.ArgumentNullException.ThrowIfNull(value);
        return new NumberOrString(value, isNumber: false);
    }

    /// <summary>A numeric value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static NumberOrString FromNumber(long value) => new(value.ToString(global::System.Globalization.CultureInfo.InvariantCulture), isNumber: true);

    /// <summary>A numeric value.</summary>
    /// <param name="value">The number; must be finite.</param>
    /// <returns>The value.</returns>
    public static NumberOrString FromNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new global::System.ArgumentOutOfRangeException(nameof(value), "JSON numbers must be finite.");
        }

        return new NumberOrString(value.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture), isNumber: true);
    }

    /// <summary>Parses the value as a 64-bit integer, whichever JSON kind it arrived as.</summary>
    /// <param name="value">The number when the text is an integer.</param>
    /// <returns>True when the text is an integer.</returns>
    public bool TryGetInt64(out long value) => long.TryParse(ToString(), global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out value);

    /// <summary>Parses the value as a double, whichever JSON kind it arrived as.</summary>
    /// <param name="value">The number when the text is numeric.</param>
    /// <returns>True when the text is a number.</returns>
    public bool TryGetDouble(out double value) => double.TryParse(ToString(), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out value);

    /// <summary>Converts a string.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator NumberOrString(string value) => FromString(value);

    /// <summary>Converts a number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator NumberOrString(long value) => FromNumber(value);

    /// <summary>Compares by text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(NumberOrString left, NumberOrString right) => left.Equals(right);

    /// <summary>Compares by text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(NumberOrString left, NumberOrString right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(NumberOrString other) => string.Equals(ToString(), other.ToString(), global::System.StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NumberOrString other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>The value's text (the number's JSON text, or the string).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text ?? string.Empty;

    internal static NumberOrString FromJsonNumber(string text) => new(text, isNumber: true);

    /// <summary>Reads numbers and strings as themselves (public so source-generated contexts can use it).</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class SpecGenConverter : global::System.Text.Json.Serialization.JsonConverter<NumberOrString>
    {
        /// <inheritdoc />
        public override NumberOrString Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
            => SpecGenJson.ReadNumberOrString(ref reader) ?? throw new global::System.Text.Json.JsonException("Expected a JSON number or string.");

        /// <inheritdoc />
        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, NumberOrString value, global::System.Text.Json.JsonSerializerOptions options)
            => SpecGenJson.WriteNumberOrString(writer, value);
    }
}

/// <summary>
/// An error from a $TITLE$ call. Catch this type for every failure, or a subclass for one kind:
/// <see cref="$API$TransportException"/> (no response: network failure or timeout),
/// <see cref="$API$HttpException"/> (an HTTP error status),
/// <see cref="$API$UnexpectedResponseException"/> (a body that is not the documented JSON) and
/// <see cref="$BEXC$"/> (a business failure reported in the response envelope).
/// Cancelling through the caller's token throws <see cref="global::System.OperationCanceledException"/>, never this.
/// </summary>
/// <remarks>
/// The message names the operation, status and business code only: never request headers, query
/// strings or credentials. The response body is only in <see cref="RawBody"/>, cut to the configured length.
/// </remarks>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public class $EXC$ : global::System.Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="statusCode">The HTTP status of the response, or null when no response arrived.</param>
    /// <param name="rawBody">The start of the response body, or null.</param>
    /// <param name="businessCode">The business code from the response envelope, or null.</param>
    /// <param name="businessMessage">The business message from the response envelope, or null.</param>
    /// <param name="innerException">The cause, or null.</param>
    public $EXC$(string message, string operationId, global::System.Net.HttpStatusCode? statusCode, string? rawBody, string? businessCode = null, string? businessMessage = null, global::System.Exception? innerException = null)
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

    /// <summary>The HTTP status of the response; null when no response arrived (<see cref="$API$TransportException"/>).</summary>
    public global::System.Net.HttpStatusCode? StatusCode { get; }

    /// <summary>The start of the response body (at most the configured number of bytes, decoded as UTF-8), or null when empty.</summary>
    public string? RawBody { get; }

    /// <summary>The business code from the response envelope, when the response had one.</summary>
    public string? BusinessCode { get; }

    /// <summary>The business message from the response envelope, when the response had one.</summary>
    public string? BusinessMessage { get; }
}

/// <summary>A $TITLE$ call got no response: the connection failed or the request timed out (<see cref="global::System.Net.Http.HttpClient.Timeout"/> or a resilience timeout).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class $API$TransportException : $EXC$
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="isTimeout">True when the request timed out.</param>
    /// <param name="innerException">The network error or timeout.</param>
    public $API$TransportException(string message, string operationId, bool isTimeout, global::System.Exception innerException)
        : base(message, operationId, null, null, innerException: innerException)
    {
        IsTimeout = isTimeout;
    }

    /// <summary>True when the request timed out; false for a network failure (DNS, connection refused or reset).</summary>
    public bool IsTimeout { get; }
}

/// <summary>A $TITLE$ call was answered with an HTTP error status (4xx, 5xx).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class $API$HttpException : $EXC$
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="rawBody">The start of the response body, or null.</param>
    /// <param name="businessCode">The business code of an error envelope, or null.</param>
    /// <param name="businessMessage">The business message of an error envelope, or null.</param>
    public $API$HttpException(string message, string operationId, global::System.Net.HttpStatusCode statusCode, string? rawBody, string? businessCode, string? businessMessage)
        : base(message, operationId, statusCode, rawBody, businessCode, businessMessage)
    {
    }
}

/// <summary>A $TITLE$ call answered with a success status but a body that is not the documented JSON (HTML from a proxy, truncated or undocumented JSON).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class $API$UnexpectedResponseException : $EXC$
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="rawBody">The start of the response body, or null.</param>
    /// <param name="innerException">The JSON error, or null.</param>
    public $API$UnexpectedResponseException(string message, string operationId, global::System.Net.HttpStatusCode statusCode, string? rawBody, global::System.Exception? innerException)
        : base(message, operationId, statusCode, rawBody, innerException: innerException)
    {
    }
}

/// <summary>
/// The response envelope of a $TITLE$ call carried a business code that does not mean success. The thrown
/// instance is a <see cref="$BEXC${TEnvelope}"/>: catch that to get the operation's envelope model typed.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public abstract class $BEXC$ : $EXC$
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="operationId">The operation that failed.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="rawBody">The start of the response body, or null.</param>
    /// <param name="businessCode">The business code, or null when the envelope had none.</param>
    /// <param name="businessMessage">The business message, or null.</param>
    private protected $BEXC$(string message, string operationId, global::System.Net.HttpStatusCode statusCode, string? rawBody, string? businessCode, string? businessMessage)
        : base(message, operationId, statusCode, rawBody, businessCode, businessMessage)
    {
    }

    /// <summary>The whole deserialized response envelope (typed in <see cref="$BEXC${TEnvelope}.Envelope"/>).</summary>
    public object Envelope => EnvelopeObject;

    private protected abstract object EnvelopeObject { get; }
}

/// <summary>A business failure of an operation whose response envelope is <typeparamref name="TEnvelope"/>.</summary>
/// <typeparam name="TEnvelope">The operation's envelope model.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class $BEXC$<TEnvelope> : $BEXC$
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
    public $BEXC$(string message, string operationId, global::System.Net.HttpStatusCode statusCode, string? rawBody, string? businessCode, string? businessMessage, TEnvelope envelope)
        : base(message, operationId, statusCode, rawBody, businessCode, businessMessage)
    {
        Envelope = envelope;
    }

    /// <summary>The whole deserialized response envelope.</summary>
    public new TEnvelope Envelope { get; }

    private protected override object EnvelopeObject => Envelope;
}

/// <summary>One HTTP response of a $TITLE$ call as received: status, headers and the raw body. See <see cref="$API$ResponseCapture"/>.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class $API$Response
{
    internal $API$Response(string operationId, global::System.Net.HttpStatusCode statusCode, global::System.Collections.Generic.IReadOnlyDictionary<string, string[]> headers, byte[] body)
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

/// <summary>
/// Collects the raw responses of the calls made while it is open, in this async flow only (other requests of the
/// app are not seen), for any method of the client, whatever it returns:
/// <code>
/// using var capture = $API$ResponseCapture.Start();
/// var result = await client.SomeOperationAsync(…);
/// $API$Response raw = capture.Last!; // status, headers, body
/// </code>
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class $API$ResponseCapture : global::System.IDisposable
{
    private static readonly global::System.Threading.AsyncLocal<$API$ResponseCapture?> CurrentCapture = new();

    private readonly $API$ResponseCapture? _outer;
    private readonly global::System.Collections.Generic.List<$API$Response> _responses = new();

    private $API$ResponseCapture($API$ResponseCapture? outer)
    {
        _outer = outer;
    }

    /// <summary>The responses received so far, in the order they arrived.</summary>
    public global::System.Collections.Generic.IReadOnlyList<$API$Response> Responses
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
    public $API$Response? Last
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
    public static $API$ResponseCapture Start()
    {
        var capture = new $API$ResponseCapture(CurrentCapture.Value);
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
            capture._responses.Add(new $API$Response(operationId, response.StatusCode, headers, body));
        }
    }
}

/// <summary>A documented JSON member whose value did not have the documented type; the value is kept in the model's <c>UnreadValues</c>.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class JsonReadProblem
{
    internal JsonReadProblem(string type, string member, string rawJson)
    {
        Type = type;
        Member = member;
        RawJson = rawJson;
    }

    /// <summary>The C# model that has the member.</summary>
    public string Type { get; }

    /// <summary>The member's JSON name.</summary>
    public string Member { get; }

    /// <summary>The value as received.</summary>
    public string RawJson { get; }

    /// <summary>The operation whose response held the value, once reported by the client.</summary>
    public string? OperationId { get; internal set; }

    /// <summary>Describes the problem (values are cut to 100 characters).</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
        => Type + "." + Member + " is not of the documented type: " + (RawJson.Length > 100 ? RawJson.Substring(0, 100) + "…" : RawJson)
            + (OperationId is null ? string.Empty : " (in the response of " + OperationId + ")");
}

/// <summary>Reflection-free JSON helpers used by the generated models. Reading is lenient: numbers sent as strings are accepted, wrong shapes become null.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
internal static class SpecGenJson
{
    internal delegate T ReadFunc<T>(ref global::System.Text.Json.Utf8JsonReader reader);

    /// <summary>The current property name as UTF-8 bytes, unescaped; the reader's own buffer when it needs no unescaping.</summary>
    internal static global::System.ReadOnlySpan<byte> PropertyName(ref global::System.Text.Json.Utf8JsonReader reader)
        => reader.HasValueSequence || reader.ValueIsEscaped
            ? global::System.Text.Encoding.UTF8.GetBytes(reader.GetString() ?? string.Empty)
            : reader.ValueSpan;

    /// <summary>Compares a property name with a known one (one non-generic method, cheap for the compiler to bind thousands of times).</summary>
    internal static bool NameIs(global::System.ReadOnlySpan<byte> name, global::System.ReadOnlySpan<byte> known)
        => global::System.MemoryExtensions.SequenceEqual(name, known);

    /// <summary>Problems found while reading one response on this thread (reading is synchronous); null when nobody listens.</summary>
    [global::System.ThreadStatic]
    private static global::System.Collections.Generic.List<JsonReadProblem>? t_problems;

    /// <summary>Items of the wrong type a list or map left out on this thread; a member's reader compares it before and after.</summary>
    [global::System.ThreadStatic]
    private static int t_droppedItems;

    /// <summary>Reports the items of the wrong type a whole response (a top-level list or map) left out since <paramref name="before"/>.</summary>
    internal static void ReportDroppedItems(int before, byte[] body)
    {
        if (t_droppedItems != before)
        {
            string text = global::System.Text.Encoding.UTF8.GetString(body, 0, global::System.Math.Min(body.Length, 1000));
            t_problems?.Add(new JsonReadProblem("(response)", "(items)", text));
        }

        t_droppedItems = before;
    }

    /// <summary>The count of left-out items, to pass to <see cref="ReportDroppedItems"/>.</summary>
    internal static int DroppedItems => t_droppedItems;

    /// <summary>Starts collecting read problems on this thread; returns the previous collector, to pass to <see cref="EndProblems"/>.</summary>
    internal static global::System.Collections.Generic.List<JsonReadProblem>? BeginProblems()
    {
        global::System.Collections.Generic.List<JsonReadProblem>? previous = t_problems;
        t_problems = new global::System.Collections.Generic.List<JsonReadProblem>();
        return previous;
    }

    /// <summary>Stops collecting and returns what was found.</summary>
    internal static global::System.Collections.Generic.List<JsonReadProblem> EndProblems(global::System.Collections.Generic.List<JsonReadProblem>? previous)
    {
        global::System.Collections.Generic.List<JsonReadProblem> found = t_problems ?? new global::System.Collections.Generic.List<JsonReadProblem>();
        t_problems = previous;
        return found;
    }

    /// <summary>Keeps an undocumented member (the reader is on its name) as raw JSON.</summary>
    internal static void KeepMember(ref global::System.Text.Json.Utf8JsonReader reader, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? members)
    {
        string name = reader.GetString() ?? string.Empty;
        reader.Read();
        members ??= new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(global::System.StringComparer.Ordinal);
        members[name] = global::System.Text.Json.JsonElement.ParseValue(ref reader);
    }

    /// <summary>A kept member, or null.</summary>
    internal static global::System.Text.Json.JsonElement? Member(global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? members, string name)
        => members is not null && members.TryGetValue(name, out global::System.Text.Json.JsonElement value) ? value : null;

    /// <summary>Writes kept members back.</summary>
    internal static void WriteMembers(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement> member in members)
        {
            writer.WritePropertyName(member.Key);
            member.Value.WriteTo(writer);
        }
    }

    /// <summary>
    /// Reads a documented member; a value that is not JSON null but cannot be read as <typeparamref name="T"/>, or a
    /// list or map that had to leave out items of the wrong type, is kept raw in <paramref name="unread"/> and reported.
    /// </summary>
    internal static T? ReadMember<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T?> read, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? unread, string type, string member)
        where T : class
    {
        global::System.Text.Json.Utf8JsonReader start = reader;
        int dropped = t_droppedItems;
        T? value = read(ref reader);
        CheckRead(ref start, value is null, dropped, ref unread, type, member);
        return value;
    }

    /// <summary>The same as <see cref="ReadMember{T}"/> for value types.</summary>
    internal static T? ReadValueMember<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T?> read, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? unread, string type, string member)
        where T : struct
    {
        global::System.Text.Json.Utf8JsonReader start = reader;
        int dropped = t_droppedItems;
        T? value = read(ref reader);
        CheckRead(ref start, value is null, dropped, ref unread, type, member);
        return value;
    }

    /// <summary>
    /// The check both <see cref="ReadMember{T}"/> and <see cref="ReadValueMember{T}"/> make after reading: a null read of
    /// a value that is not JSON null, or items dropped on the way, keep the raw value; the dropped count is restored.
    /// </summary>
    private static void CheckRead(ref global::System.Text.Json.Utf8JsonReader start, bool readNull, int dropped, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? unread, string type, string member)
    {
        if ((readNull && start.TokenType != global::System.Text.Json.JsonTokenType.Null) || t_droppedItems != dropped)
        {
            KeepUnread(ref start, ref unread, type, member);
        }

        t_droppedItems = dropped;
    }

    private static void KeepUnread(ref global::System.Text.Json.Utf8JsonReader start, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? unread, string type, string member)
    {
        global::System.Text.Json.JsonElement raw = global::System.Text.Json.JsonElement.ParseValue(ref start);
        unread ??= new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(global::System.StringComparer.Ordinal);
        unread[member] = raw;
        t_problems?.Add(new JsonReadProblem(type, member, raw.GetRawText()));
    }

    internal static string? ReadString(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.String:
                return reader.GetString();
            case global::System.Text.Json.JsonTokenType.Number:
                return RawText(ref reader);
            case global::System.Text.Json.JsonTokenType.True:
                return "true";
            case global::System.Text.Json.JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }

    internal static long? ReadInt64(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.Number:
                if (reader.TryGetInt64(out long number))
                {
                    return number;
                }

                return reader.TryGetDouble(out double real) && real == global::System.Math.Floor(real) && real >= long.MinValue && real <= long.MaxValue ? (long)real : null;
            case global::System.Text.Json.JsonTokenType.String:
                return long.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out long parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    internal static int? ReadInt32(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        long? value = ReadInt64(ref reader);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value.Value : null;
    }

    internal static ulong? ReadUInt64(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.Number:
                return reader.TryGetUInt64(out ulong number) ? number : null;
            case global::System.Text.Json.JsonTokenType.String:
                return ulong.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out ulong parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    internal static double? ReadDouble(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.Number:
                return reader.TryGetDouble(out double number) ? number : null;
            case global::System.Text.Json.JsonTokenType.String:
                return double.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out double parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    internal static bool? ReadBoolean(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.True:
                return true;
            case global::System.Text.Json.JsonTokenType.False:
                return false;
            case global::System.Text.Json.JsonTokenType.Number:
                return reader.TryGetInt64(out long number) ? number != 0 : null;
            case global::System.Text.Json.JsonTokenType.String:
                return reader.GetString() switch
                {
                    "true" or "True" or "1" => true,
                    "false" or "False" or "0" => false,
                    _ => null,
                };
            default:
                reader.Skip();
                return null;
        }
    }

    internal static NumberOrString? ReadNumberOrString(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.Number:
                return NumberOrString.FromJsonNumber(RawText(ref reader));
            case global::System.Text.Json.JsonTokenType.String:
                return NumberOrString.FromString(reader.GetString() ?? string.Empty);
            default:
                reader.Skip();
                return null;
        }
    }

    internal static global::System.Text.Json.JsonElement? ReadElement(ref global::System.Text.Json.Utf8JsonReader reader)
        => global::System.Text.Json.JsonElement.ParseValue(ref reader);

    internal static T? SkipValue<T>(ref global::System.Text.Json.Utf8JsonReader reader)
        where T : class
    {
        reader.Skip();
        return null;
    }

    internal static global::System.Collections.Generic.List<T>? ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T?> readItem)
        where T : class
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var list = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            global::System.Text.Json.JsonTokenType token = reader.TokenType;
            if (readItem(ref reader) is { } item)
            {
                list.Add(item);
            }
            else if (token != global::System.Text.Json.JsonTokenType.Null)
            {
                t_droppedItems++;
            }
        }

        return list;
    }

    internal static global::System.Collections.Generic.List<T>? ReadValueList<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T?> readItem)
        where T : struct
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var list = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            global::System.Text.Json.JsonTokenType token = reader.TokenType;
            if (readItem(ref reader) is { } item)
            {
                list.Add(item);
            }
            else if (token != global::System.Text.Json.JsonTokenType.Null)
            {
                t_droppedItems++;
            }
        }

        return list;
    }

    internal static global::System.Collections.Generic.Dictionary<string, T>? ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T?> readItem)
        where T : class
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
        {
            string key = reader.GetString() ?? string.Empty;
            reader.Read();
            global::System.Text.Json.JsonTokenType token = reader.TokenType;
            if (readItem(ref reader) is { } item)
            {
                map[key] = item;
            }
            else if (token != global::System.Text.Json.JsonTokenType.Null)
            {
                t_droppedItems++;
            }
        }

        return map;
    }

    internal static global::System.Collections.Generic.Dictionary<string, T>? ReadValueMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T?> readItem)
        where T : struct
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
        {
            string key = reader.GetString() ?? string.Empty;
            reader.Read();
            global::System.Text.Json.JsonTokenType token = reader.TokenType;
            if (readItem(ref reader) is { } item)
            {
                map[key] = item;
            }
            else if (token != global::System.Text.Json.JsonTokenType.Null)
            {
                t_droppedItems++;
            }
        }

        return map;
    }

    internal static void WriteString(global::System.Text.Json.Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    // Property writers with one signature each (cheap for the compiler to bind in every model).
    internal static void WritePropertyName(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name) => writer.WritePropertyName(name);

    internal static void WriteNullProperty(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name) => writer.WriteNull(name);

    internal static void WriteStringProperty(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, string value) => writer.WriteString(name, value);

    internal static void WriteInt64Property(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, long value) => writer.WriteNumber(name, value);

    internal static void WriteUInt64Property(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, ulong value) => writer.WriteNumber(name, value);

    internal static void WriteBooleanProperty(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, bool value) => writer.WriteBoolean(name, value);

    internal static void WriteInt32(global::System.Text.Json.Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    internal static void WriteInt64(global::System.Text.Json.Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    internal static void WriteUInt64(global::System.Text.Json.Utf8JsonWriter writer, ulong value) => writer.WriteNumberValue(value);

    internal static void WriteBoolean(global::System.Text.Json.Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    internal static void WriteElement(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonElement value) => value.WriteTo(writer);

    /// <summary>Writes a finite double as a number; NaN and infinities (not valid JSON numbers) as strings.</summary>
    internal static void WriteDouble(global::System.Text.Json.Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    internal static void WriteNumberOrString(global::System.Text.Json.Utf8JsonWriter writer, NumberOrString value)
    {
        if (value.IsNumber)
        {
            writer.WriteRawValue(value.ToString(), skipInputValidation: false);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }

    internal static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.List<T> list, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartArray();
        foreach (T item in list)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }

    internal static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.Dictionary<string, T> map, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartObject();
        foreach (global::System.Collections.Generic.KeyValuePair<string, T> entry in map)
        {
            writer.WritePropertyName(entry.Key);
            writeItem(writer, entry.Value);
        }

        writer.WriteEndObject();
    }

    internal static string ToJsonString<T>(T value, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
    {
        var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return global::System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static string? ToText(long? value) => value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string? ToText(int? value) => value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string? ToText(ulong? value) => value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string? ToText(double? value)
    {
        if (value is not { } number)
        {
            return null;
        }

        // Integral codes (the common case: 0, 200, 1000) format like integers, fast and cached.
        return number == global::System.Math.Floor(number) && number is >= long.MinValue and <= long.MaxValue
            ? ((long)number).ToString(global::System.Globalization.CultureInfo.InvariantCulture)
            : number.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static string? ToText(bool? value) => value is null ? null : value.Value ? "true" : "false";

    internal static string? ToText(global::System.Text.Json.JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: global::System.Text.Json.JsonValueKind.String } element => element.GetString(),
        { ValueKind: global::System.Text.Json.JsonValueKind.Null or global::System.Text.Json.JsonValueKind.Undefined } => null,
        { } element => element.GetRawText(),
    };

    private static string RawText(ref global::System.Text.Json.Utf8JsonReader reader)
        => reader.HasValueSequence
            ? global::System.Text.Encoding.UTF8.GetString(global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence))
            : global::System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
}

/// <summary>A buffered HTTP response, and how problems found while reading it are handled.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
internal readonly struct SpecGenResponse
{
    public SpecGenResponse(string operationId, global::System.Net.HttpStatusCode statusCode, byte[] body, SpecGenReading reading)
    {
        OperationId = operationId;
        StatusCode = statusCode;
        Body = body;
        Reading = reading;
    }

    public string OperationId { get; }

    public global::System.Net.HttpStatusCode StatusCode { get; }

    public byte[] Body { get; }

    public SpecGenReading Reading { get; }
}

/// <summary>The client's settings for reading responses.</summary>
/// <param name="MaxErrorBodyLength">How much of the body an exception keeps.</param>
/// <param name="Strict">Throw on a value that is not of the documented type.</param>
/// <param name="Report">Told each such value when not strict.</param>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
internal readonly record struct SpecGenReading(int MaxErrorBodyLength, bool Strict, global::System.Action<JsonReadProblem>? Report);

/// <summary>HTTP helpers shared by the generated client.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
internal static class SpecGenHttp
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

    internal static global::System.Net.Http.HttpContent CreateFileContent(FileUpload file)
    {
        var content = new global::System.Net.Http.StreamContent(file.Content);
        content.Headers.ContentType = ParseMediaType(file.ContentType);
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
    /// Network failures and timeouts become <see cref="$API$TransportException"/>; cancellation through
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
            $API$ResponseCapture.Record(operationId, response, body);
        }
        catch (global::System.OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (global::System.Exception e) when (e is global::System.Net.Http.HttpRequestException or global::System.OperationCanceledException or global::System.IO.IOException)
        {
            bool timeout = e is global::System.OperationCanceledException;
            log?.Invoke(operationId, request, null, global::System.Diagnostics.Stopwatch.GetElapsedTime(started), e);
            throw new $API$TransportException(
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
            throw new $API$HttpException(text, operationId, status, RawBody(result), code, message);
        }

        return result;
    }

    internal static T? ReadJson<T>(SpecGenResponse response, SpecGenJson.ReadFunc<T?> read)
        where T : class
    {
        if (response.Body.Length == 0)
        {
            return null;
        }

        T? value;
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

    internal static T? ReadJsonValue<T>(SpecGenResponse response, SpecGenJson.ReadFunc<T?> read)
        where T : struct
    {
        if (response.Body.Length == 0)
        {
            return null;
        }

        T? value;
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

    /// <summary>A body the spec does not describe: its JSON, or (not JSON) its text as a JSON string; null when empty.</summary>
    internal static global::System.Text.Json.JsonElement? ReadUndocumented(SpecGenResponse response)
    {
        if (response.Body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = global::System.Text.Json.JsonDocument.Parse(response.Body);
            return document.RootElement.Clone();
        }
        catch (global::System.Text.Json.JsonException)
        {
            var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(response.Body.Length + 2);
            using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
            {
                writer.WriteStringValue(ReadText(response));
            }

            using var text = global::System.Text.Json.JsonDocument.Parse(buffer.WrittenMemory);
            return text.RootElement.Clone();
        }
    }

    internal static string ReadText(SpecGenResponse response) => global::System.Text.Encoding.UTF8.GetString(response.Body);

    internal static T ReadEnvelope<T>(SpecGenResponse response, SpecGenJson.ReadFunc<T?> read)
        where T : class
        => ReadJson(response, read)
            ?? throw new $API$UnexpectedResponseException(response.OperationId + " returned no response envelope (HTTP " + ((int)response.StatusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ").", response.OperationId, response.StatusCode, RawBody(response), null);

    internal static void EnsureBusinessSuccess<TEnvelope>(SpecGenResponse response, string? code, string? message, TEnvelope envelope, string[] successCodes)
        where TEnvelope : class
    {
        if (code is not null && global::System.Array.IndexOf(successCodes, code) >= 0)
        {
            return;
        }

        string text = code is null
            ? response.OperationId + " returned a response envelope without a business code."
            : response.OperationId + " failed with business code " + Clip(code) + (message is null ? "." : ": " + Clip(message) + ".");
        throw new $BEXC$<TEnvelope>(text, response.OperationId, response.StatusCode, RawBody(response), code, message, envelope);
    }

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
            throw new $API$UnexpectedResponseException(
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

    private static $API$UnexpectedResponseException InvalidJson(SpecGenResponse response, global::System.Exception inner)
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
""";
}
