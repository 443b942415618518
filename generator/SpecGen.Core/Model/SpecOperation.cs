using System.Text.Json;
using SpecGen.Core.Drafts;

namespace SpecGen.Core.Model;

/// <summary>One operation of a <see cref="SpecDocument"/>.</summary>
internal sealed class SpecOperation
{
    public SpecOperation(string? operationId, int sourceLine)
    {
        OperationId = operationId;
        SourceLine = sourceLine;
    }

    public string? OperationId { get; }

    /// <summary>The doc line the operation's section starts at (<c>x-specgen-source</c>).</summary>
    public int SourceLine { get; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public List<SpecParameter> Parameters { get; } = new();

    public SpecRequestBody? RequestBody { get; set; }

    /// <summary>Status code → response, in the order documented.</summary>
    public OrderedDictionary<string, SpecResponse> Responses { get; } = new(StringComparer.Ordinal);

    /// <summary>Null: the document's security applies. Empty: none. Otherwise one requirement naming these schemes.</summary>
    public IReadOnlyList<string>? Security { get; init; }

    /// <summary>Other documented variants of this method+path (<c>x-specgen-variants</c>).</summary>
    public IReadOnlyList<OperationVariant> Variants { get; init; } = Array.Empty<OperationVariant>();

    /// <summary>Safe to send twice although its method is not idempotent (<c>x-specgen-retry-safe</c>).</summary>
    public bool RetrySafe { get; init; }
}

/// <summary><paramref name="In"/> is path, query, header or cookie.</summary>
internal sealed record SpecParameter(string Name, string In, bool Required, string? Description, SpecSchema Schema);

/// <summary>A body's media type with its schema and example (either may be missing).</summary>
/// <param name="ExampleContradictsSchema">The example contradicts the schema: written as <c>x-specgen-example</c>, not <c>example</c>.</param>
internal sealed record SpecContent(string MediaType, SpecSchema? Schema, JsonElement? Example, bool ExampleContradictsSchema = false);

internal sealed record SpecRequestBody(bool Required, SpecContent Content);

/// <summary>A response; <see cref="Content"/> is null when the doc gives neither schema nor example.</summary>
internal sealed record SpecResponse(string Description, SpecContent? Content);
