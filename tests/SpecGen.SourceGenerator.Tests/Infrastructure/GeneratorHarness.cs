using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecGen.SourceGenerator.Emitting;

namespace SpecGen.SourceGenerator.Tests.Infrastructure;

/// <summary>Runs the generator in memory and compiles its output against the reference assemblies.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(References.Net, sources);

    public static CSharpCompilation CreateCompilation(IEnumerable<MetadataReference> references, params string[] sources)
        => CSharpCompilation.Create(
            "GeneratedSdk",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static TestOptionsProvider Options(IEnumerable<SpecFile> specs)
    {
        var perFile = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>();
        foreach (SpecFile spec in specs)
        {
            var values = ImmutableDictionary.CreateBuilder<string, string>();
            if (spec.Namespace is not null)
            {
                values["build_metadata.AdditionalFiles.SpecGenNamespace"] = spec.Namespace;
            }

            if (spec.ClientName is not null)
            {
                values["build_metadata.AdditionalFiles.SpecGenClientName"] = spec.ClientName;
            }

            if (spec.Namespace is null && spec.ClientName is null)
            {
                values["build_metadata.AdditionalFiles.SpecGen"] = "true";
            }

            if (spec.Auth is not null)
            {
                values["build_metadata.AdditionalFiles.SpecGenAuth"] = spec.Auth;
            }

            perFile[spec.Path] = values.ToImmutable();
        }

        return new TestOptionsProvider(perFile.ToImmutable(), ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", "Test.Root"));
    }

    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, bool trackSteps = false)
    {
        var list = specs.ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new SpecGenGenerator().AsSourceGenerator() },
            list.Select(s => (AdditionalText)new TestAdditionalText(s.Path, s.Json)),
            ParseOptions,
            Options(list),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs the generator over the specs and returns the generator result and the compiled output.</summary>
    public static GeneratorResult Run(params SpecFile[] specs) => Run(specs, Array.Empty<string>());

    public static GeneratorResult Run(IEnumerable<SpecFile> specs, string[] extraSources, IEnumerable<MetadataReference>? references = null)
    {
        CSharpCompilation compilation = CreateCompilation(references ?? References.Net, extraSources);
        GeneratorDriver driver = CreateDriver(specs);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();
        if (Environment.GetEnvironmentVariable("SPECGEN_DUMP") is { Length: > 0 } dump)
        {
            foreach (GeneratedSourceResult source in result.Results.SelectMany(r => r.GeneratedSources))
            {
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, source.HintName), source.SourceText.ToString());
            }
        }

        return new GeneratorResult(result, WithNullableWarnings(output, compilation), driverDiagnostics);
    }

    /// <summary>
    /// The generated files turn nullable warnings off for their users (<see cref="CodeWriter.NullableDirectives"/>);
    /// here they are on again, so every test that compiles generated code also checks it has no nullable warning.
    /// </summary>
    private static Compilation WithNullableWarnings(Compilation output, Compilation input)
    {
        var inputs = input.SyntaxTrees.ToHashSet();
        var generated = output.SyntaxTrees.Where(t => !inputs.Contains(t)).ToList();
        var strict = generated.Select(t => CSharpSyntaxTree.ParseText(
            t.GetText().ToString().Replace(CodeWriter.NullableWarnings, "#nullable enable warnings", StringComparison.Ordinal), (CSharpParseOptions)t.Options, t.FilePath));
        return output.RemoveSyntaxTrees(generated).AddSyntaxTrees(strict);
    }
}

public sealed record GeneratorResult(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    /// <summary>Diagnostics the generator reported (from the spec), plus any generator exception.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => RunResult.Diagnostics.AddRange(DriverDiagnostics).Distinct().ToImmutableArray();

    public ImmutableArray<GeneratedSourceResult> Sources => RunResult.Results.SelectMany(r => r.GeneratedSources).ToImmutableArray();

    public Exception? Exception => RunResult.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);

    public IEnumerable<Diagnostic> CompileDiagnostics(DiagnosticSeverity minimum = DiagnosticSeverity.Warning)
        => Output.GetDiagnostics().Where(d => d.Severity >= minimum);

    public string Source(string hintSuffix) => Sources.Single(s => s.HintName.EndsWith(hintSuffix, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Fails with a readable list when the generator or the compiler reported warnings or errors.</summary>
    public void AssertClean()
    {
        Assert.Null(Exception);
        var problems = GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Concat(CompileDiagnostics())
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, "Diagnostics:\n" + string.Join("\n", problems.Take(40)));
    }
}
