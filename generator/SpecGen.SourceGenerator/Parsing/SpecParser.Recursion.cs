using System.Collections.Generic;
using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Parsing;

// Recursion through aliases: a named schema reached again while it is being resolved (Node → children: NodeList →
// items: Node, or through an allOf wrapper) is a pending type, settled once every named schema is resolved. Only
// a cycle with no object in between (an alias, array or map of itself) cannot become a C# type: it is reported and
// typed JsonElement. An inline object is one type however often it is reached: met again (H: {properties: {a:
// {allOf: [{$ref: H}, …]}}} reaches a's object through H's properties) it is the type being built, not a new copy.
internal sealed partial class SpecParser
{
    private readonly Dictionary<JsonNode, TypeRef> _inlineObjects = new();

    private readonly Dictionary<string, TypeRef> _settled = new(System.StringComparer.Ordinal);
    private bool _hasPending;

    /// <summary>The type of a named schema that is still being resolved; its pointer stands in for it until settled.</summary>
    private TypeRef Pending(string pointer)
    {
        _hasPending = true;
        return new TypeRef(TypeKind.Json, pointer);
    }

    private static bool IsPending(TypeRef type) => type.Kind == TypeKind.Json && type.Name is not null;

    /// <summary>
    /// The type a use of a resolved named schema gets: the schema itself while its type still contains a pending
    /// part (so every use settles to the same type), else its type.
    /// </summary>
    private TypeRef UseOf(string pointer, TypeRef resolved)
    {
        if (_hasPending)
        {
            for (TypeRef? part = resolved; part is not null; part = part.Element)
            {
                if (IsPending(part))
                {
                    return Pending(pointer);
                }
            }
        }

        return resolved;
    }

    /// <summary>Replaces pending types in the resolved named schemas and in the models built so far.</summary>
    private void SettlePending()
    {
        if (!_hasPending)
        {
            return;
        }

        var visiting = new HashSet<string>(System.StringComparer.Ordinal);
        var pointers = new List<string>(_resolved.Keys);
        foreach (string pointer in pointers)
        {
            _resolved[pointer] = Settle(_resolved[pointer], visiting);
        }

        for (int i = 0; i < _models.Count; i++)
        {
            ModelSpec model = _models[i];
            PropertySpec[]? settled = null;
            for (int j = 0; j < model.Properties.Count; j++)
            {
                PropertySpec property = model.Properties[j];
                TypeRef type = Settle(property.Type, visiting);
                if (!ReferenceEquals(type, property.Type))
                {
                    settled ??= CopyOf(model.Properties);
                    settled[j] = property with { Type = type };
                }
            }

            if (settled is not null)
            {
                _models[i] = model with { Properties = new EquatableArray<PropertySpec>(settled) };
                _modelsByName[model.Name] = _models[i];
            }
        }

        _hasPending = false;
    }

    private TypeRef Settle(TypeRef type, HashSet<string> visiting)
    {
        if (IsPending(type))
        {
            string pointer = type.Name!;
            if (_settled.TryGetValue(pointer, out TypeRef? known))
            {
                return known;
            }

            if (!visiting.Add(pointer))
            {
                Report(DiagnosticDescriptors.InvalidDocument, ResolvePointer(pointer), "circular $ref '" + pointer + "' with no object in between (an alias, array or map of itself); typed as JsonElement");
                _settled[pointer] = TypeRef.Json;
                return TypeRef.Json;
            }

            TypeRef result = Settle(_resolved.TryGetValue(pointer, out TypeRef? resolved) ? resolved : TypeRef.Json, visiting);
            visiting.Remove(pointer);

            // A schema found to contain itself with no object in between stays JsonElement as a whole.
            if (!_settled.TryGetValue(pointer, out TypeRef? cyclic))
            {
                _settled[pointer] = result;
                return result;
            }

            return cyclic;
        }

        if (type.Element is { } element)
        {
            TypeRef settled = Settle(element, visiting);
            return ReferenceEquals(settled, element) ? type : type with { Element = settled };
        }

        return type;
    }

    private static PropertySpec[] CopyOf(EquatableArray<PropertySpec> properties)
    {
        var copy = new PropertySpec[properties.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = properties[i];
        }

        return copy;
    }
}
