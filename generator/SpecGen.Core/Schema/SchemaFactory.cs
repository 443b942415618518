using NJsonSchema;
using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Schema;

/// <summary>Turns a <see cref="TypeExpr"/> into an NJsonSchema schema. Only this class maps types to JSON Schema.</summary>
internal sealed class SchemaFactory
{
    private readonly IRefResolver _resolver;
    private readonly DiagnosticBag _diagnostics;

    public SchemaFactory(IRefResolver resolver, DiagnosticBag diagnostics)
    {
        _resolver = resolver;
        _diagnostics = diagnostics;
    }

    /// <summary>Marks a schema the doc typed as <c>null</c>.</summary>
    public const string NullExtension = "x-specgen-null";

    public T Create<T>(TypeExpr type, int line)
        where T : JsonSchema, new()
    {
        var schema = new T();
        Fill(schema, type, line);
        return schema;
    }

    /// <summary>Sets the type keywords of an existing schema (a pre-registered component, or a new one).</summary>
    public void Fill(JsonSchema schema, TypeExpr type, int line)
    {
        if (type.Nullable)
        {
            schema.IsNullableRaw = true;
        }

        switch (type)
        {
            case ScalarType scalar:
                schema.Type = ToJsonType(scalar.Type);
                schema.Format = scalar.Format;
                break;
            case RefType reference:
                var target = _resolver.Resolve(reference);
                if (target is null)
                {
                    _diagnostics.Warn(line, DiagnosticCodes.UnresolvedReference,
                        $"reference '{reference.Name}' (#{reference.Anchor}) matches no model; left untyped");
                    schema.Description = $"Unresolved reference: {reference.Name}";
                }
                else
                {
                    schema.Reference = target;
                }

                break;
            case ArrayType array:
                schema.Type = JsonObjectType.Array;
                schema.Item = array.Items is null ? new JsonSchema() : Create<JsonSchema>(array.Items, line);
                break;
            case NullType:
                // OpenAPI 3.0 has no null type and "nullable" needs a type: an untyped schema
                // (any value, null included) that records what the doc said.
                schema.ExtensionData ??= new Dictionary<string, object?>();
                schema.ExtensionData[NullExtension] = true;
                break;
            case UnknownType unknown:
                _diagnostics.Warn(line, DiagnosticCodes.UnknownType, $"'{unknown.Text}' is not a type; treated as string");
                schema.Type = JsonObjectType.String;
                break;
            case AnyType or EmptyType:
                break;
        }
    }

    public static JsonObjectType ToJsonType(string type) => type switch
    {
        "string" => JsonObjectType.String,
        "integer" => JsonObjectType.Integer,
        "number" => JsonObjectType.Number,
        "boolean" => JsonObjectType.Boolean,
        "object" => JsonObjectType.Object,
        "array" => JsonObjectType.Array,
        _ => JsonObjectType.None,
    };
}
