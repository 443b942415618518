using System;
using System.Collections.Generic;
using System.Text;
using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing.Naming;

namespace SpecGen.SourceGenerator.Parsing;

// Paths and operations: parameters, request bodies, responses, envelopes.
internal sealed partial class SpecParser
{
    /// <summary>Locals the emitted method bodies use; parameters never take these names.</summary>
    private static readonly HashSet<string> EmitterLocals = new(StringComparer.Ordinal) { "cancellationToken", "httpRequest", "queryString", "httpContent", "formFields", "httpResponse", "envelope", "item" };

    /// <summary>An override of an operation's method name, set in the spec (Naming/OperationNames).</summary>
    private const string NameExtension = "x-specgen-name";

    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private List<OperationSpec> ParseOperations(Dictionary<string, SecuritySchemeSpec> schemes, List<string> extraSchemes)
    {
        var operations = new List<OperationSpec>();
        JsonNode? paths = _root.Get("paths");
        if (paths is null)
        {
            return operations;
        }

        if (!paths.IsObject)
        {
            Report(DiagnosticDescriptors.InvalidDocument, paths, "'paths' must be an object");
            return operations;
        }

        var methodNames = new NameScope();
        foreach (string reserved in new[] { "DocumentedServer", "Send", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize" })
        {
            methodNames.Add(reserved);
        }

        var operationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode> pathEntry in paths.Properties)
        {
            JsonNode? pathItem = Deref(pathEntry.Value);
            if (pathItem is null || !pathItem.IsObject)
            {
                Report(DiagnosticDescriptors.InvalidDocument, pathEntry.Value, "path item '" + pathEntry.Key + "' must be an object");
                continue;
            }

            foreach (KeyValuePair<string, JsonNode> entry in pathItem.Properties)
            {
                if (Array.IndexOf(HttpMethods, entry.Key) < 0)
                {
                    continue;
                }

                if (!entry.Value.IsObject)
                {
                    Report(DiagnosticDescriptors.InvalidDocument, entry.Value, "operation '" + entry.Key + " " + pathEntry.Key + "' must be an object");
                    continue;
                }

                OperationSpec? operation = ParseOperation(pathEntry.Key, entry.Key, pathItem, entry.Value, methodNames, operationIds, schemes, extraSchemes);
                if (operation is not null)
                {
                    operations.Add(operation);
                }
            }
        }

        return operations;
    }

    private OperationSpec? ParseOperation(
        string path,
        string method,
        JsonNode pathItem,
        JsonNode operation,
        NameScope methodNames,
        HashSet<string> operationIds,
        Dictionary<string, SecuritySchemeSpec> schemes,
        List<string> extraSchemes)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        string? operationId = NonEmpty(operation.GetString("operationId"));
        if (operationId is not null && !operationIds.Add(operationId))
        {
            Report(DiagnosticDescriptors.InvalidDocument, operation.Get("operationId"), "duplicate operationId '" + operationId + "'; the method name gets a numeric suffix");
        }

        OperationName chosen = OperationNames.Choose(method, path, operationId, NonEmpty(operation.GetString("summary")), NonEmpty(operation.GetString(NameExtension)));
        string name = ReserveOperationName(methodNames, chosen);
        if (operation.Get("callbacks") is { } callbacks)
        {
            Report(DiagnosticDescriptors.Ignored, callbacks, "callbacks of operation '" + (operationId ?? name) + "' (server-side, not part of a client)");
        }

        var locals = new NameScope(EmitterLocals);

        List<ParameterSpec> parameters = ParseParameters(path, pathItem, operation, name, locals, out List<JsonNode> bodyParams, out List<JsonNode> formParams);
        BodySpec? body = _isSwagger2
            ? ParseSwagger2Body(operation, bodyParams, formParams, name, locals)
            : ParseRequestBody(operation, name, locals);
        ResponseSpec response = ParseResponse(operation, name);
        return new OperationSpec(
            operationId ?? name,
            name,
            method.ToUpperInvariant(),
            path,
            NonEmpty(operation.GetString("summary")),
            NonEmpty(operation.GetString("description")),
            operation.GetBool("deprecated"),
            SourceLine(operation),
            parameters.ToEquatableArray(),
            body,
            response,
            ParseOperationSecurity(operation, schemes, extraSchemes),
            operation.GetBool("x-specgen-retry-safe"));
    }

