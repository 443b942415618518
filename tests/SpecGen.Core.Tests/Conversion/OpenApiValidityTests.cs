using Microsoft.OpenApi;
using SpecGen.Core.Tests.Support;

namespace SpecGen.Core.Tests.Conversion;

/// <summary>Every converted seed is valid OpenAPI 3.0 for an independent reader (Microsoft.OpenApi) and its validator.</summary>
public sealed class OpenApiValidityTests
{
    [Theory]
    [MemberData(nameof(SeedApis.All), MemberType = typeof(SeedApis))]
    public void Microsoft_OpenApi_reads_the_spec_without_errors(string api)
    {
        var result = OpenApiDocument.Parse(Converted.Api(api).Json, "json");

        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostic!.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, result.Diagnostic.SpecificationVersion);
    }

    [Theory]
    [MemberData(nameof(SeedApis.All), MemberType = typeof(SeedApis))]
    public void The_default_rule_set_finds_no_errors(string api)
    {
        var document = OpenApiDocument.Parse(Converted.Api(api).Json, "json").Document!;

        var errors = document.Validate(Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet());

        Assert.Empty(errors?.Select(e => $"{e.Pointer}: {e.Message}") ?? Enumerable.Empty<string>());
    }
}
