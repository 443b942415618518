using Microsoft.CodeAnalysis;

namespace SpecGen.Peers;

/// <summary>One reference set for all three generators' output: the .NET reference pack, Microsoft.Extensions.Http and Kiota's runtime.</summary>
internal static class References
{
    public static MetadataReference[] Load()
    {
        IEnumerable<string> framework = SpecGen.Tools.ReferencePack.FrameworkAssemblies();
        string[] libraries =
        [
            typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions).Assembly.Location,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions).Assembly.Location,
            typeof(Microsoft.Kiota.Abstractions.RequestInformation).Assembly.Location,
            typeof(Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter).Assembly.Location,
            typeof(Microsoft.Kiota.Serialization.Json.JsonParseNode).Assembly.Location,
            typeof(Microsoft.Kiota.Serialization.Text.TextParseNode).Assembly.Location,
            typeof(Microsoft.Kiota.Serialization.Form.FormParseNode).Assembly.Location,
            typeof(Microsoft.Kiota.Serialization.Multipart.MultipartSerializationWriter).Assembly.Location,
        ];
        return framework.Concat(libraries).Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    }
}
