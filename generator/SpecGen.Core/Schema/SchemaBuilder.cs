using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Model;

namespace SpecGen.Core.Schema;

/// <summary>
/// Builds one schema from a <see cref="SchemaDraft"/>: the shared tree builder for every dialect.
/// A row's parent is the nearest earlier row one level up; array parents take children into
/// <c>items</c>; <c>*anonymous*</c> rows are composition branches; a ref row's deeper rows are
/// widdershins' expansion of the referenced model and are skipped.
/// </summary>
internal sealed class SchemaBuilder
{
    /// <summary>
    /// The deepest field row level read (rows at the schema's base depth are level 1). Each level is
    /// two or three JSON levels in the written spec (<c>properties</c>, the name, <c>items</c>), and
    /// readers such as Microsoft.OpenApi and NSwag refuse JSON deeper than 64: 16 levels keep a
    /// response schema under that. Deeper rows are attached at this level, reported once per schema.
    /// </summary>
    public const int MaxRowDepth = 16;

    private readonly SchemaFactory _factory;
    private readonly IRefResolver _resolver;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<SpecSchema, int> _depths = new(ReferenceEqualityComparer.Instance);

    public SchemaBuilder(IRefResolver resolver, DiagnosticBag diagnostics)
    {
        _factory = new SchemaFactory(resolver, diagnostics);
        _resolver = resolver;
        _diagnostics = diagnostics;
    }

    /// <summary>The schema for a draft, or null when the draft says nothing (no root type, no rows).</summary>
    public SpecSchema? Build(SchemaDraft draft)
    {
        if (draft.IsEmpty)
        {
            return null;
        }

        var root = new SpecSchema();
        BuildInto(root, draft);
        return root;
    }

    /// <summary>Fills <paramref name="root"/> (a pre-registered component) from the draft.</summary>
    public void BuildInto(SpecSchema root, SchemaDraft draft)
    {
        ApplyText(root, draft.Description, draft.Title);
        if (draft.IsEmpty)
        {
            return;
        }

        var rootType = draft.RootType is null ? new ScalarType("object") : TypeParser.Parse(draft.RootType);
        if (IsRef(rootType) && !Resolves(rootType) && draft.Rows.Count > 0)
        {
            // A model the doc links to but never prints (widdershins' request bodies from components/requestBodies):
            // the rows under the link are its only description.
            var name = rootType is RefType reference ? reference.Name : ((RefType)((ArrayType)rootType).Items!).Name;
            _diagnostics.Warn(draft.Line, DiagnosticCodes.UnresolvedReference, $"reference '{name}' matches no model; its fields are read from the rows under it");
            rootType = rootType is ArrayType ? new ArrayType(new ScalarType("object")) : new ScalarType("object");
        }

        _factory.Fill(root, rootType, draft.Line);
        if (draft.Rows.Count > 0 && rootType is EmptyType)
        {
            root.Type = JsonType.Object;
        }

        if (!IsRef(rootType))
        {
            AddRows(root, rootType, draft);
        }

        Enums.Apply(root, draft.Enums, _depths, _diagnostics);
    }

    private static bool IsRef(TypeExpr type) => type is RefType || type is ArrayType { Items: RefType };

    /// <summary>Whether a ref (or array of ref) names a model of the doc; an unresolved one keeps the rows under it.</summary>
    private bool Resolves(TypeExpr type) => type switch
    {
        RefType reference => _resolver.Resolve(reference) is not null,
        ArrayType { Items: RefType reference } => _resolver.Resolve(reference) is not null,
        _ => false,
    };

    private void AddRows(SpecSchema root, TypeExpr rootType, SchemaDraft draft)
    {
        var stack = new Stack<Node>();
        stack.Push(new Node(draft.BaseDepth - 1, root, rootType));
        int? skipBelow = null;
        var deepest = draft.BaseDepth + MaxRowDepth - 1;
        var flattened = 0;
        FieldRow? firstFlattened = null;
        foreach (var original in draft.Rows)
        {
            var row = original;
            if (row.Depth > deepest)
            {
                firstFlattened ??= row;
                flattened++;
                row = row with { Depth = deepest };
            }

            if (skipBelow is { } skip && row.Depth > skip)
            {
                continue;
            }

            skipBelow = null;
            if (row.Depth < draft.BaseDepth)
            {
                if (TryReplaceRoot(row, stack, draft))
                {
                    skipBelow = IsRef(TypeParser.Parse(row.TypeText)) ? row.Depth : null;
                    continue;
                }
            }

            while (stack.Count > 1 && stack.Peek().Depth >= row.Depth)
            {
                stack.Pop();
            }

            var parent = stack.Peek();
            if (row.Depth > parent.Depth + 1)
            {
                _diagnostics.Warn(row.Line, DiagnosticCodes.DepthJump,
                    $"'{row.Name}' is {row.Depth - parent.Depth} levels below the row before it; attached to the nearest parent");
            }

            var type = TypeParser.Parse(row.TypeText);
            var node = row.IsBranch ? AddBranch(parent, row, type)
                : row.IsAdditionalProperties ? AddMapValue(parent, row, type)
                : AddProperty(parent, row, type);
            if (node is null)
            {
                skipBelow = row.Depth;
                continue;
            }

            stack.Push(node);
            if (IsRef(type) && Resolves(type))
            {
                skipBelow = row.Depth;
            }
        }

        if (firstFlattened is not null)
        {
            _diagnostics.Warn(firstFlattened.Line, DiagnosticCodes.NestedTooDeep,
                $"'{firstFlattened.Name}' and {flattened - 1} more rows are nested deeper than {MaxRowDepth} levels (the limit); attached at level {MaxRowDepth}");
        }
    }

