namespace SpecGen.SourceGenerator;

/// <summary>Names of the incremental pipeline steps, so tests can assert what was cached.</summary>
public static class TrackingNames
{
    /// <summary>Additional files with their SpecGen metadata (null when not a spec).</summary>
    public const string SpecInputs = "SpecGen.SpecInputs";

    /// <summary>Only the files marked as specs.</summary>
    public const string SpecFiles = "SpecGen.SpecFiles";

    /// <summary>Parsed, value-equatable API models plus diagnostics.</summary>
    public const string ParsedSpecs = "SpecGen.ParsedSpecs";

    /// <summary>Diagnostics of every spec.</summary>
    public const string Diagnostics = "SpecGen.Diagnostics";

    /// <summary>One unit per generated file.</summary>
    public const string SourceUnits = "SpecGen.SourceUnits";

    /// <summary>Whether the compilation references Microsoft.Extensions.Http (for the DI registration).</summary>
    public const string HttpClientFactoryAvailable = "SpecGen.HttpClientFactoryAvailable";

    /// <summary>The namespace of every spec, collected to find specs that share one.</summary>
    public const string NamespaceClaims = "SpecGen.NamespaceClaims";

    /// <summary>The emitted C# text of each unit.</summary>
    public const string GeneratedSources = "SpecGen.GeneratedSources";
}
