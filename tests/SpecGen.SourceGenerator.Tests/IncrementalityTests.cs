using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>The pipeline caches: unrelated edits change nothing, a spec edit regenerates only that SDK.</summary>
public sealed class IncrementalityTests
{
    private static readonly string[] AllSteps =
    {
        TrackingNames.SpecInputs, TrackingNames.SpecFiles, TrackingNames.ParsedSpecs, TrackingNames.Diagnostics,
        TrackingNames.SourceUnits, TrackingNames.HttpClientFactoryAvailable, TrackingNames.NamespaceClaims, TrackingNames.GeneratedSources,
    };

    [Fact]
    public void Editing_an_unrelated_csharp_file_leaves_every_step_cached_or_unchanged()
    {
        var specs = new[] { SpecFile.Create("Alpha", TestFiles.Spec("small.json")), SpecFile.Create("Beta", TestFiles.Spec("small.json")) };
        GeneratorDriver driver = GeneratorHarness.CreateDriver(specs, trackSteps: true);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace App; public class Unrelated { }");
        driver = driver.RunGenerators(compilation);

        SyntaxTree old = compilation.SyntaxTrees.Single();
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText("namespace App; public class Unrelated { public int X; }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(edited);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        foreach (string step in AllSteps)
        {
            // A step with no items (Diagnostics of a clean spec) is not recorded.
            Assert.True(result.TrackedSteps.ContainsKey(step) || step == TrackingNames.Diagnostics, "missing step " + step);
            foreach (IncrementalGeneratorRunStep run in result.TrackedSteps.GetValueOrDefault(step, []))
            {
                foreach ((object _, IncrementalStepRunReason reason) in run.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + reason);
                }
            }
        }

        Assert.NotEmpty(result.TrackedOutputSteps);
        Assert.All(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + output.Reason));
    }

    [Fact]
    public void Editing_one_spec_regenerates_only_that_sdk()
    {
        string small = TestFiles.Spec("small.json");
        var alpha = SpecFile.Create("Alpha", small);
        var beta = SpecFile.Create("Beta", small);
        var betaText = new TestAdditionalText(beta.Path, beta.Json);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SpecGenGenerator().AsSourceGenerator() },
            new AdditionalText[] { new TestAdditionalText(alpha.Path, alpha.Json), betaText },
            GeneratorHarness.ParseOptions,
            GeneratorHarness.Options(new[] { alpha, beta }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        // Beta gains a summary: only Beta's client changes.
        string edited = small.Replace("\"summary\": \"获取用户\"", "\"summary\": \"获取一个用户\"");
        Assert.NotEqual(small, edited);
        driver = driver.ReplaceAdditionalText(betaText, new TestAdditionalText(beta.Path, edited));
        driver = driver.RunGenerators(compilation);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        var emitted = result.TrackedSteps[TrackingNames.GeneratedSources]
            .SelectMany(step => step.Outputs)
            .Select(output => (Source: (GeneratedSource)output.Value, output.Reason))
            .ToList();

        Assert.NotEmpty(emitted);
        foreach ((GeneratedSource source, IncrementalStepRunReason reason) in emitted)
        {
            bool isBeta = source.HintName.StartsWith("Test.Beta.", StringComparison.Ordinal);
            bool changed = reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New;
            if (!isBeta)
            {
                Assert.False(changed, source.HintName + " (Alpha) was " + reason);
            }
            else if (source.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal))
            {
                Assert.True(changed, "Beta's client was " + reason);
            }
            else
            {
                // Beta's models did not change: the per-file units keep them cached.
                Assert.False(changed, source.HintName + " was " + reason);
            }
        }

        var parsed = result.TrackedSteps[TrackingNames.ParsedSpecs].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, parsed.Count(o => o.Reason == IncrementalStepRunReason.Modified));
    }
}
