using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecGen.SourceGenerator.Emitting;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;

namespace SpecGen.SourceGenerator;

/// <summary>
/// Generates a typed client from each OpenAPI JSON file passed as an AdditionalFile with SpecGen
/// metadata (see build/SpecGen.SourceGenerator.props).
/// Pipeline: spec inputs → parse (value-equatable model) → source units → emitted text.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecGenGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<SpecInput> specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecInput.Create(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SpecInputs)
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.SpecFiles);

        IncrementalValuesProvider<ParseResult> parsed = specs
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        IncrementalValuesProvider<DiagnosticInfo> diagnostics = parsed
            .SelectMany(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));

        // Value-equal (EquatableArray), so editing a spec without changing its namespace leaves every other file cached.
        IncrementalValueProvider<EquatableArray<NamespaceClaim>> claims = parsed
            .Where(static result => result.Api is not null)
            .Select(static (result, _) => new NamespaceClaim(result.Api!.Names.Namespace, result.FilePath))
            .Collect()
            .Select(static (all, _) => all.ToEquatableArray())
            .WithTrackingName(TrackingNames.NamespaceClaims);
        context.RegisterSourceOutput(claims, static (spc, all) => ReportSharedNamespaces(spc, all));

        IncrementalValueProvider<DependencyInjectionSupport> dependencyInjection = context.CompilationProvider
            .Select(static (compilation, _) => DependencyInjectionOf(compilation))
            .WithTrackingName(TrackingNames.HttpClientFactoryAvailable);

        IncrementalValuesProvider<GeneratedSource> sources = parsed
            .Combine(claims)
            .SelectMany(static (pair, _) => Emitter.Split(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SourceUnits)
            .Combine(dependencyInjection)
            .Select(static (pair, cancellationToken) => Emitter.Emit(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.GeneratedSources);

        context.RegisterSourceOutput(sources, static (spc, source) =>
        {
            try
            {
                spc.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
            }
            catch (ArgumentException)
            {
                // Two specs produced the same file name: same namespace and client name.
                spc.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidSetting,
                    Location.None,
                    "two specs generate '" + source.HintName + "'; give each spec its own SpecGenNamespace or SpecGenClientName"));
            }
        });
    }

    private static DependencyInjectionSupport DependencyInjectionOf(Compilation compilation)
    {
        const string Di = "Microsoft.Extensions.DependencyInjection.";
        DependencyInjectionSupport logging = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessage") is null
            ? DependencyInjectionSupport.None
            : DependencyInjectionSupport.Logging;
        if (compilation.GetTypeByMetadataName(Di + "HttpClientFactoryServiceCollectionExtensions") is null)
        {
            return logging;
        }

        DependencyInjectionSupport support = DependencyInjectionSupport.HttpClientFactory | logging;
        if (compilation.GetTypeByMetadataName(Di + "FromKeyedServicesAttribute") is not null)
        {
            support |= DependencyInjectionSupport.KeyedServices;
        }

        if (compilation.GetTypeByMetadataName(Di + "ResilienceHttpClientBuilderExtensions") is not null)
        {
            support |= DependencyInjectionSupport.Resilience;
        }

        return support;
    }

    private static void ReportSharedNamespaces(SourceProductionContext context, EquatableArray<NamespaceClaim> claims)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (NamespaceClaim claim in claims)
        {
            if (seen.TryGetValue(claim.Namespace, out string? first))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidSetting,
                    Location.Create(claim.FilePath, default, default),
                    "namespace '" + claim.Namespace + "' is already used by the spec '" + first + "'; this spec generates nothing until it has its own SpecGenNamespace"));
            }
            else
            {
                seen[claim.Namespace] = claim.FilePath;
            }
        }
    }
}
