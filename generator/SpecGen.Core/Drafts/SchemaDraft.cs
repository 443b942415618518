namespace SpecGen.Core.Drafts;

/// <summary>
/// A schema as a dialect describes it: an optional root type (a ref, a scalar, <c>object</c>)
/// plus field rows whose depth is relative to <see cref="BaseDepth"/> (rows at BaseDepth are the
/// root's properties).
/// </summary>
public sealed class SchemaDraft
{
    public string? RootType { get; set; }

    public string? Description { get; set; }

    public string? Title { get; set; }

    public int BaseDepth { get; set; }

    public int Line { get; set; }

    public List<FieldRow> Rows { get; } = new();

    public List<EnumRow> Enums { get; } = new();

    public bool IsEmpty => RootType is null && Rows.Count == 0;
}
