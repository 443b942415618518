using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecGen.SourceGenerator;

namespace SpecGen.Peers;

/// <summary>Runs SpecGen's source generator in-process on one spec, as a project with that AdditionalFile would.</summary>
internal static class GeneratorHost
{
    public static ImmutableArray<SyntaxTree> Generate(string specPath, string ns, IEnumerable<MetadataReference> references, CSharpParseOptions parseOptions)
    {
        var compilation = CSharpCompilation.Create("Empty", [], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var text = new FileText(specPath);
        var options = new OptionsProvider(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.SpecGenNamespace"] = ns,
            ["build_metadata.AdditionalFiles.SpecGenClientName"] = "PeerClient",
        });
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new SpecGenGenerator().AsSourceGenerator()], [text], parseOptions, options);
        driver = driver.RunGenerators(compilation);
        GeneratorDriverRunResult result = driver.GetRunResult();
        return result.GeneratedTrees;
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }

    private sealed class OptionsProvider(Dictionary<string, string> fileValues) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Peers" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(fileValues);

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