    /// <summary>Reserves the name, else the first free alternative, else the name with a numeric suffix (each with its WithEnvelope twin).</summary>
    private static string ReserveOperationName(NameScope scope, OperationName chosen)
    {
        string baseName = WithoutAsyncSuffix(chosen.Name);
        if (IsTaken(scope, baseName))
        {
            foreach (string alternative in chosen.Alternatives)
            {
                if (!IsTaken(scope, WithoutAsyncSuffix(alternative)))
                {
                    baseName = WithoutAsyncSuffix(alternative);
                    break;
                }
            }
        }

        for (int i = 1; ; i++)
        {
            string candidate = i == 1 ? baseName : baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!IsTaken(scope, candidate))
            {
                scope.Add(candidate);
                scope.Add(candidate + "WithEnvelope");
                return candidate;
            }
        }
    }

    private static bool IsTaken(NameScope scope, string candidate) => scope.IsUsed(candidate) || scope.IsUsed(candidate + "WithEnvelope");

    private static string WithoutAsyncSuffix(string name) =>
        name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;

    private List<ParameterSpec> ParseParameters(
        string path,
        JsonNode pathItem,
        JsonNode operation,
        string operationName,
        NameScope locals,
        out List<JsonNode> bodyParams,
        out List<JsonNode> formParams)
    {
        // Path-level parameters first; an operation parameter with the same name+in replaces one.
        var merged = new List<JsonNode>();
        var keys = new List<string>();
        foreach (JsonNode? list in new[] { pathItem.Get("parameters"), operation.Get("parameters") })
        {
            if (list is null)
            {
                continue;
            }

            if (!list.IsArray)
            {
                Report(DiagnosticDescriptors.InvalidDocument, list, "'parameters' must be an array");
                continue;
            }

            foreach (JsonNode item in list.Items)
            {
                JsonNode? parameter = Deref(item);
                if (parameter is null || !parameter.IsObject)
                {
                    continue;
                }

                string key = parameter.GetString("in") + ":" + parameter.GetString("name");
                int index = keys.IndexOf(key);
                if (index >= 0)
                {
                    merged[index] = parameter;
                }
                else
                {
                    keys.Add(key);
                    merged.Add(parameter);
                }
            }
        }

        bodyParams = new List<JsonNode>();
        formParams = new List<JsonNode>();
        var result = new List<ParameterSpec>();
        foreach (JsonNode parameter in merged)
        {
            string? wireName = parameter.GetString("name");
            string? location = parameter.GetString("in");
            if (wireName is null || location is null)
            {
                Report(DiagnosticDescriptors.InvalidDocument, parameter, "a parameter needs 'name' and 'in'");
                continue;
            }

            ParameterLocation where;
            switch (location)
            {
                case "path":
                    where = ParameterLocation.Path;
                    break;
                case "query":
                    where = ParameterLocation.Query;
                    break;
                case "header":
                    if (wireName.Equals("Accept", StringComparison.OrdinalIgnoreCase)
                        || wireName.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                        || wireName.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
                    {
                        Report(DiagnosticDescriptors.Ignored, parameter, "header parameter '" + wireName + "' (OpenAPI says it SHALL be ignored; use a security scheme for Authorization)");
                        continue;
                    }

                    where = ParameterLocation.Header;
                    break;
                case "body" when _isSwagger2:
                    bodyParams.Add(parameter);
                    continue;
                case "formData" when _isSwagger2:
                    formParams.Add(parameter);
                    continue;
                default:
                    Report(DiagnosticDescriptors.Unsupported, parameter, "parameter '" + wireName + "' in '" + location + "' is not supported and is not sent");
                    continue;
            }

            JsonNode? schema = _isSwagger2 ? parameter : parameter.Get("schema") ?? FirstMediaSchema(parameter.Get("content"));
            string localName = Identifiers.ToCamelCase(wireName, "value");
            if (locals.IsUsed(localName.TrimStart('@')))
            {
                localName += where.ToString();
            }

            localName = locals.Reserve(localName);
            TypeRef type = Resolve(schema, operationName + Identifiers.ToPascalCase(wireName, "Value"), 1);
            bool explode = _isSwagger2
                ? parameter.GetString("collectionFormat") == "multi"
                : parameter.Get("explode") is { } explodeNode ? explodeNode.Kind == JsonKind.True : where == ParameterLocation.Query;
            result.Add(new ParameterSpec(
                wireName,
                localName,
                where,
                type,
                where == ParameterLocation.Path || parameter.GetBool("required"),
                NonEmpty(parameter.GetString("description")),
                explode));
        }

        CheckPathTemplate(path, operation, result, locals);
        return result;
    }

    private void CheckPathTemplate(string path, JsonNode operation, List<ParameterSpec> parameters, NameScope locals)
    {
        var templateNames = new List<string>();
        int index = 0;
        while ((index = path.IndexOf('{', index)) >= 0)
        {
            int end = path.IndexOf('}', index);
            if (end < 0)
            {
                Report(DiagnosticDescriptors.InvalidDocument, operation, "path '" + path + "' has an unclosed '{'");
                break;
            }

            templateNames.Add(path.Substring(index + 1, end - index - 1));
            index = end + 1;
        }

        foreach (string templateName in templateNames)
        {
            if (!parameters.Exists(p => p.In == ParameterLocation.Path && p.WireName == templateName))
            {
                Report(DiagnosticDescriptors.InvalidDocument, operation, "path parameter '{" + templateName + "}' is not declared; it is added as a string parameter");
                parameters.Add(new ParameterSpec(templateName, locals.Reserve(Identifiers.ToCamelCase(templateName, "value")), ParameterLocation.Path, TypeRef.String, true, null, false));
            }
        }

        for (int i = parameters.Count - 1; i >= 0; i--)
        {
            if (parameters[i].In == ParameterLocation.Path && !templateNames.Contains(parameters[i].WireName))
            {
                Report(DiagnosticDescriptors.InvalidDocument, operation, "path parameter '" + parameters[i].WireName + "' does not appear in the path '" + path + "'; it is not sent");
                parameters.RemoveAt(i);
            }
        }
    }

    private static JsonNode? FirstMediaSchema(JsonNode? content)
    {
        if (content is { IsObject: true } && content.Properties.Count > 0)
        {
            return content.Properties[0].Value.Get("schema");
        }

        return null;
    }

    private BodySpec? ParseRequestBody(JsonNode operation, string operationName, NameScope locals)
    {
        JsonNode? requestBody = operation.Get("requestBody");
        if (requestBody is null)
        {
            return null;
        }

        requestBody = Deref(requestBody);
        if (requestBody is null || !requestBody.IsObject)
        {
            return null;
        }

        JsonNode? content = requestBody.Get("content");
        if (content is not { IsObject: true } || content.Properties.Count == 0)
        {
            Report(DiagnosticDescriptors.InvalidDocument, requestBody, "requestBody of '" + operationName + "' has no content; no body is sent");
            return null;
        }

        bool required = requestBody.GetBool("required");
        string? description = NonEmpty(requestBody.GetString("description"));
        (string mediaType, BodyKind kind) = ChooseRequestMedia(content);
        JsonNode? schema = content.Get(mediaType)?.Get("schema");
        string parameterName = BodyParameterName(locals);
        switch (kind)
        {
            case BodyKind.Multipart:
            case BodyKind.FormUrlEncoded:
            {
                TypeRef formType = BuildFormModel(schema, new List<KeyValuePair<string, JsonNode>>(), new HashSet<string>(), operationName + "Request", out EquatableArray<PropertySpec> fields);
                return new BodySpec(kind, mediaType, parameterName, formType, required || HasRequiredMembers(formType), description, fields);
            }

            case BodyKind.Binary:
                return new BodySpec(kind, mediaType, parameterName, TypeRef.Binary, required, description, default);
            case BodyKind.Text:
                return new BodySpec(kind, mediaType, parameterName, TypeRef.String, required, description, default);
            default:
                TypeRef type = ResolveOperationType(schema, operationName + "Request");
                return new BodySpec(kind, mediaType, parameterName, type, required || HasRequiredMembers(type), description, default);
        }
    }

    private BodySpec? ParseSwagger2Body(JsonNode operation, List<JsonNode> bodyParams, List<JsonNode> formParams, string operationName, NameScope locals)
    {
        if (bodyParams.Count > 0)
        {
            JsonNode parameter = bodyParams[0];
            JsonNode? schema = parameter.Get("schema");
            (string mediaType, BodyKind kind) = Swagger2BodyMedia(operation, schema);
            TypeRef type = kind switch
            {
                BodyKind.Text => TypeRef.String,
                BodyKind.Binary => TypeRef.Binary,
                _ => ResolveOperationType(schema, operationName + "Request"),
            };
            return new BodySpec(kind, mediaType, BodyParameterName(locals), type, parameter.GetBool("required") || HasRequiredMembers(type), NonEmpty(parameter.GetString("description")), default);
        }

        if (formParams.Count == 0)
        {
            return null;
        }

        var fields = new List<KeyValuePair<string, JsonNode>>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        bool hasFile = false;
        foreach (JsonNode parameter in formParams)
        {
            string name = parameter.GetString("name")!;
            fields.Add(new KeyValuePair<string, JsonNode>(name, parameter));
            hasFile |= parameter.GetString("type") == "file";
            if (parameter.GetBool("required"))
            {
                required.Add(name);
            }
        }

        JsonNode? consumes = operation.Get("consumes") ?? _root.Get("consumes");
        bool multipart = hasFile || (consumes is { IsArray: true } && consumes.Items.Exists(static c => c.Text == "multipart/form-data"));
        TypeRef formType = BuildFormModel(null, fields, required, operationName + "Request", out EquatableArray<PropertySpec> formFields);
        return new BodySpec(
            multipart ? BodyKind.Multipart : BodyKind.FormUrlEncoded,
            multipart ? "multipart/form-data" : "application/x-www-form-urlencoded",
            BodyParameterName(locals),
            formType,
            required.Count > 0,
            null,
            formFields);
    }

    /// <summary>
    /// A body whose model has required members is a required argument even where the spec leaves the body optional:
    /// the server rejects a call without those members, so the method must not be callable without them.
    /// </summary>
    private bool HasRequiredMembers(TypeRef type) =>
        type.Kind == TypeKind.Model && _modelsByName.TryGetValue(type.Name!, out ModelSpec? model)
        && System.Linq.Enumerable.Any(model.Properties, static p => p.Required);

    /// <summary>A Swagger 2.0 body parameter is JSON unless 'consumes' offers no JSON: then its best media type, by the same ranking.</summary>
    private (string MediaType, BodyKind Kind) Swagger2BodyMedia(JsonNode operation, JsonNode? schema)
    {
        JsonNode? consumes = operation.Get("consumes") ?? _root.Get("consumes");
        string chosen = "application/json";
        BodyKind chosenKind = BodyKind.Json;
        int chosenRank = int.MaxValue;
        if (consumes is { IsArray: true })
        {
            foreach (JsonNode item in consumes.Items)
            {
                if (item.IsString)
                {
                    (int rank, BodyKind kind) = RankMedia(item.Text!, schema);
                    if (rank < chosenRank)
                    {
                        (chosen, chosenKind, chosenRank) = (item.Text!, kind, rank);
                    }
                }
            }
        }

        // A body parameter is not a form: a form media type here still sends the schema as JSON.
        return chosenKind is BodyKind.Text or BodyKind.Binary ? (chosen, chosenKind) : ("application/json", BodyKind.Json);
    }

    private static string BodyParameterName(NameScope locals)
        => locals.IsUsed("request") ? locals.Reserve("body") : locals.Reserve("request");

    /// <summary>The request media type the body is sent as: JSON first, then forms, text, binary; never none.</summary>
    private static (string MediaType, BodyKind Kind) ChooseRequestMedia(JsonNode content)
    {
        string chosen = content.Properties[0].Key;
        BodyKind chosenKind = BodyKind.Json;
        int chosenRank = int.MaxValue;
        foreach (KeyValuePair<string, JsonNode> entry in content.Properties)
        {
            (int rank, BodyKind kind) = RankMedia(entry.Key, entry.Value.Get("schema"));
            if (rank < chosenRank)
            {
                chosen = entry.Key;
                chosenKind = kind;
                chosenRank = rank;
            }
        }

        return (chosen, chosenKind);
    }

    /// <summary>
    /// How a request media type is sent, and its preference (lower first). A type the generator does not model is
    /// still sent: text (text/*, XML) as a string, anything else as a stream.
    /// </summary>
    private static (int Rank, BodyKind Kind) RankMedia(string mediaType, JsonNode? schema)
    {
        string media = mediaType.Trim().ToLowerInvariant();
        return media switch
        {
            _ when media.StartsWith("application/json", StringComparison.Ordinal) => (0, BodyKind.Json),
            _ when media.Contains("json") => (1, BodyKind.Json),
            _ when media.StartsWith("multipart/form-data", StringComparison.Ordinal) => (2, BodyKind.Multipart),
            _ when media.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) => (3, BodyKind.FormUrlEncoded),
            _ when media.StartsWith("text/plain", StringComparison.Ordinal) => (4, BodyKind.Text),
            _ when media == "*/*" => (5, IsBinarySchema(schema) ? BodyKind.Binary : BodyKind.Json),
            _ when media.StartsWith("application/octet-stream", StringComparison.Ordinal) || media.StartsWith("image/", StringComparison.Ordinal)
                || media.StartsWith("audio/", StringComparison.Ordinal) || media.StartsWith("video/", StringComparison.Ordinal)
                || media == "application/pdf" || media == "application/zip" => (6, BodyKind.Binary),
            _ when IsTextMedia(media) => (7, BodyKind.Text),
            _ => (8, BodyKind.Binary),
        };
    }

    /// <summary>Media a body is sent as text for: text/*, application/xml and +xml types.</summary>
    private static bool IsTextMedia(string media)
    {
        int semicolon = media.IndexOf(';');
        string type = semicolon >= 0 ? media.Substring(0, semicolon).Trim() : media;
        return type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("/xml", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal);
    }

    private static bool IsBinarySchema(JsonNode? schema) => schema is not null && schema.GetString("format") == "binary";

    private ResponseSpec ParseResponse(JsonNode operation, string operationName)
    {
        JsonNode? responses = operation.Get("responses");
        if (responses is null || !responses.IsObject)
        {
            return ResponseSpec.Undocumented;
        }

        var candidates = new List<KeyValuePair<string, JsonNode>>();
        foreach (KeyValuePair<string, JsonNode> entry in responses.Properties)
        {
            if (entry.Key.StartsWith("2", StringComparison.Ordinal))
            {
                candidates.Add(entry);
            }
        }

        candidates.Sort(static (a, b) => string.CompareOrdinal(a.Key.ToUpperInvariant(), b.Key.ToUpperInvariant()));
        string? firstDescription = null;
        foreach (KeyValuePair<string, JsonNode> candidate in candidates)
        {
            JsonNode? response = Deref(candidate.Value);
            if (response is null || !response.IsObject)
            {
                continue;
            }

            firstDescription ??= NonEmpty(response.GetString("description"));
            ResponseSpec? spec = _isSwagger2 ? Swagger2Response(response, operationName) : OpenApi3Response(response, operationName);
            if (spec is not null)
            {
                return spec;
            }
        }

        // Only "no content" statuses promise an empty body; any other success without a schema may still carry JSON.
        bool emptyByStatus = candidates.Count > 0 && candidates.TrueForAll(static c => c.Key is "204" or "205");
        return (emptyByStatus ? ResponseSpec.None : ResponseSpec.Undocumented) with { Description = firstDescription };
    }

    private ResponseSpec? Swagger2Response(JsonNode response, string operationName)
    {
        JsonNode? schema = response.Get("schema");
        if (schema is null)
        {
            return null;
        }

        return JsonResponse(ResolveOperationType(schema, operationName + "Response"), NonEmpty(response.GetString("description")));
    }

    private ResponseSpec? OpenApi3Response(JsonNode response, string operationName)
    {
        JsonNode? content = response.Get("content");
        if (content is not { IsObject: true } || content.Properties.Count == 0)
        {
            return null;
        }

        string? description = NonEmpty(response.GetString("description"));
        KeyValuePair<string, JsonNode>? json = null;
        KeyValuePair<string, JsonNode>? other = null;
        foreach (KeyValuePair<string, JsonNode> entry in content.Properties)
        {
            string media = entry.Key.ToLowerInvariant();
            if (media.Contains("json") || (media == "*/*" && !IsBinarySchema(entry.Value.Get("schema"))))
            {
                json ??= entry;
            }
            else
            {
                other ??= entry;
            }
        }

        if (json is { } jsonEntry)
        {
            JsonNode? schema = jsonEntry.Value.Get("schema");
            return JsonResponse(schema is null ? TypeRef.Json : ResolveOperationType(schema, operationName + "Response"), description);
        }

        string otherMedia = other!.Value.Key.ToLowerInvariant();
        bool isText = otherMedia.StartsWith("text/", StringComparison.Ordinal) || otherMedia.Contains("xml")
            || other.Value.Value.Get("schema")?.GetString("type") == "string" && !IsBinarySchema(other.Value.Value.Get("schema"));
        return new ResponseSpec(isText ? ResponseKind.Text : ResponseKind.Binary, isText ? TypeRef.String : null, description, null);
    }

    private ResponseSpec JsonResponse(TypeRef type, string? description)
    {
        EnvelopeUse? envelope = null;
        if (_envelope is not null && type.Kind == TypeKind.Model && _modelsByName.TryGetValue(type.Name!, out ModelSpec? model))
        {
            PropertySpec? code = Find(model, _envelope.Code);
            if (code is not null)
            {
                PropertySpec? message = _envelope.Message is null ? null : Find(model, _envelope.Message);
                PropertySpec? data = _envelope.Data is null ? null : Find(model, _envelope.Data);
                envelope = new EnvelopeUse(code.Name, code.Type, message?.Name, message?.Type, data?.Name, data?.Type, _envelope.Success, data is null ? _envelope.Data : null);
            }
        }

        return new ResponseSpec(ResponseKind.Json, type, description, envelope);

        static PropertySpec? Find(ModelSpec model, string wireName)
        {
            foreach (PropertySpec property in model.Properties)
            {
                if (property.WireName == wireName)
                {
                    return property;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// String header parameters taken by at least half of the operations (and two or more) get a default in the
    /// client options, so callers need not pass e.g. <c>app_id</c> on every call; an argument still wins.
    /// </summary>
    private List<DefaultHeaderSpec> DefaultHeaders(List<OperationSpec> operations)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var descriptions = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (OperationSpec operation in operations)
        {
            foreach (ParameterSpec parameter in operation.Parameters)
            {
                if (parameter.In != ParameterLocation.Header || parameter.Type.Kind != TypeKind.String)
                {
                    continue;
                }

                if (!counts.TryGetValue(parameter.WireName, out int count))
                {
                    order.Add(parameter.WireName);
                }

                counts[parameter.WireName] = count + 1;
                if (!descriptions.TryGetValue(parameter.WireName, out string? known) || known is null)
                {
                    descriptions[parameter.WireName] = parameter.Description;
                }
            }
        }

        var result = new List<DefaultHeaderSpec>();
        var byWireName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string wireName in order)
        {
            int count = counts[wireName];
            if (count >= 2 && count * 2 >= operations.Count)
            {
                string property = _optionMembers!.Reserve(Identifiers.ToPascalCase(wireName, "Header"));
                result.Add(new DefaultHeaderSpec(wireName, property, descriptions[wireName], count));
                byWireName[wireName] = property;
            }
        }

        if (result.Count > 0)
        {
            for (int i = 0; i < operations.Count; i++)
            {
                var parameters = new List<ParameterSpec>();
                foreach (ParameterSpec parameter in operations[i].Parameters)
                {
                    parameters.Add(parameter.In == ParameterLocation.Header && parameter.Type.Kind == TypeKind.String && byWireName.TryGetValue(parameter.WireName, out string? property)
                        ? parameter with { OptionsProperty = property }
                        : parameter);
                }

                operations[i] = operations[i] with { Parameters = parameters.ToEquatableArray() };
            }
        }

        return result;
    }
}
