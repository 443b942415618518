namespace SpecGen.Core.Drafts;

/// <summary>How the branches below a composition row combine.</summary>
public enum CompositionKind
{
    None,
    AnyOf,
    OneOf,
    AllOf,
}

/// <summary>
/// One row of a field table, syntax only: the dialect reader says how deep it is, what its cells
/// say, and where it was written. <see cref="Schema.SchemaBuilder"/> gives it meaning.
/// </summary>
public sealed record FieldRow
{
    public required int Depth { get; init; }

    public required string Name { get; init; }

    /// <summary>The type cell as written (<c>[[X](#schemax)]</c>, <c>integer (uint64)</c>, <c>string¦null</c>, …).</summary>
    public required string TypeText { get; init; }

    /// <summary>Null when the dialect has no required column for this table.</summary>
    public bool? Required { get; init; }

    public string? Description { get; init; }

    /// <summary>A display name (widdershins' 中文名 column).</summary>
    public string? Title { get; init; }

    public string? Default { get; init; }

    /// <summary>An example value from the table's 示例 / Example column.</summary>
    public string? Example { get; init; }

    /// <summary>Enum values written in the row itself (openapi-to-md's <c>enum[a, b]</c>), as printed; null when none.</summary>
    public IReadOnlyList<string>? Enum { get; init; }

    public required int Line { get; init; }

    /// <summary>An <c>*anonymous*</c> row: a branch of its parent's composition, not a property.</summary>
    public bool IsBranch { get; init; }

    /// <summary>widdershins' <c>**additionalProperties**</c> row: the parent's map value type, not a property.</summary>
    public bool IsAdditionalProperties { get; init; }

    /// <summary>For a branch: the kind set by the last marker (<c>anyOf</c>/<c>or</c>, <c>oneOf</c>/<c>xor</c>).</summary>
    public CompositionKind BranchKind { get; init; }
}

/// <summary>An enum value listed apart from the field rows (widdershins' <c>#### 枚举值</c>).</summary>
/// <param name="Depth">The row's depth marker count when it has one (<c>» sex</c> → 1); null when unprefixed (match the name at any depth).</param>
public sealed record EnumRow(string Name, string Value, int Line, int? Depth = null);
