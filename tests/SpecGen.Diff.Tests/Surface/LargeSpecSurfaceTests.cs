using System.Diagnostics;
using SpecGen.Diff.Surface;
using Xunit.Abstractions;

namespace SpecGen.Diff.Tests.Surface;

/// <remarks>Not run in parallel with other tests: one of them measures time.</remarks>
[Collection(nameof(TimedTests))]
/// <summary>The surface diff on two ~3 MB specs (<see cref="LargeSpecPair"/>): what it finds, and what it costs next to the wire diff.</summary>
public class LargeSpecSurfaceTests(ITestOutputHelper output)
{
    private static readonly SdkNames Names = new("SpecGen.Sdk.NapCat", "NapCatClient");

    [Fact]
    public void The_edits_in_a_3_MB_pair_are_reported_with_their_CSharp_members()
    {
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(LargeSpecPair.Old), 3_000_000, 4_000_000);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(LargeSpecPair.New), 3_000_000, 4_000_000);
        var oldDocument = SpecDocument.Parse(LargeSpecPair.Old, "old.json");
        var newDocument = SpecDocument.Parse(LargeSpecPair.New, "new.json");
        var wire = SpecComparer.Compare(oldDocument, newDocument);
        var findings = SurfaceDiff.Run(oldDocument, newDocument, Names, wire.Changes);

        foreach (var finding in findings.Where(f => f.Class == ChangeClass.Breaking))
        {
            output.WriteLine($"{finding.RuleId} {finding.Member} {finding.Old} → {finding.New} [{finding.Spec}]");
        }

        Assert.Contains(findings, f => (f.Rule, f.Member, f.Spec) == (SurfaceRules.MemberRemoved, "INapCatClient.SendGroupMsgC1Async", "POST /c1/send_group_msg"));
        Assert.Contains(findings, f => (f.Rule, f.Member, f.New) == (SurfaceRules.TypeRenamed, "WenBenXiaoXiC1", "TextMessageC1"));
        Assert.Contains(findings, f => (f.Rule, f.Member, f.Old, f.New) == (SurfaceRules.MemberTypeChanged, "GetGroupInfoC1Request.GroupId", "NumberOrString?", "string?"));

        // The generator gives identical inline objects the first one's type: with the first holder renamed, another
        // one comes first and the shared type is renamed after it, which every other copy's models see.
        Assert.Contains(findings, f => (f.Rule, f.Member, f.New) == (SurfaceRules.TypeRenamed, "WenBenXiaoXiC1Data", "ErJiHeBingZhuanFaXiaoXiC1DataNewsItem"));
        Assert.Contains(findings, f => (f.Rule, f.Member) == (SurfaceRules.MemberTypeChanged, "WenBenXiaoXiC2.Data"));
        Assert.Equal(
            ["INapCatClient.SendGroupMsgC1Async", "INapCatClient.SendGroupMsgC1WithEnvelopeAsync"],
            findings.Where(f => f.Member.StartsWith("INapCatClient.", StringComparison.Ordinal)).Select(f => f.Member));
    }

    [Fact]
    public void The_surface_diff_of_a_3_MB_pair_costs_less_than_the_wire_diff_again()
    {
        // Processor time of the whole process (this collection runs alone), so that other processes on a busy
        // machine don't skew it; wall time is printed too. Median of three runs each, after a warm-up of both
        // (JIT, Roslyn's first load, the reference assemblies).
        Measure(wireOnly: true);
        Measure(wireOnly: false);
        var wire = Median(() => Measure(wireOnly: true));
        var full = Median(() => Measure(wireOnly: false));
        output.WriteLine($"wire diff: {wire.Cpu:0} ms processor, {wire.Wall} ms wall; wire + C# surface diff: {full.Cpu:0} ms processor ({full.Cpu / wire.Cpu:0.00}x), {full.Wall} ms wall ({(double)full.Wall / wire.Wall:0.00}x)");
        Assert.True(full.Cpu < 2 * wire.Cpu, $"wire + surface took {full.Cpu:0} ms of processor time, the wire diff alone {wire.Cpu:0} ms");
    }

    private static (double Cpu, long Wall) Median(Func<(double Cpu, long Wall)> run)
    {
        (double Cpu, long Wall)[] times = [run(), run(), run()];
        return (times.Select(t => t.Cpu).Order().ElementAt(1), times.Select(t => t.Wall).Order().ElementAt(1));
    }

    private static (double Cpu, long Wall) Measure(bool wireOnly)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var oldDocument = SpecDocument.Parse(LargeSpecPair.Old, "old.json");
        var newDocument = SpecDocument.Parse(LargeSpecPair.New, "new.json");
        var surfaces = wireOnly ? null : SurfaceDiff.Start(oldDocument, newDocument, Names);
        var result = SpecComparer.Compare(oldDocument, newDocument);
        if (surfaces is not null)
        {
            result = result.WithSurface(SurfaceDiff.Compare(surfaces, result.Changes));
        }

        var wall = stopwatch.ElapsedMilliseconds;
        process.Refresh();
        Assert.NotEmpty(result.Changes);
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds, wall);
    }
}

/// <summary>Tests that measure time run alone.</summary>
[CollectionDefinition(nameof(TimedTests), DisableParallelization = true)]
public sealed class TimedTests;
