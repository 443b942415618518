namespace SpecGen.Diff.Surface;

/// <summary>
/// The C# API-surface diff of two documents: both SDKs are generated and compiled (in parallel, and in parallel with
/// the wire diff when started first with <see cref="Start"/>), then compared. Types equal in both versions are
/// not compiled (see <see cref="SurfaceBuilder.BuildPair"/>).
/// </summary>
public static class SurfaceDiff
{
    /// <summary>Starts building both surfaces; <see cref="Compare"/> waits for them.</summary>
    public static Task<(SurfaceModel Old, SurfaceModel New)> Start(SpecDocument oldDocument, SpecDocument newDocument, SdkNames names)
    {
        return Task.Run(() => SurfaceBuilder.BuildPair((oldDocument.Name, oldDocument.Text), (newDocument.Name, newDocument.Text), names));
    }

    /// <summary>Waits for the surfaces and compares them; a <see cref="DiffInputException"/> of either build is rethrown as is.</summary>
    public static IReadOnlyList<SurfaceFinding> Compare(Task<(SurfaceModel Old, SurfaceModel New)> surfaces, IReadOnlyList<Change> wireChanges)
    {
        var (oldSurface, newSurface) = surfaces.GetAwaiter().GetResult();
        return SurfaceComparer.Compare(oldSurface, newSurface, wireChanges);
    }

    /// <summary>Generates, compiles and compares in one call.</summary>
    public static IReadOnlyList<SurfaceFinding> Run(SpecDocument oldDocument, SpecDocument newDocument, SdkNames names, IReadOnlyList<Change> wireChanges) =>
        Compare(Start(oldDocument, newDocument, names), wireChanges);
}
