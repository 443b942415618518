using SpecGen.Core.Diagnostics;
using SpecGen.Core.Model;

namespace SpecGen.Core.Schema;

/// <summary>Turns a <see cref="TypeExpr"/> into a schema. Only this class maps types to JSON Schema.</summary>
internal sealed class SchemaFactory
{
    private readonly IRefResolver _resolver;
    private readonly DiagnosticBag _diagnostics;

    public SchemaFactory(IRefResolver resolver, DiagnosticBag diagnostics)
    {
        _resolver = resolver;
        _diagnostics = diagnostics;
    }

    public SpecSchema Create(TypeExpr type, int line)
    {
        var schema = new SpecSchema();
        Fill(schema, type, line);
        return schema;
    }

    /// <summary>Sets the type keywords of an existing schema (a pre-registered component, or a new one).</summary>
    public void Fill(SpecSchema schema, TypeExpr type, int line)
    {
        if (line > 0)
        {
            schema.Line = line;
        }

        if (type.Nullable)
        {
            schema.Nullable = true;
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
                schema.Type = JsonType.Array;
                schema.Items = array.Items is null ? new SpecSchema() : Create(array.Items, line);
                break;
            case MapType map:
                schema.Type = JsonType.Object;
                schema.AdditionalProperties = map.Values is null ? new SpecSchema() : Create(map.Values, line);
                break;
            case EnumType enumeration:
                schema.Type = JsonType.String;
                Enums.AddValues(schema, enumeration.Values);
                break;
            case NullType:
                // OpenAPI 3.0 has no null type and "nullable" needs a type: an untyped schema
                // (any value, null included) that records what the doc said.
                schema.IsNullType = true;
                break;
            case UnreadableType unreadable:
                _diagnostics.Warn(line, DiagnosticCodes.TypeTooComplex, $"{unreadable.Reason}; left untyped");
                break;
            case UnknownType { IsClassName: true } className:
                _diagnostics.Warn(line, DiagnosticCodes.UnknownType, $"'{className.Text}' names a class this doc does not define; read as an object");
                schema.Type = JsonType.Object;
                break;
            case UnknownType unknown:
                _diagnostics.Warn(line, DiagnosticCodes.UnknownType, $"'{unknown.Text}' is not a type; treated as string");
                schema.Type = JsonType.String;
                break;
            case UnionType union:
                foreach (var branch in union.Branches)
                {
                    schema.AnyOf.Add(Create(branch, line));
                }

                break;
            case AnyType or EmptyType:
                break;
        }
    }

    public static JsonType ToJsonType(string type) => type switch
    {
        "string" => JsonType.String,
        "integer" => JsonType.Integer,
        "number" => JsonType.Number,
        "boolean" => JsonType.Boolean,
        "object" => JsonType.Object,
        "array" => JsonType.Array,
        _ => JsonType.None,
    };
}
