using System.Text.Json;

namespace SpecGen.Core.Tests.RoundTrip;

/// <summary>
/// Reduces an OpenAPI 3.0 JSON document to a set of normalized fact strings, so that an original
/// spec and the spec converted back from its markdown rendering can be compared as sets.
///
/// Facts (one string each; METHOD upper case, path as written):
/// <code>
///   GET /pets                                                     an operation
///   GET /pets param query limit required=false type=integer       a parameter (path-level ones merged in)
///   GET /pets param query status enum=available|pending          its enum (items' enum: name suffixed [])
///   POST /pets request $ type=object required=true                the request body (required = requestBody.required)
///   POST /pets request tags[].name type=string required=true      a request-body field
///   POST /pets request kind enum=cat|dog                          a request-body enum
///   GET /pets response $ type=array&lt;object&gt;                       the 200 response body
///   GET /pets response [].id type=integer required=true           a 200 response field
/// </code>
///
/// Normalizations:
/// <list type="bullet">
/// <item>Local <c>$ref</c>s are followed (siblings of <c>$ref</c> ignored); the type of a referenced object is
///   <c>object</c>. A reference already being expanded on the current path (a cycle) still yields the field's
///   own fact but is not expanded again; expansion also stops at <see cref="MaxDepth"/> path segments.</item>
/// <item>Types: <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>object</c> (also for a schema with
///   properties or additionalProperties but no type), <c>array&lt;T&gt;</c> (<c>array&lt;any&gt;</c> without items),
///   <c>union&lt;A|B&gt;</c> for oneOf/anyOf without an own type (branch types sorted, duplicates removed; oneOf and
///   anyOf are not told apart, because request tables in widdershins output cannot tell them apart), and
///   <c>any</c> for an empty schema. <c>allOf</c> is merged: properties and required lists of all parts.</item>
/// <item>Formats, nullable, descriptions, examples, defaults and constraints are ignored. A 3.1 type array
///   such as <c>["string","null"]</c> counts as its non-null type.</item>
/// <item>Field paths: properties joined with <c>.</c>, array items as <c>[]</c>; the body itself is <c>$</c>.
///   <c>required</c> means listed in the parent object's <c>required</c>. Items of an array of scalars yield no
///   fact of their own, only their enum (<c>tags[] enum=…</c>).</item>
/// <item>Enum values: strings as written, other values as their JSON text; sorted (ordinal), distinct, joined by <c>|</c>.</item>
/// <item>Header parameters named <c>Accept</c>, <c>Content-Type</c> or <c>Authorization</c> (any case) yield no facts:
///   OpenAPI 3.0 says such parameter definitions "SHALL be ignored" (a converter may turn them into security schemes).</item>
/// <item>Request body media type: <c>application/json</c> if present, else the first JSON-like one, else the first.
///   Response: only status <c>200</c>, media type chosen the same way; a response without a schema has no facts.</item>
/// </list>
/// </summary>
public static class OpenApiFacts
{
    /// <summary>Field paths deeper than this are not expanded (a guard besides the cycle check).</summary>
    public const int MaxDepth = 12;

