using System.Collections.Generic;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>Which <c>Of</c> factory a family member gets (see <see cref="FactorySpec"/>).</summary>
internal static class Factories
{
    /// <summary>At most this many values are lifted out of a wrapped object into the factory's parameters.</summary>
    private const int MaxWrappedParameters = 4;

    /// <summary>The member's factory; null when one of its properties is named like it (a property <c>Of</c>).</summary>
    public static FactorySpec? For(ModelSpec member, IReadOnlyDictionary<string, ModelSpec> models)
    {
        var required = new List<PropertySpec>();
        foreach (PropertySpec property in member.Properties)
        {
            if (property.Name == "Of")
            {
                return null;
            }

            if (property.Required && !member.IsConstant(property.WireName))
            {
                required.Add(property);
            }
        }

        if (required.Count == 1 && Wrapped(required[0].Type, models) is { } wrapped)
        {
            return new FactorySpec(required[0].Name, required[0].Type.Name, wrapped.ToEquatableArray());
        }

        return new FactorySpec(null, null, required.ToEquatableArray());
    }

    /// <summary>The required scalar properties of a small plain object (OneBot's <c>data</c>); null for anything else.</summary>
    private static List<PropertySpec>? Wrapped(TypeRef type, IReadOnlyDictionary<string, ModelSpec> models)
    {
        if (type.Kind != TypeKind.Model || !models.TryGetValue(type.Name!, out ModelSpec? model) || model.Shape != ModelShape.Object || model.BaseType is not null)
        {
            return null;
        }

        var values = new List<PropertySpec>();
        foreach (PropertySpec property in model.Properties)
        {
            if (property.Required)
            {
                if (!property.Type.IsScalar)
                {
                    return null;
                }

                values.Add(property);
            }
        }

        return values.Count is > 0 and <= MaxWrappedParameters ? values : null;
    }
}
