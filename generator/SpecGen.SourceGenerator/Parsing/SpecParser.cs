using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing.Naming;

namespace SpecGen.SourceGenerator.Parsing;

/// <summary>
/// Reads an OpenAPI 3.0 (or Swagger 2.0) JSON document into the value-equatable <see cref="ApiSpec"/>.
/// Never throws (except for cancellation): every problem becomes a <see cref="DiagnosticInfo"/> with a
/// location in the spec file.
/// </summary>
internal sealed partial class SpecParser
{
    private const int MaxSchemaDepth = 64;

    /// <summary>
    /// How deep schema resolution may nest (inline schemas and named ones reached through <c>$ref</c>) before a named
    /// schema is left for later rather than resolved deeper: a chain of 16,000 named schemas each naming the next
    /// overflowed the stack, which takes the compiler down with the generator. With at most <see cref="MaxSchemaDepth"/>
    /// inline levels after it, resolution stays under 200 levels.
    /// </summary>
    private const int MaxNesting = 128;

    private int _nesting;

    private static readonly HashSet<string> ReservedTypeMembers = new(StringComparer.Ordinal)
    {
        "ReadJson", "WriteJson", "PropertyIndex", "AdditionalProperties", "UnreadValues", "SpecGenConverter", "SpecGenJson", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize",
    };

    /// <summary><see cref="ReservedTypeMembers"/> and the members only the enum struct has.</summary>
    private static readonly HashSet<string> ReservedEnumMembers = new(ReservedTypeMembers, StringComparer.Ordinal) { "Value", "IsKnown" };

    private readonly SpecInput _input;
    private readonly JsonNode _root;
    private readonly LineMap _lines;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly NameScope _typeNames = new(ignoreCase: true);
    private readonly Dictionary<string, string> _componentNames = new(StringComparer.Ordinal);
    private readonly Dictionary<JsonNode, string> _componentPointers = new();
    private readonly Dictionary<string, TypeRef> _resolved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly List<ModelSpec> _models = new();
    private readonly Dictionary<string, ModelSpec> _modelsByName = new(StringComparer.Ordinal);
    private readonly List<EnumSpec> _enums = new();
    private readonly bool _isSwagger2;
    private EnvelopeConfig? _envelope;