    private static readonly HashSet<string> IgnoredHeaders = new(["Accept", "Content-Type", "Authorization"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static SortedSet<string> Extract(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Extract(document.RootElement);
    }

    public static SortedSet<string> Extract(JsonElement root)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        Walk(new Walker(root, facts), root);
        return facts;
    }

    /// <summary>Every operation of every path item, through <paramref name="walker"/>.</summary>
    private static void Walk(Walker walker, JsonElement root)
    {
        foreach (var (key, pathItem, operation) in Operations(walker, root))
        {
            walker.Operation(key, pathItem, operation);
        }
    }

    /// <summary>Every operation of the spec (<c>METHOD /path</c>, its path item, the operation), references resolved.</summary>
    private static IEnumerable<(string Key, JsonElement PathItem, JsonElement Operation)> Operations(Walker walker, JsonElement root)
    {
        if (!root.TryGetProperty("paths", out var paths) || paths.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var pathItemProperty in paths.EnumerateObject())
        {
            var pathItem = walker.Resolve(pathItemProperty.Value);
            foreach (var method in Methods)
            {
                if (pathItem.ValueKind == JsonValueKind.Object && pathItem.TryGetProperty(method, out var operation))
                {
                    yield return ($"{method.ToUpperInvariant()} {pathItemProperty.Name}", pathItem, walker.Resolve(operation));
                }
            }
        }
    }

    /// <summary>
    /// What a fact is about, without what it says: <c>GET /pets response [].id type</c> for
    /// <c>GET /pets response [].id type=integer required=true</c>, <c>… status enum</c> for an enum fact.
    /// </summary>
    public static string Subject(string fact)
    {
        var at = fact.IndexOf(" type=", StringComparison.Ordinal);
        if (at < 0)
        {
            at = fact.IndexOf(" enum=", StringComparison.Ordinal);
        }

        return at < 0 ? fact : fact[..(at + " type".Length)];
    }

    /// <summary>
    /// Subjects (<see cref="Subject"/>) of the facts of <see cref="Extract(string)"/> about fields whose schema is a <c>$ref</c> (an array's items included),
    /// and about everything below them; the body root itself (<c>$</c>) is not counted as such a field.
    /// </summary>
    public static SortedSet<string> FactsUnderRefFields(string json) => Walked(json).UnderRefFields;

    /// <summary>
    /// Subjects (<see cref="Subject"/>) of the facts about schemas without a type (no <c>type</c> and no
    /// oneOf/anyOf/allOf: <c>{}</c>, or <c>properties</c> without <c>type: object</c>), or arrays of them, and about
    /// everything below them; the body root included.
    /// </summary>
    public static SortedSet<string> FactsUnderUntypedSchemas(string json) => Walked(json).UnderUntypedSchemas;

    /// <summary>Subjects (<see cref="Subject"/>) of the facts of payload schemas the converter read from an example (<c>x-specgen-from-example</c>): reported guesses.</summary>
    public static SortedSet<string> FactsFromExamples(string json) => Walked(json).FromExamples;

    private static Walker Walked(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.Clone();
        var walker = new Walker(root, new SortedSet<string>(StringComparer.Ordinal));
        Walk(walker, root);
        return walker;
    }

    /// <summary>
    /// Operations (<c>METHOD /path</c>) whose request body schema (media type chosen as for the facts) is written
    /// inline, not as a <c>$ref</c>; the value says whether that schema declares <c>type: object</c>.
    /// </summary>
    public static Dictionary<string, bool> InlineRequestBodies(string json)
    {
        using var document = JsonDocument.Parse(json);
        var walker = new Walker(document.RootElement, []);
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, _, operation) in Operations(walker, document.RootElement))
        {
            if (operation.TryGetProperty("requestBody", out var body)
                && walker.SchemaOf(walker.Resolve(body)) is { ValueKind: JsonValueKind.Object } schema
                && !schema.TryGetProperty("$ref", out _))
            {
                result[key] = schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "object";
            }
        }

