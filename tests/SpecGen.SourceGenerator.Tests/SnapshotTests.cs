using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>The generated code is what users read: changes to it must be reviewed (approved files in Snapshots/).</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Small_spec_generated_code_matches_the_approved_snapshot()
    {
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Small", TestFiles.Spec("small.json")));

        result.AssertClean();
        Snapshot.Match("small", Snapshot.Render(result));
    }

    [Fact]
    public void Real_sdk_generated_code_matches_the_approved_snapshot()
    {
        // WukongChat: the smallest of the five real SDKs (path, query, token header, component models).
        GeneratorResult result = GeneratorHarness.Run(ApiSpecCompileTests.ApiSpec("wukongchat"));

        result.AssertClean();
        Snapshot.Match("wukongchat", Snapshot.Render(result));
    }

    [Fact]
    public void Wrapped_refs_recursion_and_unmodelled_bodies_match_the_approved_snapshot()
    {
        // The SDK tests' payloads spec: allOf-wrapped references, a tree through an array alias, XML/CSV/protobuf bodies.
        // Client and models only: the runtime is checked part by part (RuntimeTemplateTests), the options file is that of
        // every spec (see the small snapshot).
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Payloads", TestFiles.Spec("payloads.json")));

        result.AssertClean();
        Snapshot.Match("payloads", Snapshot.Render(result, hint => !hint.EndsWith(".Runtime.g.cs", StringComparison.Ordinal) && !hint.EndsWith(".Options.g.cs", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        string first = Snapshot.Render(GeneratorHarness.Run(SpecFile.Create("Small", TestFiles.Spec("small.json"))));
        string second = Snapshot.Render(GeneratorHarness.Run(SpecFile.Create("Small", TestFiles.Spec("small.json"))));

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first);
    }
}
