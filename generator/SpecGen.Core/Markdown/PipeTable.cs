namespace SpecGen.Core.Markdown;

/// <summary>A row of a pipe table: its cells (unescaped, trimmed) and its source line.</summary>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : string.Empty;
}

/// <summary>
/// A pipe table as written. <see cref="Header"/> is null when the lines have no delimiter row
/// (<c>|---|</c>) under their first line; readers report that and may still read the rows.
/// </summary>
public sealed class PipeTable
{
    public PipeTable(int line, TableRow? header, IReadOnlyList<TableRow> rows)
    {
        Line = line;
        Header = header;
        Rows = rows;
    }

    public int Line { get; }

    public TableRow? Header { get; }

    /// <summary>The columns a field reader last mapped for this table, with the vocabulary it used (a cache owned by <c>FieldColumns</c>).</summary>
    internal (object Vocabulary, object Columns)? MappedColumns { get; set; }

    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>Index of the first header cell equal to one of <paramref name="names"/> (case-insensitive), or -1.</summary>
    /// <remarks>A span of names: readers call this for every table, and a params array would be allocated each time.</remarks>
    public int Column(params ReadOnlySpan<string> names)
    {
        if (Header is null)
        {
            return -1;
        }

        for (var i = 0; i < Header.Cells.Count; i++)
        {
            foreach (var name in names)
            {
                if (string.Equals(Header.Cells[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    public bool HasColumns(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Column(name) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
