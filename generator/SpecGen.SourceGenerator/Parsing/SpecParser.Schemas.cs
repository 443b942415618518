using System;
using System.Collections.Generic;
using System.Globalization;
using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing.Naming;

namespace SpecGen.SourceGenerator.Parsing;

// Schema → TypeRef. Objects become models, string enums extensible enum structs, [number, string]
// unions NumberOrString, other unions and untyped schemas JsonElement.
internal sealed partial class SpecParser
{
    /// <summary>Property names by wire name: a large spec repeats the same few hundred property keys thousands of times.</summary>
    private readonly Dictionary<string, string> _propertyNames = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> _shapePositions = new(StringComparer.Ordinal);
    private readonly HashSet<JsonNode> _shapeVisited = new();

    private TypeRef Resolve(JsonNode? schema, string nameHint, int depth, bool formContext = false)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (schema is null || schema.Kind is JsonKind.True or JsonKind.False)
        {
            return TypeRef.Json;
        }

        if (!schema.IsObject)
        {
            Report(DiagnosticDescriptors.InvalidDocument, schema, "a schema must be a JSON object; typed as JsonElement");
            return TypeRef.Json;
        }

        if (depth > MaxSchemaDepth)
        {
            Report(DiagnosticDescriptors.Unsupported, schema, "schema nesting deeper than " + MaxSchemaDepth + " levels; typed as JsonElement");
            return TypeRef.Json;
        }

