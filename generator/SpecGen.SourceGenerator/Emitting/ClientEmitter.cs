using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>Emits the client interface and class: one task-returning method per operation (plus an envelope variant).</summary>
internal sealed class ClientEmitter
{
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string CancellationToken = "global::System.Threading.CancellationToken";
    private const string HttpRequestMessage = "global::System.Net.Http.HttpRequestMessage";

    private readonly ApiSpec _api;
    private readonly ApiNames _names;
    private readonly TypeSyntax _types;
    private readonly List<EquatableArray<SecurityAlternative>> _authSets = new();
    private readonly List<EquatableArray<string>> _successSets = new();
    private readonly Dictionary<string, SecuritySchemeSpec> _schemes = new(StringComparer.Ordinal);

    private readonly bool _logging;

    private ClientEmitter(ApiSpec api, bool logging)
    {
        _api = api;
        _logging = logging;
        _names = api.Names;
        // Qualified: a model may share a name with a private helper (op "user" → CreateUserRequest()).
        _types = new TypeSyntax(api.Names, qualifyModels: true);
        foreach (SecuritySchemeSpec scheme in api.SecuritySchemes)
        {
            _schemes[scheme.Key] = scheme;
        }

        foreach (OperationSpec operation in api.Operations)
        {
            if (!operation.Security.IsEmpty && !_authSets.Contains(operation.Security))
            {
                _authSets.Add(operation.Security);
            }

            if (operation.Response.Envelope is { } envelope && !_successSets.Contains(envelope.SuccessValues))
            {
                _successSets.Add(envelope.SuccessValues);
            }
        }
    }

    /// <param name="logging">Microsoft.Extensions.Logging is referenced: the client takes an optional ILogger.</param>
    public static string Emit(ApiSpec api, bool logging) => new ClientEmitter(api, logging).Emit();

    private string Emit()
    {
        var w = new CodeWriter();
        w.Header();
        w.Line("namespace " + _names.Namespace + ";");
        w.Line();
        EmitInterface(w);
        w.Line();
        EmitClass(w);
        return w.ToString();
    }

    private void EmitInterface(CodeWriter w)
    {
        w.Doc("summary", ClientSummary);
        w.Doc("remarks", _api.Description);
        w.Line(Emitter.GeneratedCodeAttribute);
        w.Open("public partial interface " + _names.InterfaceName);
        bool first = true;
        foreach (OperationSpec operation in _api.Operations)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            EmitMethodDocs(w, operation, withEnvelope: false);
            w.Line(Signature(operation, withEnvelope: false, implementation: false) + ";");
            if (HasEnvelopeVariant(operation))
            {
                w.Line();
                EmitMethodDocs(w, operation, withEnvelope: true);
                w.Line(Signature(operation, withEnvelope: true, implementation: false) + ";");
            }
        }

