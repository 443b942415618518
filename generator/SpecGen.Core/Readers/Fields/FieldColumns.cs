using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Fields;

/// <summary>Which cell of a field table's rows holds what; -1 where the table has no such column.</summary>
internal sealed record FieldColumns(int Name, int Type, int Required, int Description, int In, int Title, int Default, int Example)
{
    /// <summary>
    /// The columns of <paramref name="table"/> by its header words. Each column is claimed once, in
    /// the order name, in, type, required, description, title, default, example; so a header with
    /// the same word twice (<c>|类型|名称|说明|类型|</c>) gives the first to the role asked first.
    /// </summary>
    public static FieldColumns? Map(PipeTable table, ColumnVocabulary vocabulary)
    {
        if (table.Header is null)
        {
            return null;
        }

        // A reader may ask twice for one table (catalog: its required column, then all); the last answer is kept on the table.
        if (table.MappedColumns is { } mapped && ReferenceEquals(mapped.Vocabulary, vocabulary))
        {
            return (FieldColumns)mapped.Columns;
        }

        var columns = MapHeader(table, vocabulary);
        table.MappedColumns = (vocabulary, columns);
        return columns;
    }

    private static FieldColumns MapHeader(PipeTable table, ColumnVocabulary vocabulary)
    {
        var header = table.Header!.Cells.Select(Normalize).ToArray();
        var taken = new bool[header.Length];
        int Claim(string[] words)
        {
            foreach (var word in words)
            {
                for (var i = 0; i < header.Length; i++)
                {
                    if (!taken[i] && string.Equals(header[i], word, StringComparison.OrdinalIgnoreCase))
                    {
                        taken[i] = true;
                        return i;
                    }
                }
            }

            return -1;
        }

        var name = Claim(vocabulary.Name);
        var location = Claim(vocabulary.In);
        var type = Claim(vocabulary.Type);
        var required = Claim(vocabulary.Required);
        var description = Claim(vocabulary.Description);
        var title = Claim(vocabulary.Title);
        var defaultValue = Claim(vocabulary.Default);
        var example = Claim(vocabulary.Example);
        return new FieldColumns(name, type, required, description, location, title, defaultValue, example);
    }

    /// <summary>True when the table reads as fields: a name column and a type, required or description column.</summary>
    public bool IsFieldTable => Name >= 0 && (Type >= 0 || Required >= 0 || Description >= 0);

    /// <summary>A header cell without bold, backticks, a trailing colon or parenthesised English (<c>参数名(name)</c> stays).</summary>
    private static string Normalize(string cell)
    {
        var text = Common.Cells.Plain(cell).TrimEnd(':', '：').Trim();
        return text;
    }
}
