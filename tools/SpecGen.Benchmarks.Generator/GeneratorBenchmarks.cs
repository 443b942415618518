using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecGen.SourceGenerator;

namespace SpecGen.Benchmarks.Generator;

/// <summary>
/// (a) The generator's full run on all five specs (parse, model, emit) against compiling the code it emits
/// (parse + bind + emit IL), in the same run. The Ratio column is generator time / compile time; goal ≤ 10%.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly (string Api, string Namespace, string Client)[] Apis =
    {
        ("juhebot", "SpecGen.Sdk.Juhebot", "JuhebotClient"),
        ("napcat", "SpecGen.Sdk.NapCat", "NapCatClient"),
        ("maxim", "SpecGen.Sdk.Maxim", "MaximClient"),
        ("eyun", "SpecGen.Sdk.Eyun", "EyunClient"),
        ("wukongchat", "SpecGen.Sdk.WukongChat", "WukongChatClient"),
    };

    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);
    private ImmutableArray<AdditionalText> _texts;
    private AnalyzerConfigOptionsProvider _options = null!;
    private CSharpCompilation _empty = null!;
    private string[] _generated = [];

    [GlobalSetup]
    public void Setup()
    {
        var texts = new List<AdditionalText>();
        var perFile = new Dictionary<string, Dictionary<string, string>>();
        foreach (var (api, ns, client) in Apis)
        {
            string path = Path.Combine(AppContext.BaseDirectory, "ApiSpecs", api, "openapi.json");
            texts.Add(new InMemoryText(path, File.ReadAllText(path)));
            perFile[path] = new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.SpecGenNamespace"] = ns,
                ["build_metadata.AdditionalFiles.SpecGenClientName"] = client,
            };
        }

        _texts = texts.ToImmutableArray();
        _options = new OptionsProvider(perFile);
        _empty = CSharpCompilation.Create(
            "Sdk",
            [],
            ReferenceAssemblies.Load(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));

        GeneratorDriverRunResult result = RunGenerator();
        _generated = result.GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || _generated.Length == 0)
        {
            throw new InvalidOperationException("The generator failed on the specs.");
        }

        using var peStream = new MemoryStream();
        var emit = _empty.AddSyntaxTrees(_generated.Select(s => CSharpSyntaxTree.ParseText(s, _parseOptions))).Emit(peStream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + emit.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
        }
    }

    /// <summary>A cold generator run: new driver, all five specs, every output file.</summary>
    [Benchmark]
    public int Generate() => RunGenerator().GeneratedTrees.Length;

    /// <summary>Compiling the generated code: parse, bind and emit IL (what the build pays for it).</summary>
    [Benchmark(Baseline = true)]
    public long CompileGeneratedCode()
    {
        CSharpCompilation compilation = _empty.AddSyntaxTrees(_generated.Select(s => CSharpSyntaxTree.ParseText(s, _parseOptions)));
        using var peStream = new MemoryStream();
        compilation.Emit(peStream);
        return peStream.Length;
    }

    private GeneratorDriverRunResult RunGenerator()
        => CSharpGeneratorDriver.Create([new SpecGenGenerator().AsSourceGenerator()], _texts, _parseOptions, _options)
            .RunGenerators(_empty)
            .GetRunResult();

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(Dictionary<string, Dictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options([]);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => perFile.TryGetValue(textFile.Path, out var values) ? new Options(values) : GlobalOptions;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
