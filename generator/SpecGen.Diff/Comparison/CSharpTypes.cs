using SpecGen.SourceGenerator.Model;

namespace SpecGen.Diff;

/// <summary>How a generated C# type reads in a report.</summary>
internal static class CSharpTypes
{
    public static string Describe(SchemaFacts facts) => TypeMapping.Keyword(facts.Kind) ?? facts.Kind switch
    {
        TypeKind.NumberOrString => "NumberOrString",
        TypeKind.Model => facts.Reference is { } reference ? $"model {Name(reference)}"
            : facts.IsRealUnion ? $"a class for its {facts.JsonLabel}" : "a model",
        TypeKind.Enum => facts.Reference is { } reference ? $"enum struct {Name(reference)}" : "an enum struct",
        TypeKind.Array => "an array",
        TypeKind.Map => "a dictionary",
        _ => "JsonElement",
    };

    private static string Name(string reference) => reference[(reference.LastIndexOf('/') + 1)..];
}
