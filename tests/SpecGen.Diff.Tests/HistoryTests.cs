using System.Diagnostics;
using System.Text;
using SpecGen.Diff.Surface;
using Xunit.Abstractions;

namespace SpecGen.Diff.Tests;

/// <summary>
/// Real spec histories (Histories/SOURCES.md): each consecutive pair is diffed on the wire and in the C# API of the
/// generated SDK, and the counts per rule must match Histories/&lt;name&gt;/expected.txt. Set SPECGEN_UPDATE_HISTORIES=1
/// to rewrite the expected files after a deliberate change, and review their diff.
/// </summary>
public class HistoryTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names => ["1claw", "onfido", "woosmap"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_pair_of_the_history_has_the_expected_findings(string name)
    {
        var folder = Folder(name);
        var versions = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        Assert.True(versions.Length >= 3, $"{name}: expected at least three versions");
        var report = new StringBuilder();
        for (var i = 1; i < versions.Length; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = Diff(versions[i - 1], versions[i]);
            output.WriteLine($"{name} {Path.GetFileName(versions[i - 1])} → {Path.GetFileName(versions[i])}: {stopwatch.ElapsedMilliseconds} ms");
            report.Append(Describe(Path.GetFileNameWithoutExtension(versions[i - 1]), Path.GetFileNameWithoutExtension(versions[i]), result));
            CompileBreaksAreNamed(result);
        }

        var expectedPath = Path.Combine(folder, "expected.txt");
        if (Environment.GetEnvironmentVariable("SPECGEN_UPDATE_HISTORIES") == "1")
        {
            File.WriteAllText(expectedPath, report.ToString());
        }

        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), report.ToString());
    }

    [Fact]
    public void The_histories_hold_a_real_model_rename_and_a_real_request_limit_change()
    {
        var rename = Diff(History("woosmap", "08-10a488d.json"), History("woosmap", "09-013cc85.json"));
        var renamed = Assert.Single(rename.Changes, c => c.Rule == Rules.ComponentSchemaRenamed);
        Assert.Contains(rename.SurfaceFindings!, f => f.Rule == SurfaceRules.TypeRenamed && f.Class == ChangeClass.Breaking
            && f.Spec == $"components.schemas.{renamed.Old} → components.schemas.{renamed.New}");

        var limits = Diff(History("onfido", "24-a3e2f6f.json"), History("onfido", "25-ab0e671.json"));
        var tightened = limits.Changes.Where(c => c.RuleId == "request-property-pattern-changed").ToList();
        Assert.NotEmpty(tightened);
        Assert.Empty(limits.SurfaceFindings!);
        Assert.All(tightened, c => Assert.Contains(c, limits.RunTimeBreaks));
        Assert.Equal(SemVerBump.Major, limits.SuggestedBump);
    }

    private static string Folder(string name) =>
        Path.Combine(Path.GetDirectoryName(RepositoryPaths.Find(Path.Combine("tests", "SpecGen.Diff.Tests", "Histories", "SOURCES.md")))!, name);

    private static string History(string name, string file) => Path.Combine(Folder(name), file);

    private static DiffResult Diff(string oldPath, string newPath)
    {
        var oldDocument = SpecDocument.Load(oldPath);
        var newDocument = SpecDocument.Load(newPath);
        var wire = SpecComparer.Compare(oldDocument, newDocument);
        var names = SdkNames.Resolve(null, null, newPath, newDocument.Root);
        return wire.WithSurface(SurfaceDiff.Run(oldDocument, newDocument, names, wire.Changes));
    }

    /// <summary>
    /// Every C# break names its member and makes the bump major; every wire change that renames or removes a
    /// generated type or method (schema renamed or removed, endpoint removed, operationId changed) has a breaking
    /// C# finding from the same spec element.
    /// </summary>
    private static void CompileBreaksAreNamed(DiffResult result)
    {
        var breaking = result.SurfaceFindings!.Where(f => f.Class == ChangeClass.Breaking).ToList();
        Assert.All(breaking, f => Assert.False(string.IsNullOrWhiteSpace(f.Member)));
        if (breaking.Count > 0)
        {
            Assert.Equal(SemVerBump.Major, result.SuggestedBump);
        }

        foreach (var change in result.Changes)
        {
            if (change.Rule == Rules.ComponentSchemaRenamed || change.Rule == Rules.ComponentSchemaRemoved)
            {
                var schema = "components.schemas." + change.Old;
                Assert.True(
                    breaking.Any(f => f.Spec is { } spec && (spec == schema || spec.StartsWith(schema + " ", StringComparison.Ordinal))),
                    $"{change.RuleId} {change.Location}: no breaking C# finding for {schema}");
            }
            else if (change.Rule == Rules.EndpointRemoved || change.Rule == Rules.OperationIdChanged)
            {
                Assert.True(breaking.Any(f => f.Spec == $"{change.Method} {change.Path}"), $"{change.RuleId} {change.Location}: no breaking C# finding for the operation");
            }
        }
    }

    /// <summary>One block per pair: the bump, then the count per rule, wire and C#, in rule order.</summary>
    private static string Describe(string oldName, string newName, DiffResult result)
    {
        var text = new StringBuilder($"{oldName} → {newName}: {ReportText.Id(result.SuggestedBump)}; compile breaks: {(result.BreaksCompilation ? "yes" : "no")}; run-time breaks: {result.RunTimeBreaks.Count}\n");
        foreach (var group in result.Changes.GroupBy(c => c.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"  wire {group.Key}: {group.Count()}\n");
        }

        foreach (var group in result.SurfaceFindings!.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"  c# {group.Key}: {group.Count()}\n");
        }

        return text.ToString();
    }
}
