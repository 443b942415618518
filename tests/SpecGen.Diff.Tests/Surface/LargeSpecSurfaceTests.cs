using SpecGen.Diff.Surface;
using Xunit.Abstractions;

namespace SpecGen.Diff.Tests.Surface;

/// <summary>
/// The surface diff on two ~3 MB specs (<see cref="LargeSpecPair"/>). Its cost next to the wire diff is measured by
/// hand, not asserted: on a shared 2-core machine the ratio varies by more than the margin (see the README).
/// </summary>
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

        // POST /c1/send_group_msg is removed: POST /c2/send_group_msg's method takes the freed name SendGroupMsgAsync,
        // so for callers it is SendC2GroupMsgAsync that is gone.
        Assert.Contains(findings, f => (f.Rule, f.Member, f.Spec) == (SurfaceRules.MemberRemoved, "INapCatClient.SendC2GroupMsgAsync", "POST /c2/send_group_msg"));
        var groupId = Assert.Single(findings, f => (f.Rule, f.Member) == (SurfaceRules.MemberTypeChanged, "GetGroupInfoRequest.GroupId"));
        Assert.Equal(("NumberOrString?", "string?", "POST /c1/get_group_info request body.group_id"), (groupId.Old, groupId.New, groupId.Spec));

        // The generator gives identical inline objects the first one's type: with the first holder renamed, another
        // one comes first and the shared type is renamed after it, which every other copy's models see.
        Assert.Contains(findings, f => (f.Rule, f.Member, f.New) == (SurfaceRules.TypeRenamed, "TextSegmentData", "NestedMergeForwardSegmentDataNewsItem"));
        Assert.Contains(findings, f => (f.Rule, f.Member) == (SurfaceRules.MemberTypeChanged, "TextSegment.Data"));
        Assert.Equal(
            ["INapCatClient.SendC2GroupMsgAsync", "INapCatClient.SendC2GroupMsgWithEnvelopeAsync"],
            findings.Where(f => f.Member.StartsWith("INapCatClient.", StringComparison.Ordinal)).Select(f => f.Member));
    }
}