    /// <summary>A row above the property level (<c>*anonymous*</c> at depth 0 in a response) states the root's own type.</summary>
    private bool TryReplaceRoot(FieldRow row, Stack<Node> stack, SchemaDraft draft)
    {
        if (stack.Count != 1 || row.Depth != draft.BaseDepth - 1)
        {
            return false;
        }

        var root = stack.Peek().Schema;
        var type = TypeParser.Parse(row.TypeText);
        var replacement = _factory.Create(type, row.Line);
        CopyInto(replacement, root);
        ApplyText(root, row.Description, null);
        stack.Pop();
        stack.Push(new Node(row.Depth, root, type));
        return true;
    }

    private Node? AddProperty(Node parent, FieldRow row, TypeExpr type)
    {
        var container = PropertyContainer(parent, row);
        if (container.Properties.ContainsKey(row.Name))
        {
            _diagnostics.Warn(row.Line, DiagnosticCodes.DuplicateProperty,
                $"property '{row.Name}' is listed again in the same object; kept the first");
            return null;
        }

        var property = _factory.Create(type, row.Line);
        var description = type is UnknownType { IsClassName: false } unknown ? JoinProse(unknown.Text, row.Description) : row.Description;
        property = WrapRefWithText(property, description);
        ApplyText(property, description, row.Title, isRef: property.Reference is not null);
        if (!string.IsNullOrEmpty(row.Default))
        {
            property.Default = row.Default;
        }

        if (!string.IsNullOrEmpty(row.Example))
        {
            property.Example = Enums.Typed(property.Type, row.Example.Trim());
        }

        if (row.Enum is { } values)
        {
            Enums.AddValues(property, values);
        }

        property.IsRequired = row.Required == true;
        container.Properties[row.Name] = property;
        _depths[property] = row.Depth;
        return new Node(row.Depth, property, type);
    }

    /// <summary>An <c>additionalProperties</c> row types the values of its parent map.</summary>
    private Node AddMapValue(Node parent, FieldRow row, TypeExpr type)
    {
        var container = PropertyContainer(parent, row);
        var value = _factory.Create(type, row.Line);
        ApplyText(value, row.Description, row.Title, isRef: value.Reference is not null);
        container.AdditionalProperties = value;
        return new Node(row.Depth, value, type);
    }

    private Node AddBranch(Node parent, FieldRow row, TypeExpr type)
    {
        var host = CompositionHost(parent);
        var branch = _factory.Create(type, row.Line);
        ApplyText(branch, row.Description, row.Title, isRef: branch.Reference is not null);
        var kind = row.BranchKind == CompositionKind.None ? CompositionKind.OneOf : row.BranchKind;
        if (host.Type == JsonType.Object && host.PropertyCount == 0)
        {
            host.Type = JsonType.None;
        }

        var branches = kind switch
        {
            CompositionKind.AnyOf => host.AnyOf,
            CompositionKind.AllOf => host.AllOf,
            _ => host.OneOf,
        };
        branches.Add(branch);
        return new Node(row.Depth, branch, type);
    }

    /// <summary>Where a child property goes: the parent itself, or its items when the parent is an array.</summary>
    private SpecSchema PropertyContainer(Node parent, FieldRow row)
    {
        var schema = parent.Schema;
        if (schema.Type == JsonType.Array)
        {
            schema = schema.Items ??= new SpecSchema();
        }

        if (schema.Type == JsonType.None && schema.PropertyCount == 0 && schema.OneOfCount == 0 && schema.AnyOfCount == 0)
        {
            schema.Type = JsonType.Object;
        }
        else if (schema.Type != JsonType.Object && schema.PropertyCount == 0)
        {
            _diagnostics.Warn(row.Line, DiagnosticCodes.PrimitiveWithChildren,
                $"'{row.Name}' is nested under a row typed '{schema.Type.ToString().ToLowerInvariant()}'; the parent became an object");
            schema.Type = JsonType.Object;
            schema.Format = null;
        }

        return schema;
    }

    /// <summary>Where a branch goes: the parent itself (<c>any</c>) or its items (<c>[anyOf]</c>).</summary>
    private static SpecSchema CompositionHost(Node parent)
    {
        if (parent.Schema.Type == JsonType.Array)
        {
            return parent.Schema.Items ??= new SpecSchema();
        }

        return parent.Schema;
    }

    /// <summary>OpenAPI 3.0 ignores siblings of <c>$ref</c>: a described ref becomes <c>allOf: [$ref]</c> with the text.</summary>
    private static SpecSchema WrapRefWithText(SpecSchema property, string? description)
    {
        if (property.Reference is null || string.IsNullOrWhiteSpace(description))
        {
            return property;
        }

        var wrapper = new SpecSchema { Nullable = property.Nullable, Line = property.Line };
        wrapper.AllOf.Add(new SpecSchema { Reference = property.Reference });
        return wrapper;
    }

    private static void ApplyText(SpecSchema schema, string? description, string? title, bool isRef = false)
    {
        if (isRef)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(description))
        {
            schema.Description = description;
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            schema.Title = title;
        }
    }

    private static string JoinProse(string prose, string? description) =>
        string.IsNullOrWhiteSpace(description) ? prose : $"{prose}: {description}";

    private static void CopyInto(SpecSchema source, SpecSchema target)
    {
        target.Type = source.Type;
        target.Format = source.Format;
        target.Items = source.Items;
        target.Reference = source.Reference;
        target.Nullable |= source.Nullable;
    }

    private sealed record Node(int Depth, SpecSchema Schema, TypeExpr Type);
}
