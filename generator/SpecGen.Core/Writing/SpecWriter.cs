using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Model;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Writing;

/// <summary>
/// Writes a <see cref="SpecDocument"/> as OpenAPI 3.0.3 JSON (UTF-8), deterministically: a fixed
/// key order per object, two-space indent, LF, one trailing newline, non-ASCII text unescaped.
/// </summary>
internal static class SpecWriter
{
    public const string OpenApiVersion = "3.0.3";

    /// <summary>The doc line a component, operation or variant came from.</summary>
    public const string SourceExtension = "x-specgen-source";

    /// <summary>A schema the doc typed <c>null</c>.</summary>
    public const string NullExtension = "x-specgen-null";

    /// <summary>Marks a payload schema the converter read from the doc's example, not from a field table: a reported guess.</summary>
    public const string FromExampleExtension = "x-specgen-from-example";

    /// <summary>
    /// A payload's example that contradicts its schema (reported as SG2031): kept beside the schema under
    /// this extension instead of <c>example</c>, so that no tool takes it for a valid example.
    /// </summary>
    public const string ExampleExtension = "x-specgen-example";

    /// <summary>The other documented variants of a merged method+path.</summary>
    public const string VariantsExtension = "x-specgen-variants";

    /// <summary>
    /// An operation safe to send twice although its method is not idempotent (a POST that only reads): the SDK's
    /// resilience setup retries it. From <c>retrySafe</c> in the settings.
    /// </summary>
    public const string RetrySafeExtension = "x-specgen-retry-safe";

    /// <summary>The response envelope, for the SDK generator.</summary>
    public const string EnvelopeExtension = "x-specgen-envelope";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Kept per thread: a spec is megabytes, and a new buffer each time would churn the large-object heap.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    private const int MaxKeptBuffer = 64 * 1024 * 1024;

    /// <summary>
    /// The deepest JSON nesting written. JSON readers refuse deeper documents by default
    /// (System.Text.Json, so Microsoft.OpenApi, and Newtonsoft, so NSwag: 64); a schema or example
    /// that would go deeper is cut (an untyped schema marked <c>x-specgen-truncated</c>, or no example),
    /// reported at the operation's or component's line. The row and type limits keep ordinary specs far below it.
    /// </summary>
    public const int MaxJsonDepth = 60;

    /// <summary>Marks a schema cut at <see cref="MaxJsonDepth"/>.</summary>
    public const string TruncatedExtension = "x-specgen-truncated";

    /// <returns>The spec as UTF-8 bytes, exactly as it is written to disk.</returns>
    public static byte[] Write(SpecDocument document, DiagnosticBag? diagnostics = null)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(256 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            new DocumentWriter(writer, diagnostics).Write(document);
        }

