using Microsoft.CodeAnalysis;

namespace SpecGen.SourceGenerator;

/// <summary>Every diagnostic the generator reports. Messages never contain generated code.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SpecGen";

    public static readonly DiagnosticDescriptor InvalidJson = new(
        "SPECGEN001", "Spec is not valid JSON", "The OpenAPI spec is not valid JSON: {0}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor NotOpenApi = new(
        "SPECGEN002", "Not an OpenAPI document", "The file is not a supported OpenAPI document: {0}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        "SPECGEN003", "Unresolved $ref", "Cannot resolve '$ref' '{0}'; the value is typed as JsonElement", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor Unsupported = new(
        "SPECGEN004", "Unsupported construct", "Unsupported construct: {0}", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor Ignored = new(
        "SPECGEN005", "Construct ignored", "Ignored: {0}", Category, DiagnosticSeverity.Info, true);

    public static readonly DiagnosticDescriptor InvalidSetting = new(
        "SPECGEN006", "Invalid SpecGen setting", "Invalid SpecGen setting: {0}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor InvalidDocument = new(
        "SPECGEN007", "Invalid OpenAPI construct", "Invalid OpenAPI construct: {0}", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor Renamed = new(
        "SPECGEN008", "Name adjusted", "{0}", Category, DiagnosticSeverity.Info, true);

    public static readonly DiagnosticDescriptor Composed = new(
        "SPECGEN009", "allOf composes a new type", "{0}", Category, DiagnosticSeverity.Info, true);

    public static readonly DiagnosticDescriptor CodeLimit = new(
        "SPECGEN015", "Generated code limited", "Generated code limited: {0}", Category, DiagnosticSeverity.Info, true);

    public static DiagnosticDescriptor Get(string id) => id switch
    {
        "SPECGEN001" => InvalidJson,
        "SPECGEN002" => NotOpenApi,
        "SPECGEN003" => UnresolvedReference,
        "SPECGEN004" => Unsupported,
        "SPECGEN005" => Ignored,
        "SPECGEN006" => InvalidSetting,
        "SPECGEN007" => InvalidDocument,
        "SPECGEN009" => Composed,
        "SPECGEN015" => CodeLimit,
        _ => Renamed,
    };
}
