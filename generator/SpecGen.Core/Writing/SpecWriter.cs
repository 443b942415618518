using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NJsonSchema;
using NSwag;

namespace SpecGen.Core.Writing;

/// <summary>
/// Writes the NSwag document as OpenAPI 3.0.3 JSON, deterministically: a fixed key order per
/// object, two-space indent, LF, one trailing newline, non-ASCII text unescaped. Hand-written
/// over <see cref="Utf8JsonWriter"/> (NSwag's own serializer is reflection-heavy and was most of
/// the conversion time).
/// </summary>
public static class SpecWriter
{
    public const string OpenApiVersion = "3.0.3";

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

    public static string Write(OpenApiDocument document)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(256 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            new DocumentWriter(writer, document).Write();
        }

        buffer.Write("\n"u8);

        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > MaxKeptBuffer)
        {
            _buffer = null;
        }

        return json;
    }

    private sealed class DocumentWriter
    {
        private readonly Utf8JsonWriter _w;
        private readonly OpenApiDocument _document;
        private readonly Dictionary<JsonSchema, string> _keys = new(ReferenceEqualityComparer.Instance);

        public DocumentWriter(Utf8JsonWriter writer, OpenApiDocument document)
        {
            _w = writer;
            _document = document;
            foreach (var (key, schema) in document.Components.Schemas)
            {
                _keys[schema] = key;
            }
        }

        public void Write()
        {
            _w.WriteStartObject();
            _w.WriteString("openapi", OpenApiVersion);
            WriteInfo(_document.Info);
            if (_document.Servers.Count > 0)
            {
                _w.WriteStartArray("servers");
                foreach (var server in _document.Servers)
                {
                    _w.WriteStartObject();
                    _w.WriteString("url", server.Url);
                    String("description", server.Description);
                    _w.WriteEndObject();
                }

                _w.WriteEndArray();
            }

            if (_document.Tags.Count > 0)
            {
                _w.WriteStartArray("tags");
                foreach (var tag in _document.Tags)
                {
                    _w.WriteStartObject();
                    _w.WriteString("name", tag.Name);
                    String("description", tag.Description);
                    _w.WriteEndObject();
                }

                _w.WriteEndArray();
            }

            if (_document.Security is { Count: > 0 })
            {
                WriteSecurity(_document.Security);
            }

            _w.WriteStartObject("paths");
            foreach (var (path, item) in _document.Paths)
            {
                _w.WriteStartObject(path);
                foreach (var (method, operation) in item)
                {
                    _w.WritePropertyName(method.ToLowerInvariant());
                    WriteOperation(operation);
                }

                _w.WriteEndObject();
            }

            _w.WriteEndObject();
            WriteComponents();
            Extensions(_document.ExtensionData);
            _w.WriteEndObject();
        }

        private void WriteInfo(OpenApiInfo info)
        {
            _w.WriteStartObject("info");
            _w.WriteString("title", info.Title);
            String("description", info.Description);
            _w.WriteString("version", info.Version);
            _w.WriteEndObject();
        }

        private void WriteComponents()
        {
            var schemas = _document.Components.Schemas;
            var schemes = _document.Components.SecuritySchemes;
            if (schemas.Count == 0 && schemes.Count == 0)
            {
                return;
            }

            _w.WriteStartObject("components");
            if (schemas.Count > 0)
            {
                _w.WriteStartObject("schemas");
                foreach (var (key, schema) in schemas)
                {
                    _w.WritePropertyName(key);
                    WriteSchema(schema, isComponent: true);
                }

                _w.WriteEndObject();
            }

            if (schemes.Count > 0)
            {
                _w.WriteStartObject("securitySchemes");
                foreach (var (name, scheme) in schemes)
                {
                    _w.WriteStartObject(name);
                    _w.WriteString("type", scheme.Type switch
                    {
                        OpenApiSecuritySchemeType.Http => "http",
                        OpenApiSecuritySchemeType.OAuth2 => "oauth2",
                        OpenApiSecuritySchemeType.OpenIdConnect => "openIdConnect",
                        _ => "apiKey",
                    });
                    String("description", scheme.Description);
                    if (scheme.Type == OpenApiSecuritySchemeType.Http)
                    {
                        _w.WriteString("scheme", scheme.Scheme ?? "bearer");
                        String("bearerFormat", scheme.BearerFormat);
                    }
                    else
                    {
                        _w.WriteString("name", scheme.Name);
                        _w.WriteString("in", scheme.In switch
                        {
                            OpenApiSecurityApiKeyLocation.Query => "query",
                            OpenApiSecurityApiKeyLocation.Cookie => "cookie",
                            _ => "header",
                        });
                    }

                    _w.WriteEndObject();
                }

                _w.WriteEndObject();
            }

            _w.WriteEndObject();
        }

        private void WriteOperation(OpenApiOperation operation)
        {
            _w.WriteStartObject();
            if (operation.Tags is { Count: > 0 } tags)
            {
                _w.WriteStartArray("tags");
                foreach (var tag in tags)
                {
                    _w.WriteStringValue(tag);
                }

                _w.WriteEndArray();
            }

            String("summary", operation.Summary);
            String("description", operation.Description);
            String("operationId", operation.OperationId);
            // NSwag keeps the request body among the parameters (its Swagger 2 heritage): skip it here.
            var parameters = operation.Parameters.Where(p => p.Kind is not (OpenApiParameterKind.Body or OpenApiParameterKind.FormData)).ToList();
            if (parameters.Count > 0)
            {
                _w.WriteStartArray("parameters");
                foreach (var parameter in parameters)
                {
                    WriteParameter(parameter);
                }

                _w.WriteEndArray();
            }

            if (operation.RequestBody is { } body)
            {
                _w.WriteStartObject("requestBody");
                String("description", body.Description);
                Content(body.Content);
                if (body.IsRequired)
                {
                    _w.WriteBoolean("required", true);
                }

                _w.WriteEndObject();
            }

            _w.WriteStartObject("responses");
            foreach (var (status, response) in operation.Responses)
            {
                _w.WriteStartObject(status);
                _w.WriteString("description", response.Description ?? string.Empty);
                Content(response.Content);
                _w.WriteEndObject();
            }

            _w.WriteEndObject();
            WriteSecurity(operation.Security);
            Extensions(operation.ExtensionData);
            _w.WriteEndObject();
        }

        private void WriteParameter(OpenApiParameter parameter)
        {
            _w.WriteStartObject();
            _w.WriteString("name", parameter.Name);
            _w.WriteString("in", parameter.Kind switch
            {
                OpenApiParameterKind.Path => "path",
                OpenApiParameterKind.Header => "header",
                OpenApiParameterKind.Cookie => "cookie",
                _ => "query",
            });
            String("description", parameter.Description);
            if (parameter.IsRequired)
            {
                _w.WriteBoolean("required", true);
            }

            if (parameter.Schema is { } schema)
            {
                _w.WritePropertyName("schema");
                WriteSchema(schema);
            }

            _w.WriteEndObject();
        }

        private void Content(IDictionary<string, OpenApiMediaType> content)
        {
            if (content.Count == 0)
            {
                return;
            }

            _w.WriteStartObject("content");
            foreach (var (mediaType, media) in content)
            {
                _w.WriteStartObject(mediaType);
                if (media.Schema is { } schema)
                {
                    _w.WritePropertyName("schema");
                    WriteSchema(schema);
                }

                if (media.Example is not null)
                {
                    _w.WritePropertyName("example");
                    Values.Write(_w, media.Example);
                }

                _w.WriteEndObject();
            }

            _w.WriteEndObject();
        }

        private void WriteSecurity(ICollection<OpenApiSecurityRequirement>? security)
        {
            if (security is null)
            {
                return;
            }

            _w.WriteStartArray("security");
            foreach (var requirement in security)
            {
                _w.WriteStartObject();
                foreach (var (name, scopes) in requirement)
                {
                    _w.WriteStartArray(name);
                    foreach (var scope in scopes)
                    {
                        _w.WriteStringValue(scope);
                    }

                    _w.WriteEndArray();
                }

                _w.WriteEndObject();
            }

            _w.WriteEndArray();
        }

        private void WriteSchema(JsonSchema schema, bool isComponent = false)
        {
            _w.WriteStartObject();
            if (!isComponent && schema.Reference is { } target)
            {
                _w.WriteString("$ref", "#/components/schemas/" + (_keys.TryGetValue(target, out var key) ? key : throw new InvalidOperationException("reference to a schema that is not a component")));
                _w.WriteEndObject();
                return;
            }

            String("title", schema.Title);
            var type = TypeName(schema.Type);
            String("type", type);
            String("format", schema.Format);
            String("description", schema.Description);
            if (schema.IsNullableRaw == true)
            {
                _w.WriteBoolean("nullable", true);
            }

            if (schema.Default is { } value)
            {
                _w.WritePropertyName("default");
                Values.Write(_w, value);
            }

            if (schema.Enumeration.Count > 0)
            {
                _w.WriteStartArray("enum");
                foreach (var item in schema.Enumeration)
                {
                    Values.Write(_w, item);
                }

                _w.WriteEndArray();
            }

            var required = schema.Properties.Where(p => p.Value.IsRequired).Select(p => p.Key).ToList();
            if (required.Count > 0)
            {
                _w.WriteStartArray("required");
                foreach (var name in required)
                {
                    _w.WriteStringValue(name);
                }

                _w.WriteEndArray();
            }

            if (schema.Properties.Count > 0)
            {
                _w.WriteStartObject("properties");
                foreach (var (name, property) in schema.Properties)
                {
                    _w.WritePropertyName(name);
                    WriteSchema(property);
                }

                _w.WriteEndObject();
            }

            if (schema.AdditionalPropertiesSchema is { } map)
            {
                _w.WritePropertyName("additionalProperties");
                WriteSchema(map);
            }

            if (type == "array")
            {
                _w.WritePropertyName("items");
                if (schema.Item is { } item)
                {
                    WriteSchema(item);
                }
                else
                {
                    _w.WriteStartObject();
                    _w.WriteEndObject();
                }
            }

            Branches("oneOf", schema.OneOf);
            Branches("anyOf", schema.AnyOf);
            Branches("allOf", schema.AllOf);
            Extensions(schema.ExtensionData);
            _w.WriteEndObject();
        }

        private void Branches(string name, ICollection<JsonSchema> branches)
        {
            if (branches.Count == 0)
            {
                return;
            }

            _w.WriteStartArray(name);
            foreach (var branch in branches)
            {
                WriteSchema(branch);
            }

            _w.WriteEndArray();
        }

        private static string? TypeName(JsonObjectType type) => type switch
        {
            JsonObjectType.String => "string",
            JsonObjectType.Integer => "integer",
            JsonObjectType.Number => "number",
            JsonObjectType.Boolean => "boolean",
            JsonObjectType.Object => "object",
            JsonObjectType.Array => "array",
            JsonObjectType.None => null,
            _ => throw new InvalidOperationException($"a schema has several types ({type}); OpenAPI 3.0 allows one"),
        };

        private void Extensions(IDictionary<string, object?>? extensions)
        {
            if (extensions is null)
            {
                return;
            }

            foreach (var (name, value) in extensions)
            {
                _w.WritePropertyName(name);
                Values.Write(_w, value);
            }
        }

        private void String(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                _w.WriteString(name, value);
            }
        }
    }
}
