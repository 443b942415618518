using System;
using System.Collections.Generic;
using System.Globalization;
using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Parsing;

// allOf wrappers: `allOf: [{$ref: X}]` with annotation-only siblings or members (description, nullable…) is X
// itself, not a copy of it; an allOf that adds members composes a new type, and says so (SPECGEN009).
internal sealed partial class SpecParser
{
    /// <summary>True for an allOf member that only annotates (<see cref="TypeMapping.IsAnnotation"/> for each of its keywords).</summary>
    private static bool IsAnnotationOnly(JsonNode member)
    {
        if (!member.IsObject)
        {
            return false;
        }

        foreach (KeyValuePair<string, JsonNode> entry in member.Properties)
        {
            JsonNode value = entry.Value;
            bool isEmpty = value.IsObject ? value.Properties.Count == 0 : value.Kind == JsonKind.Array && value.Items.Count == 0;
            if (!TypeMapping.IsAnnotation(entry.Key, value.IsString ? value.Text : null, isEmpty))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The one member of <paramref name="allOf"/> that carries a type when every other member only annotates, else
    /// null (a real composition, or nothing but annotations).
    /// </summary>
    private static JsonNode? WrappedMember(JsonNode allOf)
    {
        JsonNode? typed = null;
        foreach (JsonNode member in allOf.Items)
        {
            if (IsAnnotationOnly(member))
            {
                continue;
            }

            if (typed is not null)
            {
                return null;
            }

            typed = member;
        }

        return typed;
    }

    /// <summary>
    /// An annotation of a schema: its own, else that of an annotation-only allOf member (the
    /// <c>allOf: [{$ref}, {description}]</c> form).
    /// </summary>
    private static JsonNode? Annotation(JsonNode schema, string keyword)
    {
        if (schema.Get(keyword) is { } own)
        {
            return own;
        }

        if (schema.Get("allOf") is { IsArray: true } allOf)
        {
            foreach (JsonNode member in allOf.Items)
            {
                if (IsAnnotationOnly(member) && member.Get(keyword) is { } value)
                {
                    return value;
                }
            }
        }

        return null;
    }

    private static string? AnnotationText(JsonNode schema, string keyword)
        => Annotation(schema, keyword) is { IsString: true } value ? value.Text : null;

    /// <summary>Reports an allOf that composes a referenced schema with more: it is a new type, not the referenced one.</summary>
    private void ReportComposition(JsonNode schema, JsonNode allOf, string typeName)
    {
        var referenced = new List<string>();
        var added = new List<string>();
        AddOwnMembers(schema, added);
        foreach (JsonNode member in allOf.Items)
        {
            if (!member.IsObject)
            {
                continue;
            }

            if (member.GetString("$ref") is { } reference)
            {
                referenced.Add(_componentNames.TryGetValue(reference, out string? name) ? name : reference);
            }
            else
            {
                AddOwnMembers(member, added);
            }
        }

        if (referenced.Count == 0)
        {
            return;
        }

        string targets = string.Join(" and ", referenced);
        string what = added.Count == 0
            ? "composes " + targets
            : "adds " + added.Count.ToString(CultureInfo.InvariantCulture) + " member" + (added.Count == 1 ? string.Empty : "s")
                + " (" + string.Join(", ", added.GetRange(0, Math.Min(3, added.Count))) + (added.Count > 3 ? ", …" : string.Empty) + ") to " + targets;
        Report(DiagnosticDescriptors.Composed, allOf, "allOf " + what + ": '" + typeName + "' is a new class with all their members, not assignable to " + string.Join(" or ", referenced));

        static void AddOwnMembers(JsonNode part, List<string> names)
        {
            if (part.Get("properties") is { IsObject: true } properties)
            {
                foreach (KeyValuePair<string, JsonNode> property in properties.Properties)
                {
                    names.Add(property.Key);
                }
            }
        }
    }
}
