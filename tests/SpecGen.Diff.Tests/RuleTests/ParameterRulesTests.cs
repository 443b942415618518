using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class ParameterRulesTests
{
    private const string Limit = """{"name":"limit","in":"query","required":false,"schema":{"type":"integer"}}""";
    private const string RequiredLimit = """{"name":"limit","in":"query","required":true,"schema":{"type":"integer"}}""";

    [Fact]
    public void New_required_parameter_is_breaking()
    {
        var change = Single(Compare(Parameters("[]"), Parameters($"[{RequiredLimit}]")), Rules.NewRequiredRequestParameter, "GET /pets query parameter limit");
        Assert.Equal(Direction.Request, change.Direction);
    }

    [Fact]
    public void New_optional_parameter_is_non_breaking()
    {
        Single(Compare(Parameters("[]"), Parameters($"[{Limit}]")), Rules.NewOptionalRequestParameter, "GET /pets query parameter limit");
    }

    [Fact]
    public void Removed_parameter_is_breaking()
    {
        Single(Compare(Parameters($"[{Limit}]"), Parameters("[]")), Rules.RequestParameterRemoved, "GET /pets query parameter limit");
    }

    [Fact]
    public void Parameter_that_became_required_is_breaking()
    {
        var change = Single(Compare(Parameters($"[{Limit}]"), Parameters($"[{RequiredLimit}]")), Rules.RequestParameterBecameRequired, "GET /pets query parameter limit");
        Assert.Equal(("optional", "required"), (change.Old, change.New));
    }

    [Fact]
    public void Parameter_that_became_optional_is_non_breaking()
    {
        Single(Compare(Parameters($"[{RequiredLimit}]"), Parameters($"[{Limit}]")), Rules.RequestParameterBecameOptional, "GET /pets query parameter limit");
    }

    [Fact]
    public void Parameter_moved_from_query_to_header_is_one_breaking_change()
    {
        var change = Single(Compare(Parameters($"[{Limit}]"), Parameters($"[{Limit.Replace("query", "header")}]")), Rules.RequestParameterLocationChanged, "GET /pets parameter limit");
        Assert.Equal(("query", "header"), (change.Old, change.New));
    }

    [Fact]
    public void Changed_parameter_description_is_documentation()
    {
        var before = """[{"name":"limit","in":"query","description":"page size","schema":{"type":"integer"}}]""";
        Single(Compare(Parameters(before), Parameters(before.Replace("page size", "每页数量"))), Rules.RequestParameterDescriptionChanged, "GET /pets query parameter limit");
    }

    [Fact]
    public void Parameter_schemas_are_compared_in_the_request_direction()
    {
        var before = """[{"name":"status","in":"query","schema":{"type":"string","enum":["a","b"]}}]""";
        var change = Single(Compare(Parameters(before), Parameters(before.Replace(",\"b\"", ""))), EnumValueRules.Removed(Direction.Request, SchemaScope.Parameter), "GET /pets query parameter status");
        Assert.Equal("b", change.Old);
        Assert.Equal("enum value \"b\" was removed from query parameter 'status'", change.Message);
    }

    [Fact]
    public void Referenced_parameters_and_path_level_parameters_are_resolved()
    {
        const string components = """{"parameters":{"Limit":{"name":"limit","in":"query","required":false,"schema":{"type":"integer"}}}}""";
        var before = Doc("""{"/pets":{"parameters":[{"$ref":"#/components/parameters/Limit"}],"get":{"responses":{"200":{"description":"ok"}}}}}""", components);
        var after = Doc("""{"/pets":{"parameters":[{"$ref":"#/components/parameters/Limit"}],"get":{"responses":{"200":{"description":"ok"}}}}}""", components.Replace("\"required\":false", "\"required\":true"));
        Single(Compare(before, after), Rules.RequestParameterBecameRequired, "GET /pets query parameter limit");
    }

    [Fact]
    public void Header_parameter_names_match_case_insensitively()
    {
        var before = """[{"name":"X-Token","in":"header","schema":{"type":"string"}}]""";
        Assert.Empty(Compare(Parameters(before), Parameters(before.Replace("X-Token", "x-token"))).Changes);
    }
}
