using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecGen.SourceGenerator.Parsing;

/// <summary>A spec file with its SpecGen item metadata (the first, value-equatable pipeline step).</summary>
internal sealed record SpecInput(string FilePath, string? Text, string? Namespace, string? ClientName, string? Auth, string? RootNamespace)
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <summary>Returns null when the additional file is not marked as a SpecGen spec.</summary>
    public static SpecInput? Create(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        AnalyzerConfigOptions options = optionsProvider.GetOptions(file);
        string? ns = Read(options, MetadataPrefix + "SpecGenNamespace");
        string? client = Read(options, MetadataPrefix + "SpecGenClientName");
        string? marker = Read(options, MetadataPrefix + "SpecGen");
        if (ns is null && client is null && !string.Equals(marker, "true", System.StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? auth = Read(options, MetadataPrefix + "SpecGenAuth");
        string? rootNamespace = Read(optionsProvider.GlobalOptions, "build_property.RootNamespace");
        string? text = file.GetText(cancellationToken)?.ToString();
        return new SpecInput(file.Path, text, ns, client, auth, rootNamespace);
    }

    private static string? Read(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
