using System.Globalization;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;

namespace SpecGen.Core.Readers.OpenApiToMd;

/// <summary>
/// Turns a parsed <c>```typescript</c> block into the shared row model: the root's type, one <see cref="FieldRow"/> per
/// field (depth from the nesting, composition parts as branch rows, enum values in the row).
/// openapi-to-md prints no type for an enum and no required marker for objects, refs and arrays: the enum's type is
/// read from its values and those fields are read as optional, and an object with exactly one model's fields is read
/// as that model (<see cref="ModelShapes"/>), each reported once per block.
/// </summary>
internal sealed class SchemaRows
{
    private readonly SchemaDraft _draft;
    private readonly ModelShapes _shapes;
    private readonly List<string> _enumGuesses = [];
    private readonly List<string> _models = [];
    private int _unmarked;

    private SchemaRows(SchemaDraft draft, ModelShapes shapes)
    {
        _draft = draft;
        _shapes = shapes;
    }

    /// <param name="shapes">Models to recognise inline objects by (see <see cref="ModelShapes"/>).</param>
    /// <param name="model">The model this block defines (its root is not read as a reference to itself), or null.</param>
    public static SchemaDraft Draft(TsNode root, int line, ModelShapes shapes, string? model, DiagnosticBag diagnostics)
    {
        var draft = new SchemaDraft { BaseDepth = 0, Line = line };
        var rows = new SchemaRows(draft, shapes);
        if (model is null && shapes.ModelOf(root) is { } name)
        {
            draft.RootType = Wrap($"[{name}](#)", root.ArrayDepth);
            rows._models.Add($"the root → {name}");
            rows.Report(line, diagnostics);
            return draft;
        }

        draft.RootType = TypeText(root);
        rows.Children(root, 0);
        if (root.Enum is not null)
        {
            rows._enumGuesses.Add($"the root ({draft.RootType}; its values are not kept)");
        }

        rows.Report(line, diagnostics);
        return draft;
    }

    /// <summary>The type text of a node in the shared notation: <c>string</c>, <c>object</c>, <c>[X](#)</c>, <c>[string]</c>, <c>string¦null</c>.</summary>
    public static string TypeText(TsNode node)
    {
        var text = node.Reference is { } reference ? $"[{reference}](#)"
            : node.IsObject ? "object"
            : node.Enum is { } values ? EnumType(values)
            : node.Composition != CompositionKind.None ? string.Empty
            : node.Word ?? string.Empty;
        if (node.Nullable)
        {
            text += "¦null";
        }

        return Wrap(text, node.ArrayDepth);
    }

    private static string Wrap(string text, int arrays)
    {
        for (var i = 0; i < arrays; i++)
        {
            text = $"[{text}]";
        }

        return text;
    }

    /// <summary>integer, number or boolean when every value reads as one, else string.</summary>
    public static string EnumType(IReadOnlyList<string> values) =>
        values.All(v => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) ? "integer"
        : values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) ? "number"
        : values.All(v => v is "true" or "false") ? "boolean"
        : "string";

    private void Children(TsNode node, int depth)
    {
        foreach (var property in node.Properties)
        {
            Add(property, depth, isBranch: false, CompositionKind.None);
        }

        foreach (var branch in node.Branches)
        {
            Add(branch, depth, isBranch: true, node.Composition);
        }
    }

    private void Add(TsNode node, int depth, bool isBranch, CompositionKind kind)
    {
        var name = node.Name ?? string.Empty;
        var model = _shapes.ModelOf(node);
        if (model is not null)
        {
            _models.Add($"{(name.Length > 0 ? name : "a composition part")} → {model}");
        }

        _draft.Rows.Add(new FieldRow
        {
            Depth = depth,
            Name = name,
            TypeText = model is null ? TypeText(node) : Wrap($"[{model}](#)", node.ArrayDepth),
            Required = node.Required,
            Description = node.Description,
            Line = node.Line,
            IsBranch = isBranch,
            BranchKind = kind,
            Enum = isBranch ? null : node.Enum,
        });
        if (!isBranch && node.Required is null)
        {
            _unmarked++;
        }

        if (node.Enum is { } values && !isBranch)
        {
            _enumGuesses.Add($"{name} ({EnumType(values)})");
        }

        if (model is null)
        {
            Children(node, depth + 1);
        }
    }

    private void Report(int line, DiagnosticBag diagnostics)
    {
        if (_models.Count > 0)
        {
            diagnostics.Warn(line, DiagnosticCodes.ModelFromFields,
                $"openapi-to-md prints models expanded; objects with exactly a model's fields read as that model: {string.Join(", ", _models)}");
        }

        if (_enumGuesses.Count > 0)
        {
            diagnostics.Warn(line, DiagnosticCodes.EnumTypeFromValues,
                $"openapi-to-md prints no type for an enum; read from the values: {string.Join(", ", _enumGuesses)}");
        }

        if (_unmarked > 0)
        {
            diagnostics.Warn(line, DiagnosticCodes.RequiredNotPrinted,
                $"openapi-to-md prints no required marker for objects, refs and arrays; {_unmarked} such field(s) read as optional");
        }
    }
}
