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
    public void Generation_is_deterministic()
    {
        string first = Snapshot.Render(GeneratorHarness.Run(SpecFile.Create("Small", TestFiles.Spec("small.json"))));
        string second = Snapshot.Render(GeneratorHarness.Run(SpecFile.Create("Small", TestFiles.Spec("small.json"))));

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first);
    }
}