        w.Close();
    }

    private void EmitClass(CodeWriter w)
    {
        string client = _names.ClientName;
        w.Doc("summary", ClientSummary);
        w.DocXml("remarks", "Register it with <c>services.Add" + _names.ClientName + "(…)</c> (IHttpClientFactory) or create it around an <see cref=\"global::System.Net.Http.HttpClient\"/>. Errors throw <see cref=\"" + _names.ExceptionName + "\"/>.");
        w.Line(Emitter.GeneratedCodeAttribute);
        w.Open("public sealed partial class " + client + " : " + _names.InterfaceName);
        w.Line("/// <summary>");
        w.Line("/// The spec's first absolute server URL, or null. Never used as a default: documented servers are often");
        w.Line("/// placeholders (<c>http://域名地址</c>) or the vendor's production host, so a client needs a base address.");
        w.Line("/// </summary>");
        w.Line("public const string? DocumentedServer = " + (_api.DefaultServer is null ? "null" : Literals.String(_api.DefaultServer)) + ";");
        for (int i = 0; i < _successSets.Count; i++)
        {
            var values = new List<string>();
            foreach (string value in _successSets[i])
            {
                values.Add(Literals.String(value));
            }

            w.Line();
            w.Line("private static readonly string[] SuccessCodes" + i.ToString(CultureInfo.InvariantCulture) + " = [" + string.Join(", ", values) + "];");
        }

        w.Line();
        w.Line("private readonly global::System.Net.Http.HttpClient _httpClient;");
        w.Line("private readonly " + _names.OptionsName + " _options;");
        w.Line("private readonly global::System.Uri _baseAddress;");
        if (_logging)
        {
            w.Line("private readonly " + Logger + "? _logger;");
        }

        w.Line();
        w.Line("/// <summary>Creates a client with default options: the base address comes from <see cref=\"global::System.Net.Http.HttpClient.BaseAddress\"/>.</summary>");
        w.Line("/// <param name=\"httpClient\">The HTTP client; its lifetime is managed by the caller.</param>");
        w.Line("public " + client + "(global::System.Net.Http.HttpClient httpClient)");
        w.Line("    : this(httpClient, new " + _names.OptionsName + "())");
        w.Line("{");
        w.Line("}");
        w.Line();
        if (_logging)
        {
            w.Line("/// <summary>Creates a client that logs nothing.</summary>");
            w.Line("/// <param name=\"httpClient\">The HTTP client; its lifetime is managed by the caller.</param>");
            w.Line("/// <param name=\"options\">Base address and credentials; read on every request, so credential changes apply at once.</param>");
            w.Line("/// <exception cref=\"global::System.InvalidOperationException\">Neither the options nor the HTTP client give an absolute base address.</exception>");
            w.Line("public " + client + "(global::System.Net.Http.HttpClient httpClient, " + _names.OptionsName + " options)");
            w.Line("    : this(httpClient, options, null)");
            w.Line("{");
            w.Line("}");
            w.Line();
        }

        w.Line("/// <summary>Creates a client.</summary>");
        w.Line("/// <param name=\"httpClient\">The HTTP client; its lifetime is managed by the caller.</param>");
        w.Line("/// <param name=\"options\">Base address and credentials; read on every request, so credential changes apply at once.</param>");
        if (_logging)
        {
            w.Line("/// <param name=\"logger\">Logs each request's method, path (never the query string or headers), status and duration; null logs nothing.</param>");
        }

        w.Line("/// <exception cref=\"global::System.InvalidOperationException\">Neither the options nor the HTTP client give an absolute base address.</exception>");
        w.Open("public " + client + "(global::System.Net.Http.HttpClient httpClient, " + _names.OptionsName + " options" + (_logging ? ", " + Logger + "<" + client + ">? logger" : string.Empty) + ")");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
        w.Line("_httpClient = httpClient;");
        w.Line("_options = options;");
        w.Line("_baseAddress = " + _types.Http + ".ResolveBaseAddress(options.BaseAddress, httpClient.BaseAddress, DocumentedServer, nameof(" + _names.OptionsName + "));");
        if (_logging)
        {
            w.Line("_logger = logger;");
        }

        w.Close();
        foreach (OperationSpec operation in _api.Operations)
        {
            w.Line();
            EmitOperation(w, operation);
        }

        for (int i = 0; i < _authSets.Count; i++)
        {
            w.Line();
            EmitAuth(w, i, _authSets[i]);
        }

        w.Line();
        EmitSendHelpers(w);
        w.Line();
        w.Line("private global::System.Threading.Tasks.ValueTask<" + ResponseType + "> SendBufferedAsync(" + HttpRequestMessage + " httpRequest, string operationId, " + CancellationToken + " cancellationToken)");
        w.Line("    => " + _types.Http + ".SendAsync(_httpClient, httpRequest, operationId, new SpecGenReading(_options.MaxErrorBodyLength, _options.StrictReading, " + (_logging ? "_logger is null ? _options.ReadProblem : ReportReadProblem" : "_options.ReadProblem") + "), "
            + (_api.EnvelopeCodeWireName is null ? "null" : Literals.String(_api.EnvelopeCodeWireName)) + ", "
            + (_api.EnvelopeMessageWireName is null ? "null" : Literals.String(_api.EnvelopeMessageWireName)) + ", "
            + (_logging ? "_logger is null ? null : LogAttempt" : "null") + ", cancellationToken);");
        if (_logging)
        {
            w.Line();
            EmitLogging(w);
        }

        w.Close();
    }

    private const string Logger = "global::Microsoft.Extensions.Logging.ILogger";

    /// <summary>
    /// The client's only async methods besides the runtime's send: every operation method delegates to one of them
    /// (see <see cref="EmitOperation"/>). They own the request and dispose it once the response is buffered.
    /// </summary>
    private static void EmitSendHelpers(CodeWriter w)
    {
        w.Line("/// <summary>Sends an operation's request, disposes it and reads the buffered response with <paramref name=\"read\"/>.</summary>");
        w.Open("private async " + Task + "<TResult> SendAsync<TResult>(" + HttpRequestMessage + " httpRequest, string operationId, global::System.Func<" + ResponseType + ", TResult> read, " + CancellationToken + " cancellationToken)");
        w.Open("using (httpRequest)");
        w.Line(ResponseType + " httpResponse = await SendBufferedAsync(httpRequest, operationId, cancellationToken).ConfigureAwait(false);");
        w.Line("return read(httpResponse);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>Sends the request of an operation without a result and disposes it.</summary>");
        w.Open("private async " + Task + " SendAsync(" + HttpRequestMessage + " httpRequest, string operationId, " + CancellationToken + " cancellationToken)");
        w.Open("using (httpRequest)");
        w.Line("await SendBufferedAsync(httpRequest, operationId, cancellationToken).ConfigureAwait(false);");
        w.Close();
        w.Close();
    }

    /// <summary>Log messages (LoggerMessage.Define: no boxing, AOT-safe) carry the operation, method, path without query, status and time.</summary>
    private static void EmitLogging(CodeWriter w)
    {
        const string Logging = "global::Microsoft.Extensions.Logging.";
        w.Line("private static readonly global::System.Action<" + Logger + ", string, string, string?, int, double, global::System.Exception?> LogAnswered =");
        w.Line("    " + Logging + "LoggerMessage.Define<string, string, string?, int, double>(" + Logging + "LogLevel.Information, new " + Logging + "EventId(1, \"Answered\"), \"{OperationId}: {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms\");");
        w.Line();
        w.Line("private static readonly global::System.Action<" + Logger + ", string, string, string?, int, double, global::System.Exception?> LogFailedStatus =");
        w.Line("    " + Logging + "LoggerMessage.Define<string, string, string?, int, double>(" + Logging + "LogLevel.Warning, new " + Logging + "EventId(2, \"FailedStatus\"), \"{OperationId}: {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms\");");
        w.Line();
        w.Line("private static readonly global::System.Action<" + Logger + ", string, string, string?, double, global::System.Exception?> LogNoResponse =");
        w.Line("    " + Logging + "LoggerMessage.Define<string, string, string?, double>(" + Logging + "LogLevel.Warning, new " + Logging + "EventId(3, \"NoResponse\"), \"{OperationId}: {Method} {Path} got no response after {ElapsedMilliseconds} ms\");");
        w.Line();
        w.Line("private static readonly global::System.Action<" + Logger + ", string?, string, string, string, global::System.Exception?> LogReadProblem =");
        w.Line("    " + Logging + "LoggerMessage.Define<string?, string, string, string>(" + Logging + "LogLevel.Warning, new " + Logging + "EventId(4, \"ReadProblem\"), \"{OperationId}: {Type}.{Member} is not of the documented type and was kept in UnreadValues: {RawJson}\");");
        w.Line();
        w.Line("/// <summary>Logs a response value that is not of the documented type (the value is data, not a credential), then tells the options' callback.</summary>");
        w.Open("private void ReportReadProblem(" + ApiNames.ReadProblemName + " problem)");
        w.Line("LogReadProblem(_logger!, problem.OperationId, problem.Type, problem.Member, problem.RawJson, null);");
        w.Line("_options.ReadProblem?.Invoke(problem);");
        w.Close();
        w.Line();
        w.Line("/// <summary>Logs one request; the path is redacted of query string and user info, headers are never logged.</summary>");
        w.Open("private void LogAttempt(string operationId, " + HttpRequestMessage + " request, global::System.Net.HttpStatusCode? status, global::System.TimeSpan elapsed, global::System.Exception? failure)");
        w.Line(Logger + " logger = _logger!;");
        w.Line("string? path = " + ApiNames.HttpHelperName + ".RedactUri(request.RequestUri);");
        w.Line("double milliseconds = global::System.Math.Round(elapsed.TotalMilliseconds, 1);");
        w.Open("if (status is not { } code)");
        w.Line("LogNoResponse(logger, operationId, request.Method.Method, path, milliseconds, failure);");
        w.Close();
        w.Open("else if ((int)code is >= 200 and <= 299)");
        w.Line("LogAnswered(logger, operationId, request.Method.Method, path, (int)code, milliseconds, null);");
        w.Close();
        w.Open("else");
        w.Line("LogFailedStatus(logger, operationId, request.Method.Method, path, (int)code, milliseconds, null);");
        w.Close();
        w.Close();
    }

    private string ClientSummary
    {
        get
        {
            string title = _api.Title.Trim();
            bool endsWithApi = title.EndsWith("API", StringComparison.OrdinalIgnoreCase);
            return "Client for the " + title + (endsWithApi ? string.Empty : " API") + (_api.Version is null ? "." : " (version " + _api.Version + ").");
        }
    }

    private static string ResponseType => ApiNames.BufferedResponseName;

    private static bool HasEnvelopeVariant(OperationSpec operation) => operation.Response.Envelope is not null;

    private string ReturnType(OperationSpec operation, bool withEnvelope)
        => ResultType(operation, withEnvelope) is { } result ? Task + "<" + result + ">" : Task;

    /// <summary>The type of the task's result, or null when the operation returns a plain task.</summary>
    private string? ResultType(OperationSpec operation, bool withEnvelope)
    {
        ResponseSpec response = operation.Response;
        if (withEnvelope)
        {
            return _types.Name(response.Type!);
        }

        if (response.Envelope is { } envelope)
        {
            return envelope.DataType is not null ? _types.Nullable(envelope.DataType)
                : envelope.UndocumentedDataWireName is not null ? _types.Nullable(TypeRef.Json)
                : null;
        }

        return response.Kind switch
        {
            ResponseKind.Json or ResponseKind.Undocumented => _types.Nullable(response.Type!),
            ResponseKind.Text => "string",
            ResponseKind.Binary => "byte[]",
            _ => null,
        };
    }

    /// <summary>Required arguments first (path, query, header, body), then optional ones, then the token.</summary>
    private List<(string Type, string Name, bool Required, string? Doc)> Arguments(OperationSpec operation)
    {
        var required = new List<(string, string, bool, string?)>();
        var optional = new List<(string, string, bool, string?)>();
        foreach (ParameterSpec parameter in operation.Parameters)
        {
            string where = parameter.In switch
            {
                ParameterLocation.Path => "path",
                ParameterLocation.Query => "query",
                _ => "header",
            };
            string doc = (parameter.Description ?? "The " + parameter.WireName + " " + where + " parameter.")
                + (parameter.OptionsProperty is null ? string.Empty : " Default: the options' " + parameter.OptionsProperty + ".");
            if (parameter.Required)
            {
                required.Add((_types.Name(parameter.Type), parameter.Name, true, doc));
            }
            else
            {
                optional.Add((_types.Nullable(parameter.Type), parameter.Name, false, doc));
            }
        }

        if (operation.Body is { } body)
        {
            string doc = body.Description ?? "The request body.";
            if (body.Kind is BodyKind.Text or BodyKind.Binary)
            {
                doc += (doc.EndsWith(".", StringComparison.Ordinal) ? " " : ". ") + "Sent as " + MediaTypeOnly(body.MediaType) + ".";
            }
            if (body.Required)
            {
                required.Add((_types.Name(body.Type), body.ParameterName, true, doc));
            }
            else
            {
                optional.Insert(0, (_types.Nullable(body.Type), body.ParameterName, false, doc));
            }
        }

        required.AddRange(optional);
        return required;
    }

    private string Signature(OperationSpec operation, bool withEnvelope, bool implementation)
    {
        var sb = new StringBuilder();
        if (implementation)
        {
            sb.Append("public ");
        }

        sb.Append(ReturnType(operation, withEnvelope)).Append(' ').Append(MethodName(operation, withEnvelope)).Append('(');
        foreach ((string type, string name, bool required, _) in Arguments(operation))
        {
            sb.Append(type).Append(' ').Append(name).Append(required ? ", " : " = null, ");
        }

        sb.Append(CancellationToken).Append(" cancellationToken = default)");
        return sb.ToString();
    }

    private static string MethodName(OperationSpec operation, bool withEnvelope) => operation.Name + (withEnvelope ? "WithEnvelopeAsync" : "Async");

    private void EmitMethodDocs(CodeWriter w, OperationSpec operation, bool withEnvelope)
    {
        w.Doc("summary", operation.Summary ?? operation.OperationId);
        w.Line("/// <remarks>");
        foreach (string line in Literals.DocLines(operation.Description))
        {
            w.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        string http = "<para><c>" + Literals.DocText(operation.Method + " " + operation.Path) + "</c> (operation <c>" + Literals.DocText(operation.OperationId) + "</c>"
            + (operation.SourceLine is { } line2 ? ", documented at line " + line2.ToString(CultureInfo.InvariantCulture) + " of the source" : string.Empty) + ")."
            + (operation.Deprecated ? " Deprecated." : string.Empty) + "</para>";
        w.Line("/// " + http);
        if (withEnvelope)
        {
            w.Line("/// <para>Returns the whole response envelope without checking its business code.</para>");
        }

        w.Line("/// </remarks>");
        foreach ((_, string name, _, string? doc) in Arguments(operation))
        {
            w.Doc("param", doc, "name=\"" + name.TrimStart('@') + "\"");
        }

        w.Line("/// <param name=\"cancellationToken\">Cancels the request.</param>");
        ResponseSpec response = operation.Response;
        string? returns = withEnvelope
            ? "The response envelope. " + (response.Description ?? string.Empty)
            : response.Envelope is { } envelope
                ? envelope.DataType is not null ? "The envelope's data. " + (response.Description ?? string.Empty)
                    : envelope.UndocumentedDataWireName is not null ? "The envelope's data, which the spec does not describe, as raw JSON; null when absent."
                    : null
                : response.Kind switch
                {
                    ResponseKind.None => null,
                    ResponseKind.Undocumented => "The response body, which the spec does not describe, as raw JSON (a body that is not JSON as a JSON string of its text); null when empty." + (response.Description is null ? string.Empty : " " + response.Description),
                    _ => response.Description ?? "The response.",
                };
        if (returns is not null)
        {
            w.Doc("returns", returns.Trim());
        }

        string exception = response.Envelope is not null && !withEnvelope
            ? "The HTTP status is not a success, the body cannot be read, or (<see cref=\"" + _names.BusinessExceptionName + "\"/>) the business code is not a success code."
            : "The HTTP status is not a success or the body cannot be read.";
        w.DocXml("exception", exception, "cref=\"" + _names.ExceptionName + "\"");
    }

    /// <summary>
    /// An operation method is not async: it builds the request (argument checks throw at the call, not from the
    /// task) and hands it, with a static lambda that reads the result, to one of the client's two async
    /// <c>SendAsync</c> helpers. An async method per operation was a compiler-made state machine each (GitHub's 706
    /// operations: 706 of them), which made the generated client slower to compile than Kiota's (issue 13).
    /// Measured on GitHub's output (2 cores, shared, same process, interleaved): the client file's share of the
    /// compile fell from 1.1–1.2 s to 0.7–0.8 s, the whole output from 2.8–3.4 s to 2.5–3.0 s. Passing the model's
    /// <c>ReadJson</c> as a method group to a JSON-only helper instead of a lambda (334 of GitHub's 540 reads) gained
    /// nothing measurable (2.86 s against 2.78 s, median), so one shape serves every result.
    /// </summary>
    private void EmitOperation(CodeWriter w, OperationSpec operation)
    {
        var callArgs = new List<string>();
        foreach ((_, string name, _, _) in Arguments(operation))
        {
            callArgs.Add(name);
        }

        string createCall = "Create" + operation.Name + "Request(" + string.Join(", ", callArgs) + ")";
        ResponseSpec result = operation.Response;

        w.Line("/// <inheritdoc />");
        w.Line(Signature(operation, withEnvelope: false, implementation: true));
        if (result.Kind == ResponseKind.None)
        {
            w.Line("    => SendAsync(" + createCall + ", " + Literals.String(operation.OperationId) + ", cancellationToken);");
        }
        else if (result.Envelope is { } envelope)
        {
            EmitEnvelopeCheck(w, operation, envelope, createCall);
        }
        else
        {
            w.Line("    => " + SendCall(operation, withEnvelope: false, createCall) + "static httpResponse => " + ReadResult(result) + ", cancellationToken);");
        }

        if (HasEnvelopeVariant(operation))
        {
            w.Line();
            w.Line("/// <inheritdoc />");
            w.Line(Signature(operation, withEnvelope: true, implementation: true));
            w.Line("    => " + SendCall(operation, withEnvelope: true, createCall) + "static httpResponse => " + ReadEnvelope(result) + ", cancellationToken);");
        }

        w.Line();
        EmitCreateRequest(w, operation);
    }

    /// <summary>
    /// The start of a call to the generic <c>SendAsync</c>, up to its read argument. The result type is spelled out:
    /// the compiler binds the lambda once against it instead of inferring it, and a read whose type is not nullable
    /// (an envelope's required data) still converts to the declared nullable result.
    /// An envelope without data has no result: the task of its envelope is returned as a plain task.
    /// </summary>
    private string SendCall(OperationSpec operation, bool withEnvelope, string createCall)
    {
        string resultType = ResultType(operation, withEnvelope) ?? _types.Name(operation.Response.Type!);
        return "SendAsync<" + resultType + ">(" + createCall + ", " + Literals.String(operation.OperationId) + ", ";
    }

    private string ReadEnvelope(ResponseSpec response) => _types.Http + ".ReadEnvelope(httpResponse, " + _types.ReadFunc(response.Type!) + ")";

    /// <summary>
    /// Reads the envelope, throws unless its business code is a success code, and returns its data, in a block
    /// lambda. Cheaper than keeping these operations async: Maxim's output (178 envelope operations) compiled in
    /// 1.37 s (median) this way, in 1.47 s with async envelope operations, and in 1.54 s before.
    /// </summary>
    private void EmitEnvelopeCheck(CodeWriter w, OperationSpec operation, EnvelopeUse envelope, string createCall)
    {
        int successIndex = _successSets.IndexOf(envelope.SuccessValues);
        w.Line("    => " + SendCall(operation, withEnvelope: false, createCall) + "static httpResponse =>");
        w.Indent();
        w.Open();
        w.Line("var envelope = " + ReadEnvelope(operation.Response) + ";");
        w.Line(_types.Http + ".EnsureBusinessSuccess(");
        w.Line("    httpResponse,");
        w.Line("    " + _types.ToNullableText(envelope.CodeType, "envelope." + envelope.CodeProperty) + ",");
        w.Line("    " + (envelope.MessageProperty is null ? "null" : _types.ToNullableText(envelope.MessageType!, "envelope." + envelope.MessageProperty)) + ",");
        w.Line("    envelope,");
        w.Line("    SuccessCodes" + successIndex.ToString(CultureInfo.InvariantCulture) + ");");
        if (envelope.DataProperty is not null)
        {
            w.Line("return envelope." + envelope.DataProperty + ";");
        }
        else if (envelope.UndocumentedDataWireName is not null)
        {
            w.Line("return " + _types.Json + ".Member(envelope.AdditionalProperties, " + Literals.String(envelope.UndocumentedDataWireName) + ");");
        }
        else
        {
            w.Line("return envelope;");
        }

        w.Close(", cancellationToken);");
        w.Outdent();
    }

    private string ReadResult(ResponseSpec response)
    {
        switch (response.Kind)
        {
            case ResponseKind.Text:
                return _types.Http + ".ReadText(httpResponse)";
            case ResponseKind.Binary:
                return "httpResponse.Body";
            case ResponseKind.Undocumented:
                return _types.Http + ".ReadUndocumented(httpResponse)";
        }

        TypeRef type = response.Type!;
        if (type.Kind == TypeKind.String)
        {
            return _types.Http + ".ReadJsonString(httpResponse)";
        }

        return _types.Http + (type.IsValueType ? ".ReadJsonValue(httpResponse, " : ".ReadJson(httpResponse, ") + _types.ReadFunc(type) + ")";
    }

    private void EmitCreateRequest(CodeWriter w, OperationSpec operation)
    {
        var parameters = new List<string>();
        foreach ((string type, string name, _, _) in Arguments(operation))
        {
            parameters.Add(type + " " + name);
        }

        w.Open("private " + HttpRequestMessage + " Create" + operation.Name + "Request(" + string.Join(", ", parameters) + ")");
        foreach ((string type, string name, bool required, _) in Arguments(operation))
        {
            if (required && IsReferenceArgument(operation, name))
            {
                w.Line("global::System.ArgumentNullException.ThrowIfNull(" + name + ");");
            }
        }

        w.Line("string? queryString = null;");
        foreach (ParameterSpec parameter in operation.Parameters)
        {
            if (parameter.In == ParameterLocation.Query)
            {
                EmitQueryParameter(w, parameter);
            }
        }

        w.Line("var httpRequest = new " + HttpRequestMessage + "(" + HttpMethodExpression(operation.Method) + ", (global::System.Uri?)null);");
        if (operation.RetrySafe)
        {
            w.Line(_types.Http + ".MarkRetrySafe(httpRequest);");
        }
        if (!operation.Security.IsEmpty)
        {
            w.Line("ApplyAuth" + _authSets.IndexOf(operation.Security).ToString(CultureInfo.InvariantCulture) + "(httpRequest, ref queryString);");
        }

        foreach (ParameterSpec parameter in operation.Parameters)
        {
            if (parameter.In == ParameterLocation.Header)
            {
                EmitHeaderParameter(w, parameter);
            }
        }

        w.Line("httpRequest.RequestUri = " + _types.Http + ".BuildUri(_baseAddress, " + PathExpression(operation) + ", queryString);");
        if (operation.Body is { } body)
        {
            EmitBody(w, body);
        }

        w.Line("return httpRequest;");
        w.Close();
    }

    private static bool IsReferenceArgument(OperationSpec operation, string name)
    {
        foreach (ParameterSpec parameter in operation.Parameters)
        {
            if (parameter.Name == name)
            {
                return !parameter.Type.IsValueType;
            }
        }

        return operation.Body is { } body && body.ParameterName == name && !body.Type.IsValueType;
    }

    private static string HttpMethodExpression(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        _ => "global::System.Net.Http.HttpMethod.Trace",
    };

    /// <summary>A value of a non-null argument (unwrapping Nullable for optional value types).</summary>
    private static string Value(ParameterSpec parameter) => !parameter.Required && parameter.Type.IsValueType ? parameter.Name + ".Value" : parameter.Name;

    private string ParameterText(TypeRef type, string value)
        => type.Kind == TypeKind.Array && type.Element!.IsScalar
            ? _types.Http + ".Join(" + value + ", static item => " + _types.ToText(type.Element, "item") + ")"
            : _types.ToText(type, value);

    private void EmitQueryParameter(CodeWriter w, ParameterSpec parameter)
    {
        bool guard = !parameter.Required || !parameter.Type.IsValueType;
        if (guard)
        {
            w.Open("if (" + parameter.Name + " is not null)");
        }

        string name = Literals.String(parameter.WireName);
        if (parameter.Type.Kind == TypeKind.Array && parameter.Type.Element!.IsScalar && parameter.Explode)
        {
            w.Open("foreach (" + _types.Name(parameter.Type.Element) + " item in " + Value(parameter) + ")");
            w.Line("queryString = " + _types.Http + ".AppendQuery(queryString, " + name + ", " + _types.ToText(parameter.Type.Element, "item") + ");");
            w.Close();
        }
        else
        {
            w.Line("queryString = " + _types.Http + ".AppendQuery(queryString, " + name + ", " + ParameterText(parameter.Type, Value(parameter)) + ");");
        }

        if (guard)
        {
            w.Close();
        }
    }

    private void EmitHeaderParameter(CodeWriter w, ParameterSpec parameter)
    {
        if (parameter.OptionsProperty is { } property)
        {
            // The argument wins; otherwise the default from the options.
            string value = parameter.Name + " ?? _options." + property;
            w.Open("if ((" + value + ") is not null)");
            w.Line("httpRequest.Headers.TryAddWithoutValidation(" + Literals.String(parameter.WireName) + ", " + value + ");");
            w.Close();
            return;
        }

        bool guard = !parameter.Required || !parameter.Type.IsValueType;
        if (guard)
        {
            w.Open("if (" + parameter.Name + " is not null)");
        }

        w.Line("httpRequest.Headers.TryAddWithoutValidation(" + Literals.String(parameter.WireName) + ", " + ParameterText(parameter.Type, Value(parameter)) + ");");
        if (guard)
        {
            w.Close();
        }
    }

    private string PathExpression(OperationSpec operation)
    {
        string path = operation.Path.TrimStart('/');
        var parts = new List<string>();
        var literal = new StringBuilder();
        int i = 0;
        bool startsWithParameter = path.StartsWith("{", StringComparison.Ordinal);
        while (i < path.Length)
        {
            int open = path.IndexOf('{', i);
            int close = open < 0 ? -1 : path.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                literal.Append(path, i, path.Length - i);
                break;
            }

            literal.Append(path, i, open - i);
            string name = path.Substring(open + 1, close - open - 1);
            ParameterSpec? parameter = null;
            foreach (ParameterSpec candidate in operation.Parameters)
            {
                if (candidate.In == ParameterLocation.Path && candidate.WireName == name)
                {
                    parameter = candidate;
                    break;
                }
            }

            if (parameter is null)
            {
                literal.Append(path, open, close - open + 1);
            }
            else
            {
                if (literal.Length > 0)
                {
                    parts.Add(Literals.String(literal.ToString()));
                    literal.Clear();
                }

                parts.Add("global::System.Uri.EscapeDataString(" + ParameterText(parameter.Type, parameter.Name) + ")");
            }

            i = close + 1;
        }

        if (literal.Length > 0)
        {
            parts.Add(Literals.String(literal.ToString()));
        }

        // "./" keeps a leading parameter or a "name:" segment from being read as an absolute URI or host.
        string firstSegment = path.Split('/')[0];
        bool needsDotSlash = startsWithParameter || firstSegment.Contains(":");
        if (parts.Count == 0)
        {
            return "\"\"";
        }

        if (needsDotSlash)
        {
            parts.Insert(0, "\"./\"");
        }

        return string.Join(" + ", parts);
    }

    private void EmitBody(CodeWriter w, BodySpec body)
    {
        string name = body.ParameterName;
        bool guard = !body.Required;
        if (guard)
        {
            w.Open("if (" + name + " is not null)");
        }

        string value = !body.Required && body.Type.IsValueType ? name + ".Value" : name;
        switch (body.Kind)
        {
            case BodyKind.Json:
                w.Line("httpRequest.Content = " + _types.Http + ".CreateJsonContent(" + value + ", " + _types.WriteFunc(body.Type) + ");");
                break;
            case BodyKind.Text:
                w.Line("httpRequest.Content = new global::System.Net.Http.StringContent(" + value + ", global::System.Text.Encoding.UTF8, " + Literals.String(MediaTypeOnly(body.MediaType)) + ");");
                break;
            case BodyKind.Binary:
                w.Line("httpRequest.Content = " + _types.Http + ".CreateStreamContent(" + value + ", " + Literals.String(MediaTypeOnly(body.MediaType)) + ");");
                break;
            case BodyKind.Multipart:
                EmitMultipart(w, body, value);
                break;
            default:
                EmitFormUrlEncoded(w, body, value);
                break;
        }

        if (guard)
        {
            w.Close();
        }
    }

    /// <summary>The Content-Type a body is sent with: the media type without parameters; a wildcard one (text/*, image/*) is its generic type.</summary>
    private static string MediaTypeOnly(string mediaType)
    {
        int semicolon = mediaType.IndexOf(';');
        string result = (semicolon >= 0 ? mediaType.Substring(0, semicolon) : mediaType).Trim();
        if (!result.Contains("*"))
        {
            return result;
        }

        return result.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ? "text/plain" : "application/octet-stream";
    }

    private void EmitMultipart(CodeWriter w, BodySpec body, string value)
    {
        w.Line("var httpContent = new global::System.Net.Http.MultipartFormDataContent();");
        foreach (PropertySpec field in body.FormFields)
        {
            string access = value + "." + field.Name;
            string wire = Literals.String(field.WireName);
            w.Open("if (" + access + " is not null)");
            TypeRef type = field.Type;
            if (type.Kind == TypeKind.File)
            {
                w.Line("httpContent.Add(" + _types.Http + ".CreateFileContent(" + access + "), " + wire + ", " + access + ".FileName);");
            }
            else if (type.Kind == TypeKind.Array && type.Element!.Kind == TypeKind.File)
            {
                w.Open("foreach (" + ApiNames.FileUploadName + " item in " + access + ")");
                w.Line("httpContent.Add(" + _types.Http + ".CreateFileContent(item), " + wire + ", item.FileName);");
                w.Close();
            }
            else if (type.Kind == TypeKind.Array && type.Element!.IsScalar)
            {
                w.Open("foreach (" + _types.Name(type.Element) + " item in " + access + ")");
                w.Line("httpContent.Add(new global::System.Net.Http.StringContent(" + _types.ToText(type.Element, "item") + "), " + wire + ");");
                w.Close();
            }
            else
            {
                string nonNull = type.IsValueType ? access + ".Value" : access;
                w.Line("httpContent.Add(new global::System.Net.Http.StringContent(" + _types.ToText(type, nonNull) + "), " + wire + ");");
            }

            w.Close();
        }

        w.Line("httpRequest.Content = httpContent;");
    }

    private void EmitFormUrlEncoded(CodeWriter w, BodySpec body, string value)
    {
        w.Line("var formFields = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
        foreach (PropertySpec field in body.FormFields)
        {
            string access = value + "." + field.Name;
            string wire = Literals.String(field.WireName);
            TypeRef type = field.Type;
            w.Open("if (" + access + " is not null)");
            if (type.Kind == TypeKind.Array && type.Element!.IsScalar)
            {
                w.Open("foreach (" + _types.Name(type.Element) + " item in " + access + ")");
                w.Line("formFields.Add(new(" + wire + ", " + _types.ToText(type.Element, "item") + "));");
                w.Close();
            }
            else if (type.Kind is TypeKind.File or TypeKind.Binary || (type.Kind == TypeKind.Array && type.Element!.Kind == TypeKind.File))
            {
                w.Line("// Files cannot travel in a form-urlencoded body; the spec's field " + SafeComment(field.WireName) + " is skipped.");
            }
            else
            {
                string nonNull = type.IsValueType ? access + ".Value" : access;
                w.Line("formFields.Add(new(" + wire + ", " + _types.ToText(type, nonNull) + "));");
            }

            w.Close();
        }

        w.Line("httpRequest.Content = new global::System.Net.Http.FormUrlEncodedContent(formFields);");
    }

    private static string SafeComment(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            sb.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return sb.ToString();
    }

    private void EmitAuth(CodeWriter w, int index, EquatableArray<SecurityAlternative> alternatives)
    {
        w.Line("/// <summary>Applies the first fully configured security alternative of the operations that share it.</summary>");
        w.Open("private void ApplyAuth" + index.ToString(CultureInfo.InvariantCulture) + "(" + HttpRequestMessage + " httpRequest, ref string? queryString)");
        int variable = 0;
        bool first = true;
        foreach (SecurityAlternative alternative in alternatives)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            var conditions = new List<string>();
            var applies = new List<string>();
            foreach (string key in alternative.SchemeKeys)
            {
                SecuritySchemeSpec scheme = _schemes[key];
                string secret = "secret" + (variable++).ToString(CultureInfo.InvariantCulture);
                conditions.Add("_options." + scheme.PropertyName + " is { Length: > 0 } " + secret);
                string name = Literals.String(scheme.ParameterName);
                switch (scheme.Kind)
                {
                    case SecuritySchemeKind.ApiKeyHeader:
                        applies.Add("httpRequest.Headers.TryAddWithoutValidation(" + name + ", " + secret + ");");
                        break;
                    case SecuritySchemeKind.ApiKeyQuery:
                        applies.Add("queryString = " + _types.Http + ".AppendQuery(queryString, " + name + ", " + secret + ");");
                        break;
                    case SecuritySchemeKind.ApiKeyCookie:
                        applies.Add("httpRequest.Headers.TryAddWithoutValidation(\"Cookie\", " + name + " + \"=\" + global::System.Uri.EscapeDataString(" + secret + "));");
                        break;
                    case SecuritySchemeKind.Bearer:
                        applies.Add("httpRequest.Headers.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue(\"Bearer\", " + secret + ");");
                        break;
                    default:
                    {
                        string password = "secret" + (variable++).ToString(CultureInfo.InvariantCulture);
                        conditions.Add("_options." + scheme.SecondPropertyName + " is { } " + password);
                        applies.Add("httpRequest.Headers.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue(\"Basic\", global::System.Convert.ToBase64String(global::System.Text.Encoding.UTF8.GetBytes(" + secret + " + \":\" + " + password + ")));");
                        break;
                    }
                }
            }

            w.Open("if (" + string.Join(" && ", conditions) + ")");
            foreach (string apply in applies)
            {
                w.Line(apply);
            }

            w.Line("return;");
            w.Close();
        }

        w.Close();
    }
}
