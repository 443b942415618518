using SpecGen.SourceGenerator.Model;

namespace SpecGen.Diff.Surface;

/// <summary>
/// A parsed API without what only reaches doc comments (summaries, descriptions, doc lines): the C# signatures are the
/// same, and two versions that differ only in their docs (or in the lines their text sits on) yield equal source units,
/// which the surface build then skips.
/// </summary>
internal static class WithoutDocs
{
    public static ApiSpec Of(ApiSpec api) => api with
    {
        Description = null,
        SecuritySchemes = api.SecuritySchemes.Select(s => s with { Description = null }).ToEquatableArray(),
        DefaultHeaders = api.DefaultHeaders.Select(h => h with { Description = null }).ToEquatableArray(),
        Operations = api.Operations.Select(Of).ToEquatableArray(),
        Models = api.Models.Select(Of).ToEquatableArray(),
        Enums = api.Enums.Select(e => e with { Description = null, SourceLine = null }).ToEquatableArray(),
    };

    private static OperationSpec Of(OperationSpec operation) => operation with
    {
        Summary = null,
        Description = null,
        SourceLine = null,
        Parameters = operation.Parameters.Select(p => p with { Description = null }).ToEquatableArray(),
        Body = operation.Body is { } body ? body with { Description = null, FormFields = body.FormFields.Select(Of).ToEquatableArray() } : null,
        Response = operation.Response with { Description = null },
    };

    private static ModelSpec Of(ModelSpec model) => model with
    {
        Description = null,
        SourceLine = null,
        Properties = model.Properties.Select(Of).ToEquatableArray(),
    };

    private static PropertySpec Of(PropertySpec property) => property with { Description = null };
}
