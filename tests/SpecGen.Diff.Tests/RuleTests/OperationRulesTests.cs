using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class OperationRulesTests
{
    private const string Pets = """{"/pets":{"get":{"operationId":"listPets","summary":"List pets","responses":{"200":{"description":"ok"}}}}}""";
    private const string PetsAndDelete = """{"/pets":{"get":{"operationId":"listPets","summary":"List pets","responses":{"200":{"description":"ok"}}},"delete":{"operationId":"clearPets","summary":"Clear","responses":{"204":{"description":"gone"}}}}}""";

    [Fact]
    public void Added_operation_is_non_breaking()
    {
        var change = Single(Compare(Doc(Pets), Doc(PetsAndDelete)), Rules.EndpointAdded, "DELETE /pets");
        Assert.Equal(("DELETE", "/pets", "Clear"), (change.Method, change.Path, change.New));
    }

    [Fact]
    public void Removed_operation_is_breaking()
    {
        var change = Single(Compare(Doc(PetsAndDelete), Doc(Pets)), Rules.EndpointRemoved, "DELETE /pets");
        Assert.Equal(("Clear", null), (change.Old, change.New));
    }

    [Fact]
    public void Removed_path_removes_every_operation_on_it()
    {
        var result = Compare(Doc(PetsAndDelete), Doc("{}"));
        Assert.Equal([("endpoint-removed", "GET /pets"), ("endpoint-removed", "DELETE /pets")], Found(result));
    }

    [Fact]
    public void Changed_operation_id_is_breaking_because_it_renames_the_sdk_method()
    {
        var change = Single(Compare(Doc(Pets), Doc(Pets.Replace("listPets", "getPets"))), Rules.OperationIdChanged, "GET /pets");
        Assert.Equal(("listPets", "getPets"), (change.Old, change.New));
    }

    [Fact]
    public void Deprecating_an_operation_is_non_breaking()
    {
        Single(Compare(Operation(""), Operation("\"deprecated\":true,")), Rules.EndpointDeprecated, "GET /pets");
        Single(Compare(Operation("\"deprecated\":true,"), Operation("")), Rules.EndpointReactivated, "GET /pets");
    }

    [Fact]
    public void Changed_summary_is_documentation()
    {
        var change = Single(Compare(Doc(Pets), Doc(Pets.Replace("List pets", "List all pets"))), Rules.OperationSummaryChanged, "GET /pets");
        Assert.Equal(("List pets", "List all pets"), (change.Old, change.New));
        Assert.Equal(ChangeClass.Documentation, change.Class);
    }

    [Fact]
    public void Added_description_is_documentation()
    {
        var change = Single(Compare(Operation(""), Operation("\"description\":\"返回所有宠物\",")), Rules.OperationDescriptionChanged, "GET /pets");
        Assert.Equal((null, "返回所有宠物"), (change.Old, change.New));
    }

    [Fact]
    public void Whitespace_only_description_edits_are_not_changes()
    {
        Assert.Empty(Compare(Operation("\"description\":\"text\","), Operation("\"description\":\"text\\r\\n\",")).Changes);
    }

    [Fact]
    public void Info_changes_are_documentation()
    {
        var result = Compare(Doc("{}"), Doc("{}").Replace("\"version\":\"1.0.0\"", "\"version\":\"1.1.0\""));
        var change = Single(result, Rules.ApiInfoChanged, "info.version");
        Assert.Equal(("1.0.0", "1.1.0"), (change.Old, change.New));
        Assert.Equal(SemVerBump.Patch, result.SuggestedBump);
    }

    [Fact]
    public void Identical_documents_have_no_changes()
    {
        var result = Compare(Doc(PetsAndDelete), Doc(PetsAndDelete));
        Assert.Empty(result.Changes);
        Assert.Equal(SemVerBump.None, result.SuggestedBump);
    }

    [Fact]
    public void Vendor_extensions_are_ignored()
    {
        var before = Operation("\"x-specgen-source\":{\"line\":10},");
        var after = Operation("\"x-specgen-source\":{\"line\":42},");
        Assert.Empty(Compare(before, after).Changes);
    }
}