        buffer.Write("\n"u8);
        var json = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > MaxKeptBuffer)
        {
            _buffer = null;
        }

        return json;
    }

    private sealed class DocumentWriter
    {
        private readonly Utf8JsonWriter _w;
        private readonly DiagnosticBag? _diagnostics;

        /// <summary>The line of the operation or component being written (where a cut is reported).</summary>
        private int _line = 1;
        private int _lastReportedLine = -1;

        public DocumentWriter(Utf8JsonWriter writer, DiagnosticBag? diagnostics)
        {
            _w = writer;
            _diagnostics = diagnostics;
        }

        /// <summary>Reports a cut once per operation or component.</summary>
        private void ReportCut(string what)
        {
            if (_diagnostics is null || _lastReportedLine == _line)
            {
                return;
            }

            _lastReportedLine = _line;
            _diagnostics.Warn(_line, DiagnosticCodes.NestedTooDeep, $"{what} nests deeper than {MaxJsonDepth} JSON levels (the limit); cut there");
        }

        public void Write(SpecDocument document)
        {
            _w.WriteStartObject();
            _w.WriteString("openapi", OpenApiVersion);
            WriteInfo(document);
            NamedList("servers", document.Servers, server => ("url", server.Url, server.Description));
            NamedList("tags", document.Tags, tag => ("name", tag.Name, tag.Description));
            if (document.Security is { Count: > 0 } security)
            {
                WriteSecurity(security);
            }

            _w.WriteStartObject("paths");
            foreach (var (path, item) in document.Paths)
            {
                _w.WriteStartObject(path);
                foreach (var (method, operation) in item)
                {
                    _w.WritePropertyName(method);
                    WriteOperation(operation);
                }

                _w.WriteEndObject();
            }

            _w.WriteEndObject();
            WriteComponents(document);
            if (document.Envelope is { } envelope)
            {
                WriteEnvelope(envelope);
            }

            _w.WriteEndObject();
        }

        private void WriteInfo(SpecDocument document)
        {
            _w.WriteStartObject("info");
            _w.WriteString("title", document.Title);
            String("description", document.Description);
            _w.WriteString("version", document.Version);
            _w.WriteEndObject();
        }

        /// <summary>An array of objects with one required string and an optional description (servers, tags).</summary>
        private void NamedList<T>(string name, List<T> items, Func<T, (string Key, string Value, string? Description)> fields)
        {
            if (items.Count == 0)
            {
                return;
            }

            _w.WriteStartArray(name);
            foreach (var item in items)
            {
                var (key, value, description) = fields(item);
                _w.WriteStartObject();
                _w.WriteString(key, value);
                String("description", description);
                _w.WriteEndObject();
            }

            _w.WriteEndArray();
        }

        private void WriteComponents(SpecDocument document)
        {
            if (document.Schemas.Count == 0 && document.SecuritySchemes.Count == 0)
            {
                return;
            }

            _w.WriteStartObject("components");
            if (document.Schemas.Count > 0)
            {
                _w.WriteStartObject("schemas");
                foreach (var (key, schema) in document.Schemas)
                {
                    _w.WritePropertyName(key);
                    _line = schema.SourceLine ?? 1;
                    WriteSchema(schema, isComponent: true);
                }

                _w.WriteEndObject();
            }

            if (document.SecuritySchemes.Count > 0)
            {
                _w.WriteStartObject("securitySchemes");
                foreach (var (name, scheme) in document.SecuritySchemes)
                {
                    WriteSecurityScheme(name, scheme);
                }

                _w.WriteEndObject();
            }

            _w.WriteEndObject();
        }

        private void WriteSecurityScheme(string name, SpecSecurityScheme scheme)
        {
            _w.WriteStartObject(name);
            _w.WriteString("type", scheme.IsHttp ? "http" : "apiKey");
            String("description", scheme.Description);
            if (scheme.IsHttp)
            {
                _w.WriteString("scheme", scheme.Scheme ?? "bearer");
            }
            else
            {
                _w.WriteString("name", scheme.Name);
                _w.WriteString("in", scheme.In);
            }

            _w.WriteEndObject();
        }

        private void WriteOperation(SpecOperation operation)
        {
            _line = operation.SourceLine;
            _w.WriteStartObject();
            if (operation.Tags is { Count: > 0 } tags)
            {
                StringArray("tags", tags);
            }

            String("summary", operation.Summary);
            String("description", operation.Description);
            String("operationId", operation.OperationId);
            if (operation.Parameters.Count > 0)
            {
                _w.WriteStartArray("parameters");
                foreach (var parameter in operation.Parameters)
                {
                    WriteParameter(parameter);
                }

                _w.WriteEndArray();
            }

            if (operation.RequestBody is { } body)
            {
                _w.WriteStartObject("requestBody");
                Content(body.Content);
                if (body.Required)
                {
                    _w.WriteBoolean("required", true);
                }

                _w.WriteEndObject();
            }

            _w.WriteStartObject("responses");
            foreach (var (status, response) in operation.Responses)
            {
                _w.WriteStartObject(status);
                _w.WriteString("description", response.Description);
                if (response.Content is { } content)
                {
                    Content(content);
                }

                _w.WriteEndObject();
            }

            _w.WriteEndObject();
            if (operation.Security is { } security)
            {
                WriteSecurity(security);
            }

            _w.WriteNumber(SourceExtension, operation.SourceLine);
            if (operation.RetrySafe)
            {
                _w.WriteBoolean(RetrySafeExtension, true);
            }

            if (operation.Variants.Count > 0)
            {
                WriteVariants(operation.Variants);
            }

            _w.WriteEndObject();
        }

        private void WriteVariants(IReadOnlyList<OperationVariant> variants)
        {
            _w.WriteStartArray(VariantsExtension);
            foreach (var variant in variants)
            {
                _w.WriteStartObject();
                NullableString("operationId", variant.OperationId);
                NullableString("summary", variant.Summary);
                StringArray("properties", variant.Properties);
                _w.WriteNumber(SourceExtension, variant.Line);
                _w.WriteEndObject();
            }

            _w.WriteEndArray();
        }

        private void WriteParameter(SpecParameter parameter)
        {
            _w.WriteStartObject();
            _w.WriteString("name", parameter.Name);
            _w.WriteString("in", parameter.In);
            String("description", parameter.Description);
            if (parameter.Required)
            {
                _w.WriteBoolean("required", true);
            }

            _w.WritePropertyName("schema");
            WriteSchema(parameter.Schema);
            _w.WriteEndObject();
        }

        private void Content(SpecContent content)
        {
            _w.WriteStartObject("content");
            _w.WriteStartObject(content.MediaType);
            if (content.Schema is { } schema)
            {
                _w.WritePropertyName("schema");
                WriteSchema(schema);
            }

            if (content.Example is { } example)
            {
                if (_w.CurrentDepth + Depth(example) > MaxJsonDepth)
                {
                    ReportCut("the example");
                }
                else
                {
                    _w.WritePropertyName(content.ExampleContradictsSchema ? ExampleExtension : "example");
                    example.WriteTo(_w);
                }
            }

            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        /// <summary>A requirement naming every scheme (all required); an empty list is "no security".</summary>
        private void WriteSecurity(IReadOnlyList<string> schemes)
        {
            _w.WriteStartArray("security");
            if (schemes.Count > 0)
            {
                _w.WriteStartObject();
                foreach (var name in schemes)
                {
                    _w.WriteStartArray(name);
                    _w.WriteEndArray();
                }

                _w.WriteEndObject();
            }

            _w.WriteEndArray();
        }

        private void WriteEnvelope(EnvelopeSettings envelope)
        {
            _w.WriteStartObject(EnvelopeExtension);
            _w.WriteString("code", envelope.Code);
            StringArray("success", envelope.Success);
            String("message", envelope.Message);
            NullableString("data", envelope.Data);
            _w.WriteEndObject();
        }

        /// <summary>How many containers deep a JSON value nests (0 for a scalar).</summary>
        private static int Depth(JsonElement element)
        {
            var deepest = 0;
            var pending = new Stack<(JsonElement Element, int Depth)>();
            pending.Push((element, 0));
            while (pending.Count > 0)
            {
                var (current, depth) = pending.Pop();
                switch (current.ValueKind)
                {
                    case JsonValueKind.Object:
                        deepest = Math.Max(deepest, depth + 1);
                        foreach (var property in current.EnumerateObject())
                        {
                            pending.Push((property.Value, depth + 1));
                        }

                        break;
                    case JsonValueKind.Array:
                        deepest = Math.Max(deepest, depth + 1);
                        foreach (var item in current.EnumerateArray())
                        {
                            pending.Push((item, depth + 1));
                        }

                        break;
                }
            }

            return deepest;
        }

        private void WriteSchema(SpecSchema schema, bool isComponent = false)
        {
            // The schema object and an array inside it (enum, required) must stay within the limit.
            if (_w.CurrentDepth + 2 > MaxJsonDepth)
            {
                ReportCut("a schema");
                _w.WriteStartObject();
                _w.WriteBoolean(TruncatedExtension, true);
                _w.WriteEndObject();
                return;
            }

            _w.WriteStartObject();
            if (!isComponent && schema.Reference is { } target)
            {
                RefTo(target);
                _w.WriteEndObject();
                return;
            }

            String("title", schema.Title);
            String("type", TypeName(schema.Type));
            String("format", schema.Format);
            String("description", schema.Description);
            if (schema.Nullable)
            {
                _w.WriteBoolean("nullable", true);
            }

            String("default", schema.Default);
            if (schema.Example is { } example)
            {
                _w.WritePropertyName("example");
                ScalarValue(example);
            }
            if (schema.EnumCount > 0)
            {
                _w.WriteStartArray("enum");
                foreach (var item in schema.Enum)
                {
                    ScalarValue(item);
                }

                _w.WriteEndArray();
            }

            if (schema.PropertyCount > 0)
            {
                WriteProperties(schema.Properties);
            }

            if (schema.AdditionalProperties is { } map)
            {
                _w.WritePropertyName("additionalProperties");
                WriteSchema(map);
            }

            if (schema.Type == JsonType.Array)
            {
                _w.WritePropertyName("items");
                if (schema.Items is { } items)
                {
                    WriteSchema(items);
                }
                else
                {
                    _w.WriteStartObject();
                    _w.WriteEndObject();
                }
            }

            if (schema.OneOfCount > 0)
            {
                Branches("oneOf", schema.OneOf);
            }

            if (schema.DiscriminatorProperty is { } discriminator)
            {
                WriteDiscriminator(discriminator, schema.DiscriminatorMapping);
            }

            if (schema.AnyOfCount > 0)
            {
                Branches("anyOf", schema.AnyOf);
            }

            if (schema.AllOfCount > 0)
            {
                Branches("allOf", schema.AllOf);
            }
            else if (isComponent && schema.Reference is { } aliased)
            {
                // A model documented as another model: its title and source are siblings, which OAS 3.0 ignores beside $ref.
                _w.WriteStartArray("allOf");
                _w.WriteStartObject();
                RefTo(aliased);
                _w.WriteEndObject();
                _w.WriteEndArray();
            }
            if (schema.IsNullType)
            {
                _w.WriteBoolean(NullExtension, true);
            }

            if (schema.FromExample)
            {
                _w.WriteBoolean(FromExampleExtension, true);
            }

            if (schema.SourceLine is { } line)
            {
                _w.WriteNumber(SourceExtension, line);
            }

            _w.WriteEndObject();
        }

        private void RefTo(SpecSchema target) =>
            _w.WriteString("$ref", "#/components/schemas/" + (target.ComponentKey ?? throw new InvalidOperationException("reference to a schema that is not a component")));

        /// <summary><c>required</c> (the names of required properties, in order), then <c>properties</c>.</summary>
        private void WriteProperties(OrderedDictionary<string, SpecSchema> properties)
        {
            var anyRequired = false;
            foreach (var (name, property) in properties)
            {
                if (!property.IsRequired)
                {
                    continue;
                }

                if (!anyRequired)
                {
                    _w.WriteStartArray("required");
                    anyRequired = true;
                }

                _w.WriteStringValue(name);
            }

            if (anyRequired)
            {
                _w.WriteEndArray();
            }

            _w.WriteStartObject("properties");
            foreach (var (name, property) in properties)
            {
                _w.WritePropertyName(name);
                WriteSchema(property);
            }

            _w.WriteEndObject();
        }

        private void WriteDiscriminator(string property, OrderedDictionary<string, SpecSchema>? mapping)
        {
            _w.WriteStartObject("discriminator");
            _w.WriteString("propertyName", property);
            if (mapping is { Count: > 0 })
            {
                _w.WriteStartObject("mapping");
                foreach (var (value, target) in mapping)
                {
                    _w.WriteString(value, "#/components/schemas/" + (target.ComponentKey ?? throw new InvalidOperationException("discriminator mapping to a schema that is not a component")));
                }

                _w.WriteEndObject();
            }

            _w.WriteEndObject();
        }

        private void Branches(string name, List<SpecSchema> branches)
        {
            _w.WriteStartArray(name);
            foreach (var branch in branches)
            {
                WriteSchema(branch);
            }

            _w.WriteEndArray();
        }

        /// <summary>An enum or example value, typed by <see cref="Schema.Enums.Typed"/>: long, decimal, bool or string.</summary>
        private void ScalarValue(object value)
        {
            switch (value)
            {
                case long integer:
                    _w.WriteNumberValue(integer);
                    break;
                case decimal number:
                    _w.WriteNumberValue(number);
                    break;
                case bool flag:
                    _w.WriteBooleanValue(flag);
                    break;
                default:
                    _w.WriteStringValue(value.ToString());
                    break;
            }
        }

        private static string? TypeName(JsonType type) => type switch
        {
            JsonType.String => "string",
            JsonType.Integer => "integer",
            JsonType.Number => "number",
            JsonType.Boolean => "boolean",
            JsonType.Object => "object",
            JsonType.Array => "array",
            _ => null,
        };

        private void StringArray(string name, IEnumerable<string> values)
        {
            _w.WriteStartArray(name);
            foreach (var value in values)
            {
                _w.WriteStringValue(value);
            }

            _w.WriteEndArray();
        }

        private void String(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                _w.WriteString(name, value);
            }
        }

        /// <summary>Written even when null (<c>"summary": null</c>), where the key's presence is part of the shape.</summary>
        private void NullableString(string name, string? value)
        {
            if (value is null)
            {
                _w.WriteNull(name);
            }
            else
            {
                _w.WriteString(name, value);
            }
        }
    }
}
