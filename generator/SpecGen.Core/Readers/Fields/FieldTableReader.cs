using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Common;

namespace SpecGen.Core.Readers.Fields;

/// <summary>A field row with the cells a row model has no place for: where a parameter goes.</summary>
internal readonly record struct FieldCells(FieldRow Row, string? In);

/// <summary>
/// Reads the rows of any field table, whatever marks its nesting: depth markers (<c>»</c>, <c>⇥</c>)
/// count levels; indentation and tree glyphs (<c>└─</c>, <c>&amp;emsp;</c>, spaces) are compared
/// with the rows above, as Python compares indentation; dotted names (<c>data.id</c>) nest under the
/// row they name. Depths are relative to <c>baseDepth</c>. A <c>flat</c> table (parameters) has no
/// nesting: every row at <c>baseDepth</c>, dotted names (<c>page.size</c>) kept whole.
/// </summary>
internal static class FieldTableReader
{
    /// <param name="flat">Every row at <paramref name="baseDepth"/>, dotted names kept whole (parameter tables).</param>
    /// <param name="dotted">Whether <c>data.id</c> nests under an open <c>data</c> row (false where a dialect marks depth itself).</param>
    /// <param name="marker">The composition marker above the table (<c>*anyOf*</c>, <c>*oneOf*</c>): the kind of its <c>*anonymous*</c> branch rows.</param>
    public static IEnumerable<FieldCells> Read(PipeTable table, FieldColumns columns, int baseDepth, DiagnosticBag diagnostics, bool flat = false, bool dotted = true, CompositionKind marker = CompositionKind.None)
    {
        var width = table.Header?.Cells.Count ?? 0;
        var indents = new List<int>();   // indentation widths of the open levels
        var chain = new List<string>();  // names of the open levels, for dotted names
        var inverted = IsInverted(table, columns.Required);
        foreach (var row in table.Rows)
        {
            if (width > 0 && row.Cells.Count != width)
            {
                diagnostics.Warn(row.Line, row.Cells.Count > width ? DiagnosticCodes.TooManyCells : DiagnosticCodes.TooFewCells,
                    $"row has {row.Cells.Count} cells, the header has {width}; read the cells by position");
            }

            var name = FieldName.Parse(row.Cell(columns.Name));
            if (name.Name.Length == 0 || PipeTableParser.IsDelimiterRow(row))
            {
                continue;
            }

            var depth = flat ? 0 : name.Markers > 0 ? name.Markers : IndentDepth(indents, name.Indent);
            var wireName = name.Name;
            if (!flat && dotted && name.Markers == 0 && name.Indent == 0 && Dotted(wireName, chain) is { } nested)
            {
                depth = nested.Depth;
                wireName = nested.Name;
            }

            // Depth markers are the doc's word (a response table may start at » 1); the schema builder reports jumps.
            while (chain.Count < depth)
            {
                chain.Add(string.Empty);
            }

            chain.RemoveRange(depth, chain.Count - depth);
            chain.Add(wireName);
            var required = columns.Required >= 0 ? RequiredCell(columns.Required, inverted, row, diagnostics) : name.Required;
            var isBranch = Cells.IsAnonymous(wireName);
            yield return new FieldCells(
                new FieldRow
                {
                    Depth = baseDepth + depth,
                    Name = isBranch ? string.Empty : wireName == "**additionalProperties**" ? "additionalProperties" : wireName,
                    IsBranch = isBranch,
                    IsAdditionalProperties = wireName == "**additionalProperties**",
                    BranchKind = isBranch ? marker : CompositionKind.None,
                    TypeText = columns.Type >= 0 ? FieldName.StripTags(row.Cell(columns.Type)).Trim() : string.Empty,
                    Required = required ?? name.Required,
                    Description = Text(row, columns.Description),
                    Title = Text(row, columns.Title),
                    Default = Text(row, columns.Default),
                    Example = Text(row, columns.Example),
                    Line = row.Line,
                },
                columns.In >= 0 ? Cells.Plain(row.Cell(columns.In)).ToLowerInvariant() : null);
        }
    }

    /// <summary>A column headed 可选/optional/允许为空 means the opposite of its words.</summary>
    private static bool IsInverted(PipeTable table, int column)
    {
        if (column < 0 || table.Header is null)
        {
            return false;
        }

        var header = Cells.Plain(table.Header.Cells[column]);
        return header is "可选" or "允许为空" || header.Equals("optional", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The required cell, read with the table's sense of it (<see cref="IsInverted"/>).</summary>
    private static bool? RequiredCell(int column, bool inverted, TableRow row, DiagnosticBag diagnostics)
    {
        var cell = FieldName.StripTags(row.Cell(column)).Trim();
        var value = cell switch
        {
            "必须" or "必需" or "必传" or "√" or "✓" or "✔" or "Y" => true,
            "非必须" or "非必需" or "不必须" or "选填" or "×" or "✗" or "N" => false,
            _ => Cells.Required(cell, row.Line, diagnostics),
        };
        return inverted && value is { } flag ? !flag : value;
    }

    private static string? Text(TableRow row, int column) =>
        column >= 0 && Cells.Description(row.Cell(column)) is { } text && !(text.Length <= MaxPlaceholder && Placeholders.Contains(text)) ? text : null;

    private const int MaxPlaceholder = 18;

    /// <summary>What generators write in an empty description cell (smart-doc: <c>No comments found.</c>).</summary>
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase) { "No comments found.", "-", "无", "暂无" };

    /// <summary>Depth by indentation: deeper than the open level → one below it; otherwise the level with that indentation.</summary>
    private static int IndentDepth(List<int> indents, int indent)
    {
        while (indents.Count > 0 && indents[^1] > indent)
        {
            indents.RemoveAt(indents.Count - 1);
        }

        if (indents.Count == 0 || indents[^1] < indent)
        {
            indents.Add(indent);
        }

        return indents.Count - 1;
    }

    /// <summary><c>data.list[].id</c> under open rows <c>data</c>, <c>list</c>: depth 2, name <c>id</c>. Null unless the prefix names the open rows.</summary>
    private static (int Depth, string Name)? Dotted(string name, List<string> chain)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return null;
        }

        var segments = name.Replace("[]", string.Empty, StringComparison.Ordinal).Split('.');
        var parents = segments.Length - 1;
        if (parents > chain.Count)
        {
            return null;
        }

        for (var i = 0; i < parents; i++)
        {
            if (!string.Equals(chain[i], segments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return (parents, segments[^1]);
    }
}
