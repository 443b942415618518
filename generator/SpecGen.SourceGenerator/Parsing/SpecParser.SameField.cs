using System;
using System.Collections.Generic;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Parsing;

// The same wire field has the same C# type across an API. NapCat documents message_id as a number in the
// send_msg response and as "number or string" in delete_msg's request: left apart, send-then-recall needs a
// conversion. A member that is NumberOrString in one model is NumberOrString in every model (NumberOrString holds
// any number, so nothing read before is lost).
internal sealed partial class SpecParser
{
    private void UnifySameFields()
    {
        var loose = new HashSet<string>(StringComparer.Ordinal);
        foreach (ModelSpec model in _models)
        {
            foreach (PropertySpec property in model.Properties)
            {
                if (Innermost(property.Type).Kind == TypeKind.NumberOrString)
                {
                    loose.Add(property.WireName);
                }
            }
        }

        if (loose.Count == 0)
        {
            return;
        }

        for (int i = 0; i < _models.Count; i++)
        {
            ModelSpec model = _models[i];
            List<PropertySpec>? changed = null;
            for (int p = 0; p < model.Properties.Count; p++)
            {
                PropertySpec property = model.Properties[p];
                if (loose.Contains(property.WireName) && Loosened(property.Type) is { } type)
                {
                    changed ??= new List<PropertySpec>(model.Properties);
                    changed[p] = property with { Type = type };
                }
            }

            if (changed is not null)
            {
                _models[i] = model with { Properties = changed.ToEquatableArray() };
                _modelsByName[model.Name] = _models[i];
            }
        }
    }

    private static TypeRef Innermost(TypeRef type) => type.Kind == TypeKind.Array ? Innermost(type.Element!) : type;

    /// <summary>A number (or list of numbers) as NumberOrString; null for any other type, which stays as it is.</summary>
    private static TypeRef? Loosened(TypeRef type) => type.Kind switch
    {
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Double => TypeRef.NumberOrString,
        TypeKind.Array when Loosened(type.Element!) is { } element => TypeRef.ArrayOf(element),
        _ => null,
    };
}
