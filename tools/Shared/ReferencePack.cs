namespace SpecGen.Tools;

/// <summary>The .NET reference assemblies of the running runtime's version, for compiling code in-process (tools only).</summary>
internal static class ReferencePack
{
    /// <summary>The reference pack's assemblies, or the runtime's own when no reference pack is installed.</summary>
    public static IEnumerable<string> FrameworkAssemblies()
    {
        string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string version = Path.GetFileName(runtimeDir);
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        string refDir = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref", version, "ref", "net" + Environment.Version.Major + ".0");
        return Directory.Exists(refDir)
            ? Directory.GetFiles(refDir, "*.dll")
            : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
    }
}
