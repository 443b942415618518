namespace SpecGen.Core.Model;

/// <summary>The JSON Schema types OpenAPI 3.0 allows (one per schema); <see cref="None"/> is an untyped schema.</summary>
internal enum JsonType
{
    None,
    String,
    Integer,
    Number,
    Boolean,
    Object,
    Array,
}

/// <summary>
/// One schema of the spec being built: only the keywords the converter produces, each collection
/// made on first use. It replaced NJsonSchema's schema inside the pipeline, whose observable
/// collections made every property schema ~1.5 KB (about 40% of a conversion's allocations).
/// </summary>
internal sealed class SpecSchema
{
    private OrderedDictionary<string, SpecSchema>? _properties;
    private List<object>? _enum;
    private List<SpecSchema>? _oneOf;
    private List<SpecSchema>? _anyOf;
    private List<SpecSchema>? _allOf;

    public JsonType Type { get; set; }

    public string? Format { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public bool Nullable { get; set; }

    /// <summary>The doc typed it <c>null</c>: written untyped with <c>x-specgen-null</c> (OAS 3.0 has no null type).</summary>
    public bool IsNullType { get; set; }

    /// <summary>A property listed in its parent's <c>required</c>.</summary>
    public bool IsRequired { get; set; }

    /// <summary>The default value as the doc wrote it.</summary>
    public string? Default { get; set; }

    /// <summary>An example value from the doc's example column, typed like the schema (<see cref="Schema.Enums.Typed"/>): a long, decimal, bool or string.</summary>
    public object? Example { get; set; }

    /// <summary>Read from a JSON example, not from a field table (written as <c>x-specgen-from-example</c>).</summary>
    public bool FromExample { get; set; }

    /// <summary>For a oneOf/anyOf: the member whose value names the branch (<c>discriminator.propertyName</c>).</summary>
    public string? DiscriminatorProperty { get; set; }

    /// <summary>For a oneOf/anyOf with a discriminator: each value and the component it names (<c>discriminator.mapping</c>).</summary>
    public OrderedDictionary<string, SpecSchema>? DiscriminatorMapping { get; set; }

    /// <summary>The component this schema is a <c>$ref</c> to.</summary>
    public SpecSchema? Reference { get; set; }

    /// <summary>Set on a component: its key under <c>components/schemas</c>.</summary>
    public string? ComponentKey { get; set; }

    /// <summary>Set on a component: the doc line it came from (<c>x-specgen-source</c>).</summary>
    public int? SourceLine { get; set; }

    /// <summary>The doc line of the field row or type this schema was read from; not written (diagnostics only).</summary>
    public int? Line { get; set; }

    public SpecSchema? Items { get; set; }

    /// <summary>The schema of a map's values (<c>additionalProperties</c>).</summary>
    public SpecSchema? AdditionalProperties { get; set; }

    public OrderedDictionary<string, SpecSchema> Properties => _properties ??= new OrderedDictionary<string, SpecSchema>(StringComparer.Ordinal);

    /// <summary>Enum values, typed like the schema (long, decimal, bool or string).</summary>
    public List<object> Enum => _enum ??= new List<object>();

    public List<SpecSchema> OneOf => _oneOf ??= new List<SpecSchema>();

    public List<SpecSchema> AnyOf => _anyOf ??= new List<SpecSchema>();

    public List<SpecSchema> AllOf => _allOf ??= new List<SpecSchema>();

    public int PropertyCount => _properties?.Count ?? 0;

    public bool HasProperty(string name) => _properties?.ContainsKey(name) == true;

    public int EnumCount => _enum?.Count ?? 0;

    public int OneOfCount => _oneOf?.Count ?? 0;

    public int AnyOfCount => _anyOf?.Count ?? 0;

    public int AllOfCount => _allOf?.Count ?? 0;

    /// <summary>
    /// A reference, or a wrapper that only holds one (<c>allOf</c>/<c>oneOf</c>/<c>anyOf</c> with a single
    /// referring branch and no keyword of its own beside text): what consumers treat as "the model itself".
    /// </summary>
    public bool IsReference => Reference is not null || SoleBranch() is not null;

    /// <summary>The schema a reference (or a wrapper of one) stands for; the schema itself otherwise. Stops at a cycle.</summary>
    public SpecSchema Resolved
    {
        get
        {
            var current = this;
            for (var hops = 0; hops < 64; hops++)
            {
                var next = current.Reference ?? current.SoleBranch();
                if (next is null)
                {
                    return current;
                }

                current = next;
            }

            return current;
        }
    }

    /// <summary>The single referring branch of a pure wrapper, or null.</summary>
    private SpecSchema? SoleBranch()
    {
        if (Type != JsonType.None || PropertyCount > 0 || AdditionalProperties is not null || EnumCount > 0)
        {
            return null;
        }

        return (AllOfCount, OneOfCount, AnyOfCount) switch
        {
            (1, 0, 0) when _allOf![0].IsReference => _allOf[0],
            (0, 1, 0) when _oneOf![0].IsReference => _oneOf[0],
            (0, 0, 1) when _anyOf![0].IsReference => _anyOf[0],
            _ => null,
        };
    }
}
