using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecGen.Diff.Surface;

/// <summary>
/// What the generated SDK compiles against: the .NET reference pack of the running runtime when the SDK is
/// installed (a developer machine, CI), else the running runtime's own assemblies (a machine with the runtime
/// only, where the <c>specgen</c> tool also runs). Read once per process. Only the assemblies that the generated
/// SDK's public signatures use are referenced: binding a compilation's references costs time in proportion to their
/// number, and a type from an assembly left out would still read by its name.
/// </summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Loaded = new(Load);

    public static ImmutableArray<MetadataReference> All => Loaded.Value;

    /// <summary>What generated code uses: the core library, collections, HTTP, JSON (and what their signatures need).</summary>
    private static readonly HashSet<string> Used = new(StringComparer.OrdinalIgnoreCase)
    {
        "System.Runtime", "System.Collections", "System.Net.Http", "System.Net.Primitives", "System.Text.Json", "System.Memory",
        "System.Threading", "System.Linq", "System.Text.Encodings.Web", "System.ObjectModel", "System.Runtime.InteropServices",
        "System.ComponentModel", "System.ComponentModel.Primitives", "System.Collections.Concurrent", "System.Runtime.Extensions",
        "System.Threading.Tasks", "System.Net.Http.Json", "System.Buffers", "System.Text.Encoding.Extensions", "System.Private.CoreLib",
        "netstandard",
    };

    private static ImmutableArray<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var version = Path.GetFileName(runtimeDirectory);
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var referencePack = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref", version, "ref", $"net{Environment.Version.Major}.0");
        var paths = (Directory.Exists(referencePack) ? Directory.GetFiles(referencePack, "*.dll") : Directory.GetFiles(runtimeDirectory, "*.dll"))
            .Where(path => Used.Contains(Path.GetFileNameWithoutExtension(path)) && IsManaged(path))
            .ToArray();
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
