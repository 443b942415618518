using Microsoft.CodeAnalysis;

namespace SpecGen.Benchmarks.Generator;

/// <summary>The .NET reference pack plus Microsoft.Extensions.* (for the generated DI registration).</summary>
internal static class ReferenceAssemblies
{
    public static MetadataReference[] Load()
    {
        IEnumerable<string> framework = SpecGen.Tools.ReferencePack.FrameworkAssemblies();
        string[] extensions =
        [
            typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions).Assembly.Location,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions).Assembly.Location,
        ];
        return framework.Concat(extensions).Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    }
}
