using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecGen.Diff.Surface;

/// <summary>
/// What the generated SDK compiles against: the .NET reference pack of the running runtime when the SDK is
/// installed (a developer machine, CI), else the running runtime's own assemblies (a machine with the runtime
/// only, where the <c>specgen</c> tool also runs). Read once per process.
/// </summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Loaded = new(Load);

    public static ImmutableArray<MetadataReference> All => Loaded.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var version = Path.GetFileName(runtimeDirectory);
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var referencePack = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref", version, "ref", $"net{Environment.Version.Major}.0");
        var paths = Directory.Exists(referencePack)
            ? Directory.GetFiles(referencePack, "*.dll")
            : Directory.GetFiles(runtimeDirectory, "*.dll").Where(IsManaged).ToArray();
        Array.Sort(paths, StringComparer.Ordinal);
        return [.. paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
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
