using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Fields;
using SpecGen.Core.Schema;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// swagger2markup writes an inline (anonymous) object after the table that uses it, as an anchor,
/// a bold title and a properties table (<c>&lt;a name="pet-category"&gt;&lt;/a&gt;</c> /
/// <c>**category**</c> / <c>|Name|Description|Schema|</c>), and links to it from the type cell
/// (<c>[category](#pet-category)</c>, <c>&lt; [Options](#op-options) &gt; array</c>). A link to one
/// (directly or as array items) becomes nested rows; a link inside other notations (a map's values)
/// stays a link and the object becomes a model of its own, named by its anchor.
/// </summary>
internal sealed class InlineObjects
{
    private const int MaxDepth = 12;

    private readonly Dictionary<string, (string Title, int Line, List<FieldRow> Rows)> _objects = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<int> _blocks = new();
    private readonly HashSet<string> _modelled = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds every inline object of the document.</summary>
    public InlineObjects(MdDocument document, DiagnosticBag diagnostics)
    {
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (Markup.Anchor(blocks[i]) is not { } anchor || anchor.After.Length < 5 || !anchor.After.StartsWith("**", StringComparison.Ordinal)
                || !anchor.After.EndsWith("**", StringComparison.Ordinal) || anchor.After.Contains('\n'))
            {
                continue;
            }

            var rows = new List<FieldRow>();
            var tableBlock = i + 1 < blocks.Count ? blocks[i + 1] : null;
            foreach (var table in tableBlock is null ? [] : PipeTableParser.Extract(tableBlock))
            {
                rows.AddRange(Properties.Read(table, diagnostics));
            }

            _blocks.Add(i);
            if (rows.Count > 0)
            {
                _blocks.Add(i + 1);
            }

            _objects.TryAdd(anchor.Anchor, (anchor.After[2..^2].Trim(), blocks[i].Line, rows));
        }
    }

    /// <summary>Reports the inline objects no type cell links to (their tables are not part of any schema).</summary>
    public void ReportUnused(DiagnosticBag diagnostics)
    {
        foreach (var (anchor, (title, line, _)) in _objects)
        {
            if (!_used.Contains(anchor))
            {
                diagnostics.Warn(line, DiagnosticCodes.UnresolvedReference, $"inline object '{title}' (#{anchor}) is not linked from any type cell; skipped");
            }
        }
    }

    /// <summary>True for the blocks of an inline object (its title and table), which the section readers skip.</summary>
    public bool Owns(int block) => _blocks.Contains(block);

    /// <summary>
    /// A type cell and the rows that follow from it: a link to an inline object (or an array of
    /// them) becomes <c>object</c> (<c>&lt; object &gt; array</c>) with the object's rows one level deeper.
    /// </summary>
    public (string Type, List<FieldRow> Rows) Expand(string type, int childDepth, DocumentDraft draft) => Expand(type, childDepth, draft, 0);

    /// <summary>Expands every row of a table, depth first.</summary>
    public List<FieldRow> ExpandRows(IEnumerable<FieldRow> rows, int baseDepth, DocumentDraft draft) => ExpandRows(rows, baseDepth, draft, 0);

    private List<FieldRow> ExpandRows(IEnumerable<FieldRow> rows, int baseDepth, DocumentDraft draft, int level)
    {
        var result = new List<FieldRow>();
        foreach (var row in rows)
        {
            var depth = baseDepth + row.Depth;
            var (type, children) = Expand(row.TypeText, depth + 1, draft, level);
            result.Add(row with { Depth = depth, TypeText = type });
            result.AddRange(children);
        }

        return result;
    }

    private (string Type, List<FieldRow> Rows) Expand(string type, int childDepth, DocumentDraft draft, int level)
    {
        var parsed = TypeParser.Parse(type);
        var (reference, array) = parsed switch
        {
            RefType r => (r, false),
            ArrayType { Items: RefType r } => (r, true),
            _ => ((RefType?)null, false),
        };
        if (reference?.Anchor is { } anchor && _objects.TryGetValue(anchor, out var inline))
        {
            _used.Add(anchor);
            if (level >= MaxDepth)
            {
                return (type, new List<FieldRow>());
            }

            return (array ? "< object > array" : "object", ExpandRows(inline.Rows, childDepth, draft, level + 1));
        }

        if (type.Contains("](", StringComparison.Ordinal))
        {
            foreach (var (key, value) in _objects)
            {
                if (type.Contains("#" + key + ")", StringComparison.OrdinalIgnoreCase) && _modelled.Add(key))
                {
                    _used.Add(key);
                    var schema = new SchemaDraft { RootType = "object", Title = value.Title, Line = value.Line };
                    schema.Rows.AddRange(ExpandRows(value.Rows, 0, draft, level + 1));
                    var model = new ModelDraft(key, value.Line, schema);
                    model.Anchors.Add(key);
                    draft.Models.Add(model);
                }
            }
        }

        return (type, new List<FieldRow>());
    }
}
