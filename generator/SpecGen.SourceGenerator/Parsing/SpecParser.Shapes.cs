using System.Collections.Generic;
using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Parsing;

// Identical shapes share one type: an inline object with the same properties (wire names, types, required) as an
// earlier named or inline object, or an inline string enum with the same values as an earlier enum, is that type.
// The first met keeps its name (named schemas in document order, then operations in path order). Named schemas
// always get their own type, and so do the inline objects of an operation's signature (request body, response
// body, envelope data, their array items): their names say which operation they belong to.
internal sealed partial class SpecParser
{
    private readonly HashSet<JsonNode> _signatureObjects = new();
    private readonly Dictionary<EquatableArray<ShapeMember>, TypeRef> _objectShapes = new();
    private readonly Dictionary<EquatableArray<string>, TypeRef> _enumShapes = new();

    /// <summary>Resolves an operation's request or response schema; an inline object there keeps its operation's name.</summary>
    private TypeRef ResolveOperationType(JsonNode? schema, string nameHint)
    {
        MarkSignatureObject(schema);
        return Resolve(schema, nameHint, 1);
    }

    /// <summary>Marks a schema (or, for an array, its items) as part of an operation's signature.</summary>
    private void MarkSignatureObject(JsonNode? schema)
    {
        if (schema is { IsObject: true })
        {
            _signatureObjects.Add(schema);
            if (schema.Get("items") is { IsObject: true } items)
            {
                _signatureObjects.Add(items);
            }
        }
    }

    /// <summary>Whether an inline object is in a signature; if so, the envelope data among its properties is too.</summary>
    private bool IsSignatureObject(JsonNode schema, List<KeyValuePair<string, JsonNode>> properties)
    {
        if (!_signatureObjects.Contains(schema))
        {
            return false;
        }

        if (_envelope?.Data is { } data)
        {
            foreach (KeyValuePair<string, JsonNode> property in properties)
            {
                if (property.Key == data)
                {
                    MarkSignatureObject(property.Value);
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The earlier object with these properties when <paramref name="mayShare"/>, else null after recording
    /// <paramref name="type"/> as the first of its shape (signature objects are not recorded: their names are an
    /// operation's).
    /// </summary>
    private TypeRef? SharedObject(TypeRef type, List<PropertySpec> properties, bool mayShare, bool isSignature)
    {
        if (isSignature)
        {
            return null;
        }

        var members = new ShapeMember[properties.Count];
        for (int i = 0; i < members.Length; i++)
        {
            members[i] = new ShapeMember(properties[i].WireName, properties[i].Type, properties[i].Required);
        }

        var key = new EquatableArray<ShapeMember>(members);
        if (_objectShapes.TryGetValue(key, out TypeRef? shared))
        {
            return mayShare ? shared : null;
        }

        _objectShapes[key] = type;
        return null;
    }

    /// <summary>The earlier enum with these values, if any.</summary>
    private TypeRef? SharedEnum(List<string> values)
        => _enumShapes.TryGetValue(new EquatableArray<string>(values), out TypeRef? shared) ? shared : null;

    /// <summary>Records an enum as the first with its values (an earlier one stays the first).</summary>
    private void RecordEnum(List<string> values, TypeRef type)
    {
        var key = new EquatableArray<string>(values);
        if (!_enumShapes.ContainsKey(key))
        {
            _enumShapes[key] = type;
        }
    }

    private sealed record ShapeMember(string WireName, TypeRef Type, bool Required);
}
