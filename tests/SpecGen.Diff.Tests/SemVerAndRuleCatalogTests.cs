using System.Reflection;
using System.Text.RegularExpressions;

namespace SpecGen.Diff.Tests;

public class SemVerAndRuleCatalogTests
{
    private static Change Of(Rule rule) => new(rule, Direction.None, null, null, "x", "m");

    [Fact]
    public void Bump_is_major_for_breaking_minor_for_additions_and_warnings_patch_for_documentation()
    {
        Assert.Equal(SemVerBump.None, SemVerAdvisor.Suggest([]));
        Assert.Equal(SemVerBump.Patch, SemVerAdvisor.Suggest([Of(Rules.OperationSummaryChanged)]));
        Assert.Equal(SemVerBump.Minor, SemVerAdvisor.Suggest([Of(Rules.OperationSummaryChanged), Of(Rules.EndpointAdded)]));
        Assert.Equal(SemVerBump.Minor, SemVerAdvisor.Suggest([Of(EnumValueRules.Added(Direction.Response, SchemaScope.Property))]));
        Assert.Equal(SemVerBump.Major, SemVerAdvisor.Suggest([Of(Rules.EndpointAdded), Of(Rules.EndpointRemoved), Of(Rules.ApiInfoChanged)]));
    }

    [Fact]
    public void Catalog_lists_every_rule_once_with_a_kebab_case_id()
    {
        var declared = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Rule))
            .Select(f => (Rule)f.GetValue(null)!)
            .ToList();
        Assert.Equal(declared.Concat(EnumValueRules.All).Concat(LimitRules.All), Rules.All);
        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(Rules.All, r => Assert.Matches(new Regex("^[a-z]+(-[a-z0-9]+)*$"), r.Id));
        Assert.True(Rules.All.Count >= 20);
    }

    [Fact]
    public void Direction_dependent_rules_mirror_each_other()
    {
        // Breaking for requests means tolerated for responses and the other way round (oasdiff's model).
        Assert.Equal(ChangeClass.Breaking, EnumValueRules.Removed(Direction.Request, SchemaScope.Property).Class);
        Assert.Equal(ChangeClass.NonBreaking, EnumValueRules.Removed(Direction.Response, SchemaScope.Property).Class);
        Assert.Equal(ChangeClass.NonBreaking, EnumValueRules.Added(Direction.Request, SchemaScope.Property).Class);
        Assert.Equal(ChangeClass.Warning, EnumValueRules.Added(Direction.Response, SchemaScope.Property).Class);
        Assert.Equal(ChangeClass.Breaking, Rules.RequestPropertyBecameRequired.Class);
        Assert.Equal(ChangeClass.Breaking, Rules.ResponsePropertyBecameOptional.Class);
    }
}

public class RuleDocumentationTests
{
    [Fact]
    public void Readme_documents_every_rule_with_its_class()
    {
        var readme = File.ReadAllText(RepositoryPaths.Find(Path.Combine("generator", "SpecGen.Diff", "README.md")));
        Assert.All(Rules.All, rule => Assert.Contains($"| `{rule.Id}` | {ReportText.Id(rule.Class)} | {rule.Description} |", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_documents_every_surface_rule_and_their_ids_are_their_own()
    {
        var readme = File.ReadAllText(RepositoryPaths.Find(Path.Combine("generator", "SpecGen.Diff", "README.md")));
        Assert.All(SpecGen.Diff.Surface.SurfaceRules.All, rule => Assert.Contains($"| `{rule.Id}` | {ReportText.Id(rule.Class)} | {rule.Description} |", readme, StringComparison.Ordinal));
        Assert.All(SpecGen.Diff.Surface.SurfaceRules.All, rule => Assert.StartsWith("csharp-", rule.Id, StringComparison.Ordinal));
        Assert.Equal(SpecGen.Diff.Surface.SurfaceRules.All.Count, SpecGen.Diff.Surface.SurfaceRules.All.Concat(Rules.All).Select(r => r.Id).Distinct().Count() - Rules.All.Count);
    }
}