    private SpecParser(SpecInput input, JsonNode root, LineMap lines, bool isSwagger2, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _input = input;
        _root = root;
        _lines = lines;
        _isSwagger2 = isSwagger2;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    public static ParseResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (input.Text is null)
        {
            diagnostics.Add(Diag(DiagnosticDescriptors.NotOpenApi.Id, new LineMap(input.FilePath, string.Empty).At(0, 0), "the file could not be read"));
            return new ParseResult(input.FilePath, null, diagnostics.ToEquatableArray());
        }

        var lines = new LineMap(input.FilePath, input.Text);
        try
        {
            JsonNode root;
            try
            {
                root = JsonParser.Parse(input.Text);
            }
            catch (JsonParseException e)
            {
                diagnostics.Add(Diag(DiagnosticDescriptors.InvalidJson.Id, lines.At(Math.Min(e.Position, input.Text.Length), 1), e.Message));
                return new ParseResult(input.FilePath, null, diagnostics.ToEquatableArray());
            }

            if (!root.IsObject)
            {
                diagnostics.Add(Diag(DiagnosticDescriptors.NotOpenApi.Id, lines.At(root), "the root must be a JSON object"));
                return new ParseResult(input.FilePath, null, diagnostics.ToEquatableArray());
            }

            string? openapi = root.GetString("openapi");
            string? swagger = root.GetString("swagger");
            bool isSwagger2 = swagger == "2.0";
            if (!isSwagger2 && (openapi is null || !openapi.StartsWith("3.", StringComparison.Ordinal)))
            {
                JsonNode? versionNode = root.Get("openapi") ?? root.Get("swagger");
                string found = openapi ?? swagger ?? "no 'openapi' field";
                diagnostics.Add(Diag(DiagnosticDescriptors.NotOpenApi.Id, lines.At(versionNode ?? root), "expected 'openapi: 3.x' (found " + found + ")"));
                return new ParseResult(input.FilePath, null, diagnostics.ToEquatableArray());
            }

            var parser = new SpecParser(input, root, lines, isSwagger2, diagnostics, cancellationToken);
            ApiSpec? api = parser.ParseDocument();
            return new ParseResult(input.FilePath, api, diagnostics.ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Last line of defence: a bug in the parser must not crash the compiler.
            diagnostics.Add(Diag(DiagnosticDescriptors.NotOpenApi.Id, lines.At(0, 0), "internal generator error (" + e.GetType().Name + "): " + e.Message));
            return new ParseResult(input.FilePath, null, diagnostics.ToEquatableArray());
        }
    }

    private ApiSpec? ParseDocument()
    {
        JsonNode? info = _root.Get("info");
        string title = info?.GetString("title") ?? "Api";
        ApiNames? names = ParseNames(title);
        if (names is null)
        {
            return null;
        }

        foreach (string reserved in names.SupportTypeNames)
        {
            _typeNames.Add(reserved);
        }

        // A type can't be named like one of its own members (CS0542) or nested types (CS0426 on
        // Name.SpecGenConverter): generated members are reserved, so such a schema gets a suffix (ReadJson2).
        foreach (string member in ReservedEnumMembers)
        {
            _typeNames.Add(member);
        }

        _envelope = ParseEnvelope();
        Dictionary<string, SecuritySchemeSpec> schemes = ParseSecuritySchemes(out List<string> extraSchemes);
        RegisterComponentNames();
        FindFamilies();

        // Every named schema becomes a type, used or not, in document order.
        foreach (KeyValuePair<string, string> component in _componentNames)
        {
            ResolveComponent(component.Key);
        }

        SettlePending();
        AddFamilyModels();

        List<OperationSpec> operations = ParseOperations(schemes, extraSchemes);
        UnifySameFields();
        List<DefaultHeaderSpec> defaultHeaders = DefaultHeaders(operations);

        var schemeList = new List<SecuritySchemeSpec>(schemes.Values);
        return new ApiSpec(
            names,
            title,
            info?.GetString("version"),
            info?.GetString("description"),
            ParseDefaultServer(),
            _envelope?.Code,
            _envelope?.Message,
            schemeList.ToEquatableArray(),
            defaultHeaders.ToEquatableArray(),
            operations.ToEquatableArray(),
            _models.ToEquatableArray(),
            _enums.ToEquatableArray());
    }

    private ApiNames? ParseNames(string title)
    {
        string clientName;
        if (_input.ClientName is not null)
        {
            if (!Identifiers.IsValidIdentifier(_input.ClientName))
            {
                Report(DiagnosticDescriptors.InvalidSetting, _root, "SpecGenClientName '" + _input.ClientName + "' is not a valid C# identifier");
                return null;
            }

            clientName = _input.ClientName;
        }
        else
        {
            clientName = Identifiers.ClientNameFor(title);
        }

        string ns = _input.Namespace ?? _input.RootNamespace ?? "SpecGen.Generated";
        if (!Identifiers.IsValidNamespace(ns))
        {
            Report(DiagnosticDescriptors.InvalidSetting, _root, "SpecGenNamespace '" + ns + "' is not a valid C# namespace");
            return null;
        }

        string apiName = clientName.Length > "Client".Length && clientName.EndsWith("Client", StringComparison.Ordinal)
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;
        return new ApiNames(ns, clientName, apiName);
    }

    private void RegisterComponentNames()
    {
        string prefix = _isSwagger2 ? "#/definitions/" : "#/components/schemas/";
        JsonNode? schemas = _isSwagger2 ? _root.Get("definitions") : _root.Get("components")?.Get("schemas");
        if (schemas is null)
        {
            return;
        }

        if (!schemas.IsObject)
        {
            Report(DiagnosticDescriptors.InvalidDocument, schemas, "the schemas section must be an object");
            return;
        }

        foreach (KeyValuePair<string, JsonNode> entry in schemas.Properties)
        {
            string pointer = prefix + EscapePointerSegment(entry.Key);
            if (_componentNames.ContainsKey(pointer))
            {
                continue;
            }

            string name = _typeNames.Reserve(ComponentName(entry.Key, entry.Value));
            _componentNames[pointer] = name;
            _componentPointers[entry.Value] = pointer;
        }
    }

    /// <summary>The type name of a component schema (Naming/TypeNames.ForComponent).</summary>
    private static string ComponentName(string key, JsonNode schema)
    {
        if (!schema.IsObject)
        {
            return TypeNames.ForComponent(key, null, null, Array.Empty<string>(), null);
        }

        var propertyNames = new List<string>();
        JsonNode? properties = schema.Get("properties");
        if (properties is { IsObject: true })
        {
            foreach (KeyValuePair<string, JsonNode> property in properties.Properties)
            {
                propertyNames.Add(property.Key);
            }
        }

        JsonNode? type = properties is { IsObject: true } ? properties.Get("type") : null;
        return TypeNames.ForComponent(key, NonEmpty(schema.GetString("x-specgen-name")), NonEmpty(schema.GetString("title")), propertyNames, type is { IsObject: true } ? ConstantText(type) : null);
    }

    /// <summary>The one value a schema allows (const, or an enum of one), as text.</summary>
    private static string? ConstantText(JsonNode schema)
    {
        if (schema.Get("const")?.ScalarText is { } constant)
        {
            return constant;
        }

        JsonNode? values = schema.Get("enum");
        return values is { IsArray: true } && values.Items.Count == 1 ? values.Items[0].ScalarText : null;
    }

    private string? ParseDefaultServer()
    {
        string? url = null;
        if (_isSwagger2)
        {
            string? host = _root.GetString("host");
            if (host is not null)
            {
                JsonNode? schemes = _root.Get("schemes");
                string scheme = schemes is { IsArray: true } && schemes.Items.Count > 0 && schemes.Items[0].IsString ? schemes.Items[0].Text! : "https";
                url = scheme + "://" + host + (_root.GetString("basePath") ?? string.Empty);
            }
        }
        else
        {
            JsonNode? servers = _root.Get("servers");
            if (servers is { IsArray: true } && servers.Items.Count > 0)
            {
                JsonNode server = servers.Items[0];
                url = server.GetString("url");
                JsonNode? variables = server.Get("variables");
                if (url is not null && variables is { IsObject: true })
                {
                    foreach (KeyValuePair<string, JsonNode> variable in variables.Properties)
                    {
                        string? value = variable.Value.Get("default")?.ScalarText;
                        if (value is not null)
                        {
                            url = url.Replace("{" + variable.Key + "}", value);
                        }
                    }
                }
            }
        }

        if (url is not null
            && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
            && (uri.Scheme == "http" || uri.Scheme == "https"))
        {
            return url; // as the doc writes it (documentation only: never a default base address)
        }

        return null;
    }

    private EnvelopeConfig? ParseEnvelope()
    {
        JsonNode? node = _root.Get("x-specgen-envelope");
        if (node is null)
        {
            return null;
        }

        string? code = node.GetString("code");
        JsonNode? success = node.Get("success");
        var values = new List<string>();
        if (success is { IsArray: true })
        {
            foreach (JsonNode item in success.Items)
            {
                if (item.Kind is JsonKind.String or JsonKind.Number && item.Text is not null)
                {
                    values.Add(item.Text);
                }
            }
        }

        if (!node.IsObject || code is null || values.Count == 0)
        {
            Report(DiagnosticDescriptors.InvalidDocument, node, "x-specgen-envelope needs a 'code' property name and a non-empty 'success' list; envelopes are not unwrapped");
            return null;
        }

        return new EnvelopeConfig(code, values.ToEquatableArray(), node.GetString("message"), node.GetString("data"));
    }

    private JsonNode? ResolvePointer(string reference)
    {
        if (!reference.StartsWith("#", StringComparison.Ordinal))
        {
            return null;
        }

        string path = reference.Substring(1);
        if (path.Length == 0)
        {
            return _root;
        }

        if (!path.StartsWith("/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = _root;
        foreach (string rawSegment in path.Substring(1).Split('/'))
        {
            string segment;
            try
            {
                segment = Uri.UnescapeDataString(rawSegment).Replace("~1", "/").Replace("~0", "~");
            }
            catch (UriFormatException)
            {
                return null;
            }

            if (node is null)
            {
                return null;
            }

            if (node.IsObject)
            {
                node = node.Get(segment);
            }
            else if (node.IsArray && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < node.Items.Count)
            {
                node = node.Items[index];
            }
            else
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Follows a chain of <c>$ref</c>s (parameters, request bodies, path items) to the target node.</summary>
    private JsonNode? Deref(JsonNode? node)
    {
        for (int hops = 0; node is not null && hops < 32; hops++)
        {
            string? reference = node.GetString("$ref");
            if (reference is null)
            {
                return node;
            }

            JsonNode? target = ResolvePointer(reference);
            if (target is null)
            {
                Report(DiagnosticDescriptors.UnresolvedReference, node.Get("$ref"), reference);
                return null;
            }

            node = target;
        }

        return null;
    }

    private static string EscapePointerSegment(string key) => key.Replace("~", "~0").Replace("/", "~1");

    private static int? SourceLine(JsonNode node)
    {
        JsonNode? source = node.Get("x-specgen-source");
        return source is { Kind: JsonKind.Number } && int.TryParse(source.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int line) ? line : null;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JsonNode? node, string message)
        => _diagnostics.Add(Diag(descriptor.Id, _lines.At(node), message));

    private static DiagnosticInfo Diag(string id, LocationInfo location, string message)
        => new(id, location, new[] { message }.ToEquatableArray());

    private sealed record EnvelopeConfig(string Code, EquatableArray<string> Success, string? Message, string? Data);
}