        _nesting++;
        try
        {
            string? reference = schema.GetString("$ref");
            if (reference is not null)
            {
                return ResolveReference(reference, schema, nameHint, depth, formContext);
            }

            return Build(schema, nameHint, null, depth, formContext);
        }
        finally
        {
            _nesting--;
        }
    }

    private TypeRef ResolveReference(string reference, JsonNode refNode, string nameHint, int depth, bool formContext)
    {
        JsonNode? target = ResolvePointer(reference);
        if (target is null)
        {
            Report(DiagnosticDescriptors.UnresolvedReference, refNode.Get("$ref") ?? refNode, reference);
            return TypeRef.Json;
        }

        if (_componentPointers.TryGetValue(target, out string? pointer))
        {
            return ResolveComponent(pointer);
        }

        if (!_inProgress.Add(reference))
        {
            Report(DiagnosticDescriptors.InvalidDocument, refNode, "circular $ref '" + reference + "'; typed as JsonElement");
            return TypeRef.Json;
        }

        try
        {
            return Resolve(target, nameHint, depth + 1, formContext);
        }
        finally
        {
            _inProgress.Remove(reference);
        }
    }

    private TypeRef ResolveComponent(string pointer)
    {
        if (_resolved.TryGetValue(pointer, out TypeRef? known))
        {
            return UseOf(pointer, known);
        }

        JsonNode node = ResolvePointer(pointer)!;
        if (!_inProgress.Add(pointer))
        {
            // Reached again through an alias, array or wrapper of itself: settled when every schema is resolved.
            return Pending(pointer);
        }

        if (_nesting >= MaxNesting)
        {
            // Deep in a chain of named schemas (M1.next: M2, M2.next: M3, …): resolved later by the loop over all
            // named schemas, which is still to reach it, instead of deeper on the stack; settled like a cycle.
            _inProgress.Remove(pointer);
            return Pending(pointer);
        }

        try
        {
            string name = _componentNames[pointer];
            TypeRef result;
            if (!node.IsObject)
            {
                Report(DiagnosticDescriptors.InvalidDocument, node, "a schema must be a JSON object; typed as JsonElement");
                result = TypeRef.Json;
            }
            else if (node.GetString("$ref") is { } reference)
            {
                result = ResolveReference(reference, node, name, 1, false);
            }
            else
            {
                result = Build(node, name, pointer, 0, false);
            }

            _resolved[pointer] = result;
            return result;
        }
        finally
        {
            _inProgress.Remove(pointer);
        }
    }

    private TypeRef Build(JsonNode schema, string nameHint, string? componentPointer, int depth, bool formContext)
    {
        // Empty 'properties' add nothing: {allOf: [{$ref: X}], type: object, properties: {}} is still X.
        bool ownShape = TypeMapping.HasOwnShape(
            schema.Get("properties") is { } own && !(own.IsObject && own.Properties.Count == 0),
            schema.Get("additionalProperties") is { IsObject: true });
        JsonNode? allOf = schema.Get("allOf");
        if (allOf is { IsArray: true } && allOf.Items.Count > 0)
        {
            if (!ownShape && WrappedMember(allOf) is { } wrapped)
            {
                // A "$ref with a description" wrapper is the referenced type.
                return Resolve(wrapped, nameHint, depth + 1, formContext);
            }

            return BuildObject(schema, nameHint, componentPointer, depth);
        }

        JsonNode? union = schema.Get("oneOf") ?? schema.Get("anyOf");
        if (union is { IsArray: true } && !ownShape)
        {
            return ResolveUnion(union.Items, nameHint, depth, componentPointer, schema);
        }

        List<string> types = GetTypes(schema);
        JsonNode? enumNode = schema.Get("enum");
        bool hasEnum = enumNode is { IsArray: true } && enumNode.Items.Count > 0;
        string? type;
        if (types.Count == 1)
        {
            type = types[0];
        }
        else if (types.Count > 1)
        {
            return PrimitiveUnion(types) ?? TypeRef.Json;
        }
        else
        {
            type = TypeMapping.InferType(
                schema.Get("properties") is not null,
                schema.Get("additionalProperties") is not null,
                schema.Get("items") is not null,
                hasEnum && enumNode!.Items.TrueForAll(static item => item.IsString));
            if (type is null)
            {
                return TypeRef.Json;
            }
        }

        string? format = schema.GetString("format");
        switch (type)
        {
            case "string":
                if (hasEnum)
                {
                    return BuildEnum(schema, enumNode!, nameHint, componentPointer);
                }

                return format == "binary" && formContext ? TypeRef.File : TypeRef.String;
            case "integer":
            case "number":
            case "boolean":
                return TypeMapping.Primitive(type, format)!;
            case "array":
            {
                JsonNode? items = schema.Get("items");
                TypeRef element = items is null || (items.IsObject && items.Properties.Count == 0)
                    ? TypeRef.Json
                    : Resolve(items, nameHint + "Item", depth + 1, formContext);
                return TypeRef.ArrayOf(element);
            }

            case "object":
                return BuildObject(schema, nameHint, componentPointer, depth);
            case "null":
                return TypeRef.Json;
            case "file":
                // Swagger 2.0 formData file.
                return formContext ? TypeRef.File : TypeRef.String;
            default:
                Report(DiagnosticDescriptors.InvalidDocument, schema.Get("type"), "unknown schema type '" + type + "'; typed as JsonElement");
                return TypeRef.Json;
        }
    }

    private static List<string> GetTypes(JsonNode schema)
    {
        var types = new List<string>();
        JsonNode? type = schema.Get("type");
        if (type is { IsString: true })
        {
            types.Add(type.Text!);
        }
        else if (type is { IsArray: true })
        {
            foreach (JsonNode item in type.Items)
            {
                if (item.IsString && item.Text != "null" && !types.Contains(item.Text!))
                {
                    types.Add(item.Text!);
                }
            }
        }

        return types;
    }

    /// <param name="componentPointer">Set when the union is a named schema: one inline branch left is that schema.</param>
    /// <param name="wrapper">The schema holding the union, whose description documents a branch that has none.</param>
    private TypeRef ResolveUnion(List<JsonNode> items, string nameHint, int depth, string? componentPointer = null, JsonNode? wrapper = null)
    {
        var branches = new List<JsonNode>();
        foreach (JsonNode item in items)
        {
            if (IsNullBranch(item))
            {
                continue;
            }

            branches.Add(item);
        }

        if (branches.Count == 0)
        {
            return TypeRef.Json;
        }

        if (branches.Count == 1)
        {
            // A named union of one inline branch and null (GitHub's code-scanning-alert-dismissed-reason: oneOf an enum
            // and {enum: [null]}) is that branch under the schema's own name and description, not a second type "…2".
            return componentPointer is not null && wrapper is not null && branches[0].IsObject && branches[0].GetString("$ref") is null
                ? BuildNamedBranch(branches[0], nameHint, componentPointer, wrapper, depth)
                : Resolve(branches[0], nameHint, depth + 1);
        }

        // Numbers and strings keep their mapping (NumberOrString, double); the rest is a family or a choice.
        if (PrimitiveKinds(branches) is { } kinds)
        {
            return PrimitiveUnion(kinds) ?? TypeRef.Json;
        }

        return ResolveChoice(branches, nameHint, depth) ?? TypeRef.Json;
    }

    /// <summary>A branch that allows only null (<see cref="TypeMapping.IsNullBranch"/>).</summary>
    private static bool IsNullBranch(JsonNode branch) =>
        branch.IsObject && TypeMapping.IsNullBranch(
            branch.GetString("type"),
            branch.Get("enum") is { IsArray: true } values && values.Items.Count > 0 && values.Items.TrueForAll(static v => v.Kind == JsonKind.Null));

    private TypeRef BuildNamedBranch(JsonNode branch, string name, string componentPointer, JsonNode wrapper, int depth)
    {
        TypeRef type = Build(branch, name, componentPointer, depth + 1, false);
        string? description = NonEmpty(wrapper.GetString("description")) ?? NonEmpty(wrapper.GetString("title"));
        if (description is not null && type.Kind == TypeKind.Enum && _enums.FindLastIndex(e => e.Name == name) is int at and >= 0 && _enums[at].Description is null)
        {
            _enums[at] = _enums[at] with { Description = description };
        }
        else if (description is not null && type.Kind == TypeKind.Model && _modelsByName.TryGetValue(name, out ModelSpec? model) && model.Description is null)
        {
            int i = _models.IndexOf(model);
            _models[i] = model with { Description = description };
            _modelsByName[name] = _models[i];
        }

        return type;
    }

    /// <summary>The primitive JSON type of every branch; null when a branch is an object, array, enum or mixed.</summary>
    private List<string>? PrimitiveKinds(List<JsonNode> branches)
    {
        var kinds = new List<string>();
        foreach (JsonNode branch in branches)
        {
            JsonNode? target = Deref(branch);
            string? kind = target is { IsObject: true }
                ? TypeMapping.UnionBranchType(GetTypes(target), target.Get("enum") is not null, target.Get("properties") is not null)
                : null;
            if (kind is null)
            {
                return null;
            }

            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    private static TypeRef? PrimitiveUnion(List<string> kinds) => TypeMapping.PrimitiveUnion(kinds);

    private TypeRef BuildObject(JsonNode schema, string nameHint, string? componentPointer, int depth)
    {
        if (componentPointer is null && _inlineObjects.TryGetValue(schema, out TypeRef? known))
        {
            return known;
        }

        // Sized for the common case, an object without allOf: no list growth for wide objects.
        var properties = new List<KeyValuePair<string, JsonNode>>(schema.Get("properties") is { IsObject: true } own ? own.Properties.Count : 0);
        var required = new HashSet<string>(StringComparer.Ordinal);
        CollectShape(schema, properties, required, depth);
        if (properties.Count == 0)
        {
            JsonNode? additional = schema.Get("additionalProperties");
            if (additional is { IsObject: true })
            {
                TypeRef value = additional.Properties.Count == 0 ? TypeRef.Json : Resolve(additional, nameHint + "Value", depth + 1);
                return TypeRef.MapOf(value);
            }

            return additional is { Kind: JsonKind.True } ? TypeRef.MapOf(TypeRef.Json) : TypeRef.Json;
        }

        string name = componentPointer is not null ? nameHint : TypeNames.Reserve(_typeNames, nameHint);
        TypeRef modelRef = TypeRef.ModelNamed(name);
        if (componentPointer is not null)
        {
            _resolved[componentPointer] = modelRef;
        }
        else
        {
            _inlineObjects[schema] = modelRef;
        }

        if (schema.Get("allOf") is { IsArray: true } allOf)
        {
            ReportComposition(schema, allOf, name);
        }

        bool isSignature = componentPointer is null && IsSignatureObject(schema, properties);
        List<PropertySpec> specs = BuildProperties(name, properties, required, depth, formContext: false);
        if (SharedObject(modelRef, specs, mayShare: componentPointer is null, isSignature) is { } shared)
        {
            _typeNames.Release(name);
            _inlineObjects[schema] = shared;
            return shared;
        }

        FamilyInfo? family = null;
        if (componentPointer is not null)
        {
            _familyOf.TryGetValue(componentPointer, out family);
        }

        AddModel(new ModelSpec(
            name,
            componentPointer is null ? null : SchemaKey(componentPointer),
            NonEmpty(schema.GetString("description")) ?? NonEmpty(schema.GetString("title")),
            SourceLine(schema),
            specs.ToEquatableArray(),
            IsForm: false)
        {
            BaseType = family?.Name,
            Constants = family is null ? EquatableArray<ConstantSpec>.Empty : family.Constants[componentPointer!].ToEquatableArray(),
        });
        return modelRef;
    }

    private List<PropertySpec> BuildProperties(string typeName, List<KeyValuePair<string, JsonNode>> properties, HashSet<string> required, int depth, bool formContext)
    {
        var members = new NameScope(ReservedTypeMembers);
        members.Add(typeName);

        var specs = new List<PropertySpec>(properties.Count);
        foreach (KeyValuePair<string, JsonNode> property in properties)
        {
            string name = members.Reserve(PropertyName(property.Key));
            TypeRef type = Resolve(property.Value, typeName + name.TrimStart('_'), depth + 1, formContext);
            JsonNode? target = property.Value.GetString("$ref") is null ? property.Value : null;
            string? description = NonEmpty(AnnotationText(property.Value, "description")) ?? NonEmpty(target is null ? null : AnnotationText(target, "title"));
            bool deprecated = Annotation(property.Value, "deprecated") is { Kind: JsonKind.True };
            specs.Add(new PropertySpec(property.Key, name, type, required.Contains(property.Key), description, deprecated));
        }

        return specs;
    }

    private string PropertyName(string wireName)
    {
        if (!_propertyNames.TryGetValue(wireName, out string? name))
        {
            name = Identifiers.ToPascalCase(wireName, "Property");
            _propertyNames[wireName] = name;
        }

        return name;
    }

    /// <summary>
    /// Collects a schema's properties and required names after those already in <paramref name="properties"/>. The
    /// walk's bookkeeping is reused from call to call (the walk never starts another), not made for every object.
    /// </summary>
    private void CollectShape(JsonNode schema, List<KeyValuePair<string, JsonNode>> properties, HashSet<string> required, int depth)
    {
        _shapePositions.Clear();
        for (int i = 0; i < properties.Count; i++)
        {
            if (!_shapePositions.ContainsKey(properties[i].Key))
            {
                _shapePositions[properties[i].Key] = i;
            }
        }

        _shapeVisited.Clear();
        CollectShape(schema, properties, _shapePositions, required, depth, _shapeVisited);
    }

    /// <summary>Collects properties and required names through $ref and allOf, later definitions winning.</summary>
    /// <param name="positions">The index in <paramref name="properties"/> of each name, so a later definition replaces an earlier one in constant time.</param>
    private void CollectShape(JsonNode schema, List<KeyValuePair<string, JsonNode>> properties, Dictionary<string, int> positions, HashSet<string> required, int depth, HashSet<JsonNode> visited)
    {
        if (depth > MaxSchemaDepth || !schema.IsObject || !visited.Add(schema))
        {
            return;
        }

        if (schema.GetString("$ref") is { } reference)
        {
            JsonNode? target = ResolvePointer(reference);
            if (target is null)
            {
                Report(DiagnosticDescriptors.UnresolvedReference, schema.Get("$ref"), reference);
                return;
            }

            CollectShape(target, properties, positions, required, depth + 1, visited);
            return;
        }

        if (schema.Get("allOf") is { IsArray: true } allOf)
        {
            foreach (JsonNode part in allOf.Items)
            {
                CollectShape(part, properties, positions, required, depth + 1, visited);
            }
        }

        if (schema.Get("properties") is { } props)
        {
            if (!props.IsObject)
            {
                Report(DiagnosticDescriptors.InvalidDocument, props, "'properties' must be an object");
            }
            else
            {
                foreach (KeyValuePair<string, JsonNode> property in props.Properties)
                {
                    if (positions.TryGetValue(property.Key, out int existing))
                    {
                        properties[existing] = property;
                    }
                    else
                    {
                        positions[property.Key] = properties.Count;
                        properties.Add(property);
                    }
                }
            }
        }

        if (schema.Get("required") is { IsArray: true } requiredNode)
        {
            foreach (JsonNode item in requiredNode.Items)
            {
                if (item.IsString)
                {
                    required.Add(item.Text!);
                }
            }
        }
    }

    private TypeRef BuildEnum(JsonNode schema, JsonNode enumNode, string nameHint, string? componentPointer)
    {
        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonNode item in enumNode.Items)
        {
            string? text = item.Kind is JsonKind.Null ? null : item.ScalarText;
            if (text is not null && seen.Add(text))
            {
                values.Add(text);
            }
        }

        if (values.Count == 0)
        {
            return TypeRef.String;
        }

        if (componentPointer is null && SharedEnum(values) is { } shared)
        {
            return shared;
        }

        string name = componentPointer is not null ? nameHint : TypeNames.Reserve(_typeNames, nameHint);
        var members = new NameScope(ReservedEnumMembers);
        members.Add(name);

        int named = Math.Min(values.Count, CodeLimits.MaxNamedEnumMembers);
        var specs = new List<EnumMemberSpec>(named);
        List<EnumMemberName> memberNames = EnumMemberNames.Choose(values.GetRange(0, named), schema);
        for (int i = 0; i < named; i++)
        {
            specs.Add(new EnumMemberSpec(values[i], members.Reserve(memberNames[i].Name), memberNames[i].Meaning));
        }

        if (values.Count > named)
        {
            Report(
                DiagnosticDescriptors.CodeLimit,
                enumNode,
                "enum '" + name + "' lists " + values.Count.ToString(CultureInfo.InvariantCulture) + " values; the first "
                + named.ToString(CultureInfo.InvariantCulture) + " get a named member, every value is still known and round-trips");
        }

        _enums.Add(new EnumSpec(
            name,
            componentPointer is null ? null : SchemaKey(componentPointer),
            NonEmpty(schema.GetString("description")) ?? NonEmpty(schema.GetString("title")),
            SourceLine(schema),
            specs.ToEquatableArray(),
            values.GetRange(named, values.Count - named).ToEquatableArray()));
        TypeRef enumRef = TypeRef.EnumNamed(name);
        RecordEnum(values, enumRef);
        return enumRef;
    }

    /// <summary>A multipart or form-urlencoded body: its own model whose binary fields are files.</summary>
    private TypeRef BuildFormModel(JsonNode? schema, List<KeyValuePair<string, JsonNode>> extraFields, HashSet<string> extraRequired, string nameHint, out EquatableArray<PropertySpec> fields)
    {
        var properties = new List<KeyValuePair<string, JsonNode>>(extraFields);
        var required = new HashSet<string>(extraRequired, StringComparer.Ordinal);
        if (schema is not null)
        {
            CollectShape(schema, properties, required, 0);
        }

        string name = TypeNames.Reserve(_typeNames, nameHint);
        List<PropertySpec> specs = BuildProperties(name, properties, required, 0, formContext: true);
        fields = specs.ToEquatableArray();
        AddModel(new ModelSpec(name, null, NonEmpty(schema?.GetString("description")), null, fields, IsForm: true));
        return TypeRef.ModelNamed(name);
    }

    private void AddModel(ModelSpec model)
    {
        _models.Add(model);
        _modelsByName[model.Name] = model;
    }

    private static string SchemaKey(string pointer)
    {
        int slash = pointer.LastIndexOf('/');
        return pointer.Substring(slash + 1).Replace("~1", "/").Replace("~0", "~");
    }
}
