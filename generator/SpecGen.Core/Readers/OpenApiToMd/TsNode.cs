using SpecGen.Core.Drafts;

namespace SpecGen.Core.Readers.OpenApiToMd;

/// <summary>One field (or the root) of an openapi-to-md <c>```typescript</c> block, as <see cref="TypeScriptBlock"/> parsed it.</summary>
internal sealed class TsNode
{
    public TsNode(string? name, bool? required, string? description, int line)
    {
        Name = name;
        Required = required;
        Description = description;
        Line = line;
    }

    /// <summary>The field name; null for the root and for composition branches.</summary>
    public string? Name { get; }

    /// <summary><c>name: …</c> true, <c>name?: …</c> false; null where openapi-to-md prints no marker (objects, refs, arrays).</summary>
    public bool? Required { get; set; }

    public string? Description { get; }

    public int Line { get; }

    /// <summary>What the line says the field is: a type word, <c>object</c>, a ref (<see cref="Reference"/>), an enum, a composition.</summary>
    public string? Word { get; set; }

    /// <summary>The model name of <c>name:#/components/schemas/Name</c> or of a composition part <c>#/components/schemas/Name</c>.</summary>
    public string? Reference { get; set; }

    /// <summary>Values of <c>enum[a, b]</c>, as printed.</summary>
    public List<string>? Enum { get; set; }

    /// <summary>How many <c>[]</c> follow the type (<c>string[]</c>, <c>}[]</c>).</summary>
    public int ArrayDepth { get; set; }

    /// <summary><c>type | null</c>: a nullable scalar.</summary>
    public bool Nullable { get; set; }

    public bool IsObject { get; set; }

    public List<TsNode> Properties { get; } = [];

    /// <summary><c>A &amp; B</c> (allOf), <c>Partial(A) &amp; Partial(B)</c> (anyOf), <c>A | B</c> (oneOf).</summary>
    public CompositionKind Composition { get; set; }

    public List<TsNode> Branches { get; } = [];

    /// <summary>For a composition branch: the node whose composition it is part of.</summary>
    public TsNode? Owner { get; set; }
}
