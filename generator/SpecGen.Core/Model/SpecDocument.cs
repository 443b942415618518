using SpecGen.Core.Settings;

namespace SpecGen.Core.Model;

/// <summary>The OpenAPI 3.0 document the assembler builds and <see cref="Writing.SpecWriter"/> writes.</summary>
internal sealed class SpecDocument
{
    public SpecDocument(string title, string version, string? description)
    {
        Title = title;
        Version = version;
        Description = description;
    }

    public string Title { get; }

    public string Version { get; }

    public string? Description { get; }

    public List<SpecServer> Servers { get; } = new();

    public List<SpecTag> Tags { get; } = new();

    /// <summary>The document-wide requirement (scheme names, all required), or null when there is none.</summary>
    public IReadOnlyList<string>? Security { get; set; }

    /// <summary>Path → method (lower case) → operation, in the order the doc gives them.</summary>
    public OrderedDictionary<string, OrderedDictionary<string, SpecOperation>> Paths { get; } = new(StringComparer.Ordinal);

    /// <summary>Component key → schema (each has its <see cref="SpecSchema.ComponentKey"/> set).</summary>
    public OrderedDictionary<string, SpecSchema> Schemas { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, SpecSecurityScheme> SecuritySchemes { get; } = new(StringComparer.Ordinal);

    /// <summary>The response envelope (<c>x-specgen-envelope</c>), when set or recognised.</summary>
    public EnvelopeSettings? Envelope { get; set; }

    public IEnumerable<SpecOperation> Operations => Paths.Values.SelectMany(item => item.Values);
}

internal sealed record SpecServer(string Url, string? Description);

internal sealed record SpecTag(string Name, string? Description);

/// <summary>An <c>http</c> scheme (<see cref="Scheme"/>, e.g. bearer) or an <c>apiKey</c> one (<see cref="Name"/> in <see cref="In"/>).</summary>
internal sealed record SpecSecurityScheme(bool IsHttp, string? Scheme, string? Name, string In, string? Description);
