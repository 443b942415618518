using SpecGen.Diff.Surface;

namespace SpecGen.Diff.Tests.Surface;

/// <summary>Runs the wire diff and the C# surface diff of two small documents, with the SDK named <c>Pets.Sdk.PetsClient</c>.</summary>
internal static class SurfaceSpecs
{
    public static readonly SdkNames Names = new("Pets.Sdk", "PetsClient");

    public static DiffResult Compare(string oldJson, string newJson)
    {
        var oldDocument = SpecDocument.Parse(oldJson, "old.json");
        var newDocument = SpecDocument.Parse(newJson, "new.json");
        var wire = SpecComparer.Compare(oldDocument, newDocument);
        return wire.WithSurface(SurfaceDiff.Run(oldDocument, newDocument, Names, wire.Changes));
    }

    public static SurfaceModel Build(string json) => SurfaceBuilder.Build("spec.json", json, Names);

    /// <summary>The findings as <c>rule member #parameter</c> lines, in report order.</summary>
    public static string[] Lines(DiffResult result) =>
        [.. result.SurfaceFindings!.Select(f => $"{f.RuleId} {f.Member}{(f.Parameter is { } p ? $" #{p} {f.ParameterName}" : string.Empty)}")];
}
