using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecGen.SourceGenerator.Tests.Infrastructure;

/// <summary>Reference assemblies for compiling generated code: the .NET reference pack plus Microsoft.Extensions.*.</summary>
public static class References
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Load);

    public static ImmutableArray<MetadataReference> Net => All.Value;

    /// <summary>Plus Microsoft.Extensions.Logging.Abstractions: the client takes an ILogger.</summary>
    public static ImmutableArray<MetadataReference> WithLogging => All.Value.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.LoggerMessage).Assembly.Location));

    /// <summary>Only the framework: a project without Microsoft.Extensions.Http.</summary>
    public static ImmutableArray<MetadataReference> FrameworkOnly => All.Value.Where(r => !(r.Display ?? string.Empty).Contains("Microsoft.Extensions.", StringComparison.Ordinal)).ToImmutableArray();

    private static ImmutableArray<MetadataReference> Load()
    {
        var paths = new List<string>();
        string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string version = Path.GetFileName(runtimeDir);
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        string refDir = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref", version, "ref", "net" + Environment.Version.Major + ".0");
        if (Directory.Exists(refDir))
        {
            paths.AddRange(Directory.GetFiles(refDir, "*.dll"));
        }
        else
        {
            // No reference pack: fall back to the runtime's implementation assemblies.
            paths.AddRange(Directory.GetFiles(runtimeDir, "*.dll").Where(IsManaged));
        }

        foreach (Type type in new[]
        {
            typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions),
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
            typeof(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions),
            typeof(Microsoft.Extensions.Options.IOptions<>),
            typeof(Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions),
        })
        {
            paths.Add(type.Assembly.Location);
        }

        return paths.Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