        return result;
    }

    /// <summary>Operations (<c>METHOD /path</c>) whose request body is form data (urlencoded or multipart) only.</summary>
    public static HashSet<string> FormBodyOperations(string json)
    {
        using var document = JsonDocument.Parse(json);
        var walker = new Walker(document.RootElement, []);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _, operation) in Operations(walker, document.RootElement))
        {
            if (operation.TryGetProperty("requestBody", out var body)
                && walker.Resolve(body).TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object
                && content.EnumerateObject().Any()
                && content.EnumerateObject().All(m => m.Name is "application/x-www-form-urlencoded" or "multipart/form-data"))
            {
                result.Add(key);
            }
        }

        return result;
    }

    private sealed class Walker(JsonElement root, SortedSet<string> facts)
    {
        private readonly List<string> refStack = [];
        private int refFields;
        private int untypedFields;
        private int exampleFields;

        /// <summary>Subjects of the facts of a payload schema marked <c>x-specgen-from-example</c>.</summary>
        public SortedSet<string> FromExamples { get; } = new(StringComparer.Ordinal);

        /// <summary>Subjects of the facts of fields that are, or lie below, a schema <see cref="IsUntyped"/>.</summary>
        public SortedSet<string> UnderUntypedSchemas { get; } = new(StringComparer.Ordinal);

        /// <summary>Subjects (<see cref="Subject"/>) of the facts of fields that are, or lie below, a field whose schema is a <c>$ref</c> (the body root aside).</summary>
        public SortedSet<string> UnderRefFields { get; } = new(StringComparer.Ordinal);

        private void Add(string fact)
        {
            facts.Add(fact);
            if (refFields > 0)
            {
                UnderRefFields.Add(Subject(fact));
            }

            if (untypedFields > 0)
            {
                UnderUntypedSchemas.Add(Subject(fact));
            }

            if (exampleFields > 0)
            {
                FromExamples.Add(Subject(fact));
            }
        }

        public void Operation(string op, JsonElement pathItem, JsonElement operation)
        {
            Add(op);
            foreach (var parameter in MergedParameters(pathItem, operation))
            {
                Parameter(op, parameter);
            }

            if (operation.TryGetProperty("requestBody", out var bodyElement))
            {
                var body = Resolve(bodyElement);
                if (SchemaOfContent(body) is { } schema)
                {
                    var required = body.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
                    Field($"{op} request", "$", schema, required, depth: 0);
                }
            }

            if (operation.TryGetProperty("responses", out var responses) && responses.ValueKind == JsonValueKind.Object
                && responses.TryGetProperty("200", out var okElement)
                && SchemaOfContent(Resolve(okElement)) is { } okSchema)
            {
                Field($"{op} response", "$", okSchema, required: null, depth: 0);
            }
        }

        private List<JsonElement> MergedParameters(JsonElement pathItem, JsonElement operation)
        {
            var merged = new List<JsonElement>();
            var keys = new List<string>();
            foreach (var source in new[] { pathItem, operation })
            {
                if (!source.TryGetProperty("parameters", out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var element in list.EnumerateArray())
                {
                    var parameter = Resolve(element);
                    var key = $"{Text(parameter, "in")} {Text(parameter, "name")}";
                    var index = keys.IndexOf(key);
                    if (index >= 0)
                    {
                        merged[index] = parameter; // an operation parameter overrides the path-level one
                    }
                    else
                    {
                        keys.Add(key);
                        merged.Add(parameter);
                    }
                }
            }

            return merged;
        }

        private void Parameter(string op, JsonElement parameter)
        {
            if (Text(parameter, "in") == "header" && IgnoredHeaders.Contains(Text(parameter, "name")))
            {
                return;
            }

            var prefix = $"{op} param {Text(parameter, "in")} {Text(parameter, "name")}";
            var required = parameter.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            var schema = parameter.TryGetProperty("schema", out var s) ? s : SchemaOfContent(parameter) ?? default;
            Add($"{prefix} required={Bool(required)} type={TypeOf(schema)}");
            var resolved = Resolve(schema);
            if (EnumOf(resolved) is { } values)
            {
                Add($"{prefix} enum={values}");
            }

            if (resolved.ValueKind == JsonValueKind.Object && resolved.TryGetProperty("items", out var items) && EnumOf(Resolve(items)) is { } itemValues)
            {
                Add($"{prefix}[] enum={itemValues}");
            }
        }

        /// <summary>Facts of one field (or the body root, path <c>$</c>) and, recursively, of its children.</summary>
        private void Field(string prefix, string path, JsonElement schema, bool? required, int depth)
        {
            // widdershins' shallowSchemas drops a ref row with everything below it, and a model made of allOf parts
            // that are refs shows no rows at all.
            var isRef = path != "$" ? Ref(schema) is not null : Shape(schema).HasRefPart;
            var untyped = IsUntyped(schema, 0);
            var fromExample = path == "$" && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(Writing.SpecWriter.FromExampleExtension, out var flag) && flag.ValueKind == JsonValueKind.True;
            refFields += isRef ? 1 : 0;
            untypedFields += untyped ? 1 : 0;
            exampleFields += fromExample ? 1 : 0;
            var requiredText = required is { } value ? $" required={Bool(value)}" : string.Empty;
            Add($"{prefix} {path} type={TypeOf(schema)}{requiredText}");
            Children(prefix, path, schema, depth);
            refFields -= isRef ? 1 : 0;
            untypedFields -= untyped ? 1 : 0;
            exampleFields -= fromExample ? 1 : 0;
        }

        private void Children(string prefix, string path, JsonElement schema, int depth)
        {
            var pushed = Push(schema);
            if (pushed is null)
            {
                return; // a cycle: the field's own fact is enough
            }

            try
            {
                var shape = Shape(schema);
                if (EnumOf(shape.Self) is { } values)
                {
                    Add($"{prefix} {path} enum={values}");
                }

                if (depth >= MaxDepth)
                {
                    return;
                }

                // shallowSchemas also drops the rows after a ref row down to the next shallower row: its later siblings.
                var afterRef = shape.HasRefPart;
                foreach (var (name, property) in shape.Properties)
                {
                    var childPath = path == "$" ? name : $"{path}.{name}";
                    afterRef |= Ref(property) is not null;
                    refFields += afterRef ? 1 : 0;
                    Field(prefix, childPath, property, shape.Required.Contains(name), depth + 1);
                    refFields -= afterRef ? 1 : 0;
                }

                if (shape.Items is { } items)
                {
                    var itemPath = path == "$" ? "[]" : $"{path}[]";
                    var itemShape = Shape(items);
                    if (itemShape.Properties.Count > 0 || itemShape.Items is not null || EnumOf(itemShape.Self) is not null)
                    {
                        var isRef = Ref(items) is not null;
                        refFields += isRef ? 1 : 0;
                        Children(prefix, itemPath, items, depth + 1);
                        refFields -= isRef ? 1 : 0;
                    }
                }
            }
            finally
            {
                refStack.RemoveRange(pushed.Value, refStack.Count - pushed.Value);
            }
        }

        /// <summary>
        /// A schema with no <c>type</c> and no oneOf/anyOf/allOf (<c>{}</c>, or <c>properties</c> without
        /// <c>type: object</c>), or an array of such items: renderers that print by <c>type</c> print nothing for it.
        /// </summary>
        private bool IsUntyped(JsonElement schema, int depth)
        {
            var self = Resolve(schema);
            if (self.ValueKind != JsonValueKind.Object)
            {
                return true;
            }

            if (self.TryGetProperty("type", out var type))
            {
                return type.ValueKind == JsonValueKind.String && type.GetString() == "array" && depth < 8
                    && (!self.TryGetProperty("items", out var items) || IsUntyped(items, depth + 1));
            }

            return !self.TryGetProperty("oneOf", out _) && !self.TryGetProperty("anyOf", out _) && !self.TryGetProperty("allOf", out _);
        }

        /// <summary>Pushes the $ref chain of a schema; null when one of them is already being expanded.</summary>
        private int? Push(JsonElement schema)
        {
            var mark = refStack.Count;
            var current = schema;
            for (var hops = 0; hops < 32 && Ref(current) is { } reference; hops++)
            {
                if (refStack.Contains(reference))
                {
                    refStack.RemoveRange(mark, refStack.Count - mark);
                    return null;
                }

                refStack.Add(reference);
                current = Lookup(reference);
            }

            return mark;
        }

        public string TypeOf(JsonElement schema) => TypeOf(schema, []);

        private string TypeOf(JsonElement schema, HashSet<string> seen)
        {
            var shape = Shape(schema);
            var self = shape.Self;
            if (self.ValueKind != JsonValueKind.Object)
            {
                return "any";
            }

            if (shape.Type is { } type)
            {
                return type == "array" ? $"array<{ItemType(shape, seen)}>" : type;
            }

            if (shape.Properties.Count > 0 || self.TryGetProperty("additionalProperties", out _))
            {
                return "object";
            }

            if (shape.Items is not null)
            {
                return $"array<{ItemType(shape, seen)}>";
            }

            var branches = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var keyword in new[] { "oneOf", "anyOf" })
            {
                if (self.TryGetProperty(keyword, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    foreach (var branch in list.EnumerateArray())
                    {
                        branches.Add(Ref(branch) is { } reference && !seen.Add(reference) ? "object" : TypeOf(branch, seen));
                    }
                }
            }

            return branches.Count > 0 ? $"union<{string.Join('|', branches)}>" : "any";
        }

        private string ItemType(SchemaShape shape, HashSet<string> seen)
        {
            if (shape.Items is not { } items)
            {
                return "any";
            }

            // Arrays of arrays of a recursive schema: stop instead of recursing forever.
            if (Ref(items) is { } reference && !seen.Add(reference))
            {
                return "object";
            }

            return TypeOf(items, seen);
        }

        /// <summary>A schema with $refs resolved and allOf merged.</summary>
        private SchemaShape Shape(JsonElement schema)
        {
            var self = Resolve(schema);
            var shape = new SchemaShape(self);
            Merge(shape, self, depth: 0);
            return shape;
        }

        private void Merge(SchemaShape shape, JsonElement schema, int depth)
        {
            if (schema.ValueKind != JsonValueKind.Object || depth > 16)
            {
                return;
            }

            if (schema.TryGetProperty("type", out var type))
            {
                var name = type.ValueKind == JsonValueKind.Array
                    ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
                    : type.GetString();
                shape.Type ??= name;
            }

            if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    var index = shape.Properties.FindIndex(p => p.Name == property.Name);
                    if (index >= 0)
                    {
                        shape.Properties[index] = (property.Name, property.Value);
                    }
                    else
                    {
                        shape.Properties.Add((property.Name, property.Value));
                    }
                }
            }

            if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
            {
                foreach (var name in required.EnumerateArray())
                {
                    if (name.GetString() is { } text)
                    {
                        shape.Required.Add(text);
                    }
                }
            }

            if (shape.Items is null && schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
            {
                shape.Items = items;
            }

            if (schema.TryGetProperty("allOf", out var allOf) && allOf.ValueKind == JsonValueKind.Array)
            {
                foreach (var part in allOf.EnumerateArray())
                {
                    shape.HasRefPart |= Ref(part) is not null;
                    var resolved = Resolve(part);
                    if (shape.Self.ValueKind == JsonValueKind.Object && EnumOf(shape.Self) is null && EnumOf(resolved) is not null)
                    {
                        shape.Self = resolved;
                    }

                    Merge(shape, resolved, depth + 1);
                }

                if (shape.Type is null && shape.Properties.Count > 0)
                {
                    shape.Type = "object";
                }
            }
        }

        public JsonElement Resolve(JsonElement element)
        {
            for (var hops = 0; hops < 32 && Ref(element) is { } reference; hops++)
            {
                element = Lookup(reference);
            }

            return element;
        }

        private JsonElement Lookup(string reference)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return default; // external references are out of scope: an unknown (any) schema
            }

            var current = root;
            foreach (var rawSegment in reference[2..].Split('/'))
            {
                var segment = Uri.UnescapeDataString(rawSegment).Replace("~1", "/").Replace("~0", "~");
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
                {
                    return default;
                }
            }

            return current;
        }

        private static string? Ref(JsonElement element) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var r) && r.ValueKind == JsonValueKind.String
                ? r.GetString()
                : null;

        public JsonElement? SchemaOf(JsonElement owner) => SchemaOfContent(owner);

        private JsonElement? SchemaOfContent(JsonElement owner)
        {
            if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var mediaTypes = content.EnumerateObject().ToList();
            var chosen = mediaTypes.FirstOrDefault(m => m.Name == "application/json");
            if (chosen.Value.ValueKind == JsonValueKind.Undefined)
            {
                chosen = mediaTypes.FirstOrDefault(m => m.Name.Contains("json", StringComparison.OrdinalIgnoreCase));
            }

            if (chosen.Value.ValueKind == JsonValueKind.Undefined && mediaTypes.Count > 0)
            {
                chosen = mediaTypes[0];
            }

            return chosen.Value.ValueKind == JsonValueKind.Object && chosen.Value.TryGetProperty("schema", out var schema)
                ? schema
                : null;
        }

        private static string? EnumOf(JsonElement schema)
        {
            if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("enum", out var values) || values.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var texts = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var value in values.EnumerateArray())
            {
                texts.Add(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
            }

            return texts.Count == 0 ? null : string.Join('|', texts);
        }

        private static string Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : string.Empty;

        private static string Bool(bool value) => value ? "true" : "false";
    }

    private sealed class SchemaShape(JsonElement self)
    {
        /// <summary>The resolved schema itself (or the allOf part that carries the enum).</summary>
        public JsonElement Self { get; set; } = self;

        public string? Type { get; set; }

        public List<(string Name, JsonElement Schema)> Properties { get; } = [];

        public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

        public JsonElement? Items { get; set; }

        /// <summary>One of the allOf parts is a <c>$ref</c>.</summary>
        public bool HasRefPart { get; set; }
    }
}
