namespace SpecGen.SourceGenerator.Tests.Infrastructure;

/// <summary>A spec handed to the generator with its SpecGen item metadata.</summary>
public sealed record SpecFile(string Path, string Json, string? Namespace, string? ClientName, string? Auth = null)
{
    public static SpecFile Create(string name, string json, string? auth = null)
        => new("/specs/" + name + "/openapi.json", json, "Test." + name, name + "Client", auth);
}
