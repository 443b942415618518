using System.Text.Json;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Model;

namespace SpecGen.Core.Assembly;

/// <summary>
/// Gives a oneOf/anyOf of components a discriminator when the doc shows one without saying so. widdershins prints
/// each model under a sample built from its schema, where a string member reads <c>"string"</c> unless the schema
/// fixed its value: NapCat's message segments all have <c>type</c>, typed only <c>string</c>, but their samples read
/// <c>"text"</c>, <c>"at"</c>, <c>"image"</c>. When every branch of a union shows a different such value for the
/// same member, that member tells the branches apart: it is written as <c>discriminator</c> with a mapping, and
/// reported (SG3010) at the union's line, since the doc never says the value is fixed.
/// </summary>
internal static class Discriminators
{
    /// <summary>The sample value widdershins prints for a string without a fixed value.</summary>
    private const string Placeholder = "string";

    /// <summary>Members tried first, in this order, when several would tell the branches apart.</summary>
    private static readonly string[] Preferred = ["type", "kind", "object", "@type", "_type"];

    /// <summary>
    /// The top-level string values of each model's sample, by component, with <c>fixedValues</c> from the settings
    /// applied over them; a settings entry naming no component is reported (SG3011).
    /// </summary>
    public static Dictionary<SpecSchema, Dictionary<string, string>> Samples(
        IEnumerable<(string Key, SpecSchema Schema, string? Sample)> models,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> fixedValues,
        DiagnosticBag diagnostics)
    {
        var samples = new Dictionary<SpecSchema, Dictionary<string, string>>(ReferenceEqualityComparer.Instance);
        var unused = new HashSet<string>(fixedValues.Keys, StringComparer.Ordinal);
        foreach (var (key, schema, sample) in models)
        {
            var values = SampleValues(sample);
            if (fixedValues.TryGetValue(key, out var chosen))
            {
                unused.Remove(key);
                foreach (var (member, value) in chosen)
                {
                    values[member] = value;
                }
            }

            if (values.Count > 0)
            {
                samples[schema] = values;
            }
        }

        foreach (var key in unused.Order(StringComparer.Ordinal))
        {
            diagnostics.Warn(1, DiagnosticCodes.FixedValuesUnmatched, $"fixedValues names '{key}', which is no component of this doc; it has no effect");
        }

        return samples;
    }

    private static Dictionary<string, string> SampleValues(string? sample)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (sample is null || !sample.TrimStart().StartsWith('{'))
        {
            return values;
        }

        try
        {
            using var json = JsonDocument.Parse(sample);
            foreach (var member in json.RootElement.EnumerateObject())
            {
                if (member.Value.ValueKind == JsonValueKind.String && member.Value.GetString() is { Length: > 0 } value && value != Placeholder)
                {
                    values[member.Name] = value;
                }
            }
        }
        catch (JsonException)
        {
            // A sample that is not JSON shows no values; the model itself was read from its tables.
        }

        return values;
    }

    public static void Infer(SpecDocument document, Dictionary<SpecSchema, Dictionary<string, string>> samples, DiagnosticBag diagnostics)
    {
        if (samples.Count == 0)
        {
            return;
        }

        var visited = new HashSet<SpecSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in document.Schemas.Values)
        {
            Visit(schema, samples, visited, diagnostics);
        }

        foreach (var operation in document.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                Visit(parameter.Schema, samples, visited, diagnostics);
            }

            if (operation.RequestBody?.Content.Schema is { } body)
            {
                Visit(body, samples, visited, diagnostics);
            }

            foreach (var response in operation.Responses.Values)
            {
                if (response.Content?.Schema is { } content)
                {
                    Visit(content, samples, visited, diagnostics);
                }
            }
        }
    }

    private static void Visit(SpecSchema schema, Dictionary<SpecSchema, Dictionary<string, string>> samples, HashSet<SpecSchema> visited, DiagnosticBag diagnostics)
    {
        // An explicit stack: nesting depth is the doc's, and it must not overflow ours.
        var pending = new Stack<SpecSchema>();
        pending.Push(schema);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!visited.Add(current))
            {
                continue;
            }

            if (current.OneOfCount > 0)
            {
                Decide(current, current.OneOf, samples, diagnostics);
            }
            else if (current.AnyOfCount > 0)
            {
                Decide(current, current.AnyOf, samples, diagnostics);
            }

            foreach (var property in current.Properties.Values)
            {
                pending.Push(property);
            }

            if (current.Items is { } items)
            {
                pending.Push(items);
            }

            if (current.AdditionalProperties is { } additional)
            {
                pending.Push(additional);
            }

            // Every branch: a union can also sit inside an allOf part or another union's branch.
            foreach (var branch in current.OneOfCount > 0 ? current.OneOf : [])
            {
                pending.Push(branch);
            }

            foreach (var branch in current.AnyOfCount > 0 ? current.AnyOf : [])
            {
                pending.Push(branch);
            }

            foreach (var branch in current.AllOfCount > 0 ? current.AllOf : [])
            {
                pending.Push(branch);
            }
        }
    }

    private static void Decide(SpecSchema union, List<SpecSchema> branches, Dictionary<SpecSchema, Dictionary<string, string>> samples, DiagnosticBag diagnostics)
    {
        if (union.DiscriminatorProperty is not null)
        {
            return;
        }

        var targets = new List<(SpecSchema Component, Dictionary<string, string> Values)>();
        foreach (var branch in branches)
        {
            if (branch.IsNullType)
            {
                continue;
            }

            if (branch.Reference is not { ComponentKey: not null } component || !samples.TryGetValue(component, out var values))
            {
                return;
            }

            targets.Add((component, values));
        }

        if (targets.Count < 2 || Member(targets) is not { } member)
        {
            return;
        }

        union.DiscriminatorProperty = member;
        union.DiscriminatorMapping = new OrderedDictionary<string, SpecSchema>(StringComparer.Ordinal);
        foreach (var (component, values) in targets)
        {
            union.DiscriminatorMapping[values[member]] = component;
        }

        diagnostics.Warn(
            union.Line ?? targets[0].Component.SourceLine ?? 1,
            DiagnosticCodes.DiscriminatorInferred,
            $"the {targets.Count} branches of this union show different fixed '{member}' values in their samples ({string.Join(", ", union.DiscriminatorMapping.Keys.Take(4))}…); '{member}' is written as their discriminator");
    }

    /// <summary>A string member every branch has, typed without enum, whose sample values all differ.</summary>
    private static string? Member(List<(SpecSchema Component, Dictionary<string, string> Values)> targets)
    {
        var candidates = new List<string>(Preferred);
        candidates.AddRange(targets[0].Component.Properties.Keys.Where(k => !Preferred.Contains(k)));
        foreach (var candidate in candidates)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var fits = true;
            foreach (var (component, values) in targets)
            {
                if (!values.TryGetValue(candidate, out var value) || !seen.Add(value)
                    || !component.Properties.TryGetValue(candidate, out var property) || property.Type != JsonType.String || property.EnumCount > 0)
                {
                    fits = false;
                    break;
                }
            }

            if (fits)
            {
                return candidate;
            }
        }

        return null;
    }
}
