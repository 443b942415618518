using SpecGen.Core.Drafts;

namespace SpecGen.Core.Readers.OpenApiToMd;

/// <summary>
/// openapi-to-md prints a referenced model expanded in place (and as <c>name:#/components/schemas/X</c> only where it
/// was already expanded in the same block, as in a recursion). An inline object whose fields (names and kinds, in
/// order) are those of exactly one model is read as a reference to that model, so that the spec keeps the model and
/// a recursive model stays recursive. Shapes are hashed: one lookup per object.
/// </summary>
internal sealed class ModelShapes
{
    private readonly Dictionary<string, List<string>> _byShape = new(StringComparer.Ordinal);

    public static ModelShapes Of(IEnumerable<(string Name, TsNode Root)> models)
    {
        var shapes = new ModelShapes();
        foreach (var (name, root) in models)
        {
            if (Shape(root) is { } shape)
            {
                if (!shapes._byShape.TryGetValue(shape, out var names))
                {
                    shapes._byShape[shape] = names = [];
                }

                names.Add(name);
            }
        }

        return shapes;
    }

    /// <summary>The one model whose shape <paramref name="node"/> has, or null (no model, or several alike).</summary>
    public string? ModelOf(TsNode node) =>
        Shape(node) is { } shape && _byShape.TryGetValue(shape, out var names) && names.Count == 1 ? names[0] : null;

    /// <summary>An object's fields as <c>name:kind</c> (a nested object or a ref is <c>o</c>, an enum <c>e</c>, arrays add <c>[]</c>); null for anything else.</summary>
    private static string? Shape(TsNode node)
    {
        if (!node.IsObject || node.Composition != CompositionKind.None || node.Properties.Count == 0)
        {
            return null;
        }

        return string.Join(';', node.Properties.Select(p => $"{p.Name}:{Kind(p)}"));
    }

    private static string Kind(TsNode node)
    {
        var kind = node.IsObject || node.Reference is not null ? "o"
            : node.Enum is not null ? "e"
            : node.Composition != CompositionKind.None ? "c"
            : node.Word ?? string.Empty;
        return kind + (node.Nullable ? "?" : string.Empty) + string.Concat(Enumerable.Repeat("[]", node.ArrayDepth));
    }
}
