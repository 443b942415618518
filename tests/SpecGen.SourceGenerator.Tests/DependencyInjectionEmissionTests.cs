using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

public sealed class DependencyInjectionEmissionTests
{
    [Fact]
    public void Without_Microsoft_Extensions_Http_the_registration_is_omitted_and_the_rest_compiles()
    {
        GeneratorResult result = GeneratorHarness.Run([SpecFile.Create("Small", TestFiles.Spec("small.json"))], [], References.FrameworkOnly);

        result.AssertClean();
        Assert.DoesNotContain("IServiceCollection", result.Source(".Options.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.Extensions.Logging", result.Source(".Client.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void With_Microsoft_Extensions_Http_the_registration_is_emitted()
    {
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Small", TestFiles.Spec("small.json")));

        Assert.Contains("AddSmallClient(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services", result.Source(".Options.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void With_Microsoft_Extensions_Logging_the_client_takes_a_logger_and_the_registration_passes_one()
    {
        GeneratorResult result = GeneratorHarness.Run([SpecFile.Create("Small", TestFiles.Spec("small.json"))], [], References.WithLogging);

        result.AssertClean();
        Assert.Contains("global::Microsoft.Extensions.Logging.ILogger<SmallClient>? logger)", result.Source(".Client.g.cs"), StringComparison.Ordinal);
        Assert.Contains("GetService<global::Microsoft.Extensions.Logging.ILogger<SmallClient>>(serviceProvider)", result.Source(".Options.g.cs"), StringComparison.Ordinal);
    }
}
