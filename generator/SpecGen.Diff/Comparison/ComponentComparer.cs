using System.Text.Json;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;
using SpecGen.SourceGenerator.Parsing.Naming;

namespace SpecGen.Diff;

/// <summary>
/// Rule family: component schemas that the generator turns into C# types (models and enum structs). Every
/// component gets its class, used or not, so one removed is a class removed. A component removed and one added
/// with the same shape (<see cref="Shape"/>), matched one to one, is a rename: the class is renamed and every
/// caller naming it breaks, though nothing changes on the wire.
/// </summary>
internal static class ComponentComparer
{
    private static readonly HashSet<string> IgnoredKeywords = new(StringComparer.Ordinal)
    {
        "description", "title", "example", "examples", "externalDocs", "deprecated",
    };

    public static void Compare(DiffContext context)
    {
        var oldTypes = GeneratedTypes(context.Old);
        var newTypes = GeneratedTypes(context.New);
        var shared = oldTypes.Keys.Where(newTypes.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var removed = oldTypes.Where(t => !newTypes.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var added = newTypes.Where(t => !oldTypes.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

        var removedByShape = removed.ToLookup(t => Shape(t.Value.Element, shared), StringComparer.Ordinal);
        var addedByShape = added.ToLookup(t => Shape(t.Value.Element, shared), StringComparer.Ordinal);
        foreach (var (oldName, newName) in Pairs(removedByShape, addedByShape))
        {
            var (oldType, newType) = (oldTypes[oldName], newTypes[newName]);
            removed.Remove(oldName);
            added.Remove(newName);
            context.SchemaRenames[oldName] = newName;
            if (oldType.ClassName == newType.ClassName)
            {
                continue; // Same C# name (e.g. user_info → UserInfo): nothing changes for callers.
            }

            context.Report(Rules.ComponentSchemaRenamed, Direction.None, null, $"components.schemas.{newName}",
                $"schema '{oldName}' was renamed to '{newName}' with the same shape: the generated {oldType.What} {oldType.ClassName} is now {newType.ClassName}",
                oldName, newName, new SourceLines(DiffContext.SourceLine(oldType.Element), DiffContext.SourceLine(newType.Element)));
        }

        foreach (var (name, type) in removed.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            context.Report(Rules.ComponentSchemaRemoved, Direction.None, null, $"components.schemas.{name}",
                $"schema '{name}' was removed: the generated {type.What} {type.ClassName} is gone", name,
                source: new SourceLines(DiffContext.SourceLine(type.Element), null));
        }

        foreach (var (name, type) in added.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            context.Report(Rules.ComponentSchemaAdded, Direction.None, null, $"components.schemas.{name}",
                $"schema '{name}' was added: the SDK gains the {type.What} {type.ClassName}", newValue: name,
                source: new SourceLines(null, DiffContext.SourceLine(type.Element)));
        }
    }

    /// <summary>
    /// Removed and added schemas of the same shape, paired: one of each, or, where several share a shape, the
    /// pairs whose names contain one another (ignoring case: <c>Video</c> → <c>VideoV2</c>) one to one; no guessing
    /// beyond that.
    /// </summary>
    private static IEnumerable<(string Old, string New)> Pairs(
        ILookup<string, KeyValuePair<string, GeneratedType>> removedByShape,
        ILookup<string, KeyValuePair<string, GeneratedType>> addedByShape)
    {
        foreach (var group in removedByShape)
        {
            var olds = group.Select(t => t.Key).ToList();
            var news = addedByShape[group.Key].Select(t => t.Key).ToList();
            if (olds.Count == 1 && news.Count == 1)
            {
                yield return (olds[0], news[0]);
                continue;
            }

            foreach (var oldName in olds)
            {
                var matches = news.Where(n => Related(oldName, n)).ToList();
                if (matches.Count == 1 && olds.Count(o => Related(o, matches[0])) == 1)
                {
                    yield return (oldName, matches[0]);
                }
            }
        }
    }

    private static bool Related(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    private sealed record GeneratedType(JsonElement Element, string ClassName, string What);

    /// <summary>The component schemas the generator emits a type for (an object with properties, a string enum), by key.</summary>
    private static Dictionary<string, GeneratedType> GeneratedTypes(SpecDocument document)
    {
        var result = new Dictionary<string, GeneratedType>(StringComparer.Ordinal);
        foreach (var (name, element) in Json.Members(Json.Object(document.Root, "components") ?? Json.EmptyObject, "schemas"))
        {
            if (IsAlias(element))
            {
                continue; // Typed as another schema: no type of its own.
            }

            var kind = SchemaFacts.Build(document, element).Kind;
            if (kind is TypeKind.Model or TypeKind.Enum)
            {
                result[name] = new GeneratedType(element, ClassName(name, element), kind == TypeKind.Model ? "class" : "enum struct");
            }
        }

        return result;
    }

    /// <summary>The generator's name for a component (its naming policy: SpecGen.SourceGenerator's TypeNames.ForComponent).</summary>
    private static string ClassName(string key, JsonElement element)
    {
        var properties = Json.Object(element, "properties");
        var names = properties is { } p ? p.EnumerateObject().Select(m => m.Name).ToList() : new List<string>();
        string? typeConstant = null;
        if (properties is { } props && Json.Object(props, "type") is { } type)
        {
            if (type.TryGetProperty("const", out var constant) && constant.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                typeConstant = constant.ToString();
            }
            else if (type.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() == 1
                && values[0].ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                typeConstant = values[0].ToString();
            }
        }

        return TypeNames.ForComponent(key, Text(element, "x-specgen-name"), Text(element, "title"), names, typeConstant);

        static string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
    }

    /// <summary>
    /// A component the generator types as another schema, so that it emits no type of its own: a <c>$ref</c>, an
    /// <c>allOf</c> wrapper (one typed member, the others only annotating), or a oneOf/anyOf (but one of a single inline
    /// branch and null, which is that branch under the component's name), without a shape of its own
    /// (<see cref="TypeMapping.HasOwnShape"/> and <see cref="TypeMapping.IsAnnotation"/>, the rules the parser's Build
    /// and wrappers use). TypeMappingAgreementTests check both sides agree on every committed and peer spec.
    /// </summary>
    internal static bool IsAlias(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || element.TryGetProperty("$ref", out _))
        {
            return true;
        }

        // As the parser's Build: any 'properties' but an empty object is a shape (a malformed one too).
        var ownShape = TypeMapping.HasOwnShape(
            element.TryGetProperty("properties", out var properties) && !(properties.ValueKind == JsonValueKind.Object && !properties.EnumerateObject().Any()),
            Json.Object(element, "additionalProperties") is not null);
        if (ownShape)
        {
            return false;
        }

        if (Json.Array(element, "allOf") is { } allOf && allOf.GetArrayLength() > 0)
        {
            // A wrapper: one typed member, the others only annotate (TypeMapping.IsAnnotation).
            return allOf.EnumerateArray().Count(member => !IsAnnotationOnly(member)) == 1;
        }

        if ((Json.Array(element, "oneOf") ?? Json.Array(element, "anyOf")) is not { } union)
        {
            return false;
        }

        // A union of one inline branch and null is that branch under the component's own name (SpecParser.ResolveUnion).
        var branches = SchemaFacts.NonNullBranches(union.EnumerateArray().ToList());
        return !(branches.Count == 1 && branches[0].ValueKind == JsonValueKind.Object && !branches[0].TryGetProperty("$ref", out _));
    }

    private static bool IsAnnotationOnly(JsonElement member) =>
        member.ValueKind == JsonValueKind.Object
        && member.EnumerateObject().All(keyword => TypeMapping.IsAnnotation(
            keyword.Name,
            keyword.Value.ValueKind == JsonValueKind.String ? keyword.Value.GetString() : null,
            keyword.Value.ValueKind == JsonValueKind.Object ? !keyword.Value.EnumerateObject().Any() : keyword.Value.ValueKind == JsonValueKind.Array && keyword.Value.GetArrayLength() == 0));

    /// <summary>
    /// The schema as canonical JSON without its documentation (descriptions, titles, examples, <c>x-</c>
    /// extensions), members sorted; a reference keeps its target's name when that component exists in both
    /// documents, else reads as any reference (so models renamed together still match).
    /// </summary>
    internal static string Shape(JsonElement schema, HashSet<string> sharedNames)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, schema, sharedNames, 0);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element, HashSet<string> sharedNames, int depth)
    {
        if (depth > SchemaComparer.MaxDepth)
        {
            writer.WriteStringValue("…");
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    if (IgnoredKeywords.Contains(member.Name) || member.Name.StartsWith("x-", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    writer.WritePropertyName(member.Name);
                    if (member.Name == "$ref" && member.Value.ValueKind == JsonValueKind.String)
                    {
                        var target = member.Value.GetString()!;
                        var name = target[(target.LastIndexOf('/') + 1)..];
                        writer.WriteStringValue(sharedNames.Contains(name) ? target : "#/components/schemas/*");
                    }
                    else
                    {
                        Write(writer, member.Value, sharedNames, depth + 1);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, sharedNames, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
