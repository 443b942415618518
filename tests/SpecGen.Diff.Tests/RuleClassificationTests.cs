namespace SpecGen.Diff.Tests;

/// <summary>
/// The classification of every rule, pinned independently of the catalog: changing a rule's class must be a
/// deliberate edit here too. Request vs response direction follows oasdiff; see <see cref="Rules"/> for where
/// the SDK makes a change breaking that oasdiff only warns about.
/// </summary>
public class RuleClassificationTests
{
    [Theory]
    [InlineData("api-info-changed", ChangeClass.Documentation)]
    [InlineData("component-schema-renamed", ChangeClass.Breaking)]
    [InlineData("component-schema-removed", ChangeClass.Breaking)]
    [InlineData("component-schema-added", ChangeClass.NonBreaking)]
    [InlineData("endpoint-added", ChangeClass.NonBreaking)]
    [InlineData("endpoint-removed", ChangeClass.Breaking)]
    [InlineData("operation-id-changed", ChangeClass.Breaking)]
    [InlineData("endpoint-deprecated", ChangeClass.NonBreaking)]
    [InlineData("endpoint-reactivated", ChangeClass.NonBreaking)]
    [InlineData("operation-summary-changed", ChangeClass.Documentation)]
    [InlineData("operation-description-changed", ChangeClass.Documentation)]
    [InlineData("new-required-request-parameter", ChangeClass.Breaking)]
    [InlineData("new-optional-request-parameter", ChangeClass.NonBreaking)]
    [InlineData("request-parameter-removed", ChangeClass.Breaking)]
    [InlineData("request-parameter-became-required", ChangeClass.Breaking)]
    [InlineData("request-parameter-became-optional", ChangeClass.NonBreaking)]
    [InlineData("request-path-parameter-renamed", ChangeClass.Breaking)]
    [InlineData("request-path-parameters-reordered", ChangeClass.Breaking)]
    [InlineData("request-parameters-reordered", ChangeClass.Breaking)]
    [InlineData("request-parameter-location-changed", ChangeClass.Breaking)]
    [InlineData("request-parameter-description-changed", ChangeClass.Documentation)]
    [InlineData("request-body-added-required", ChangeClass.Breaking)]
    [InlineData("request-body-added-optional", ChangeClass.NonBreaking)]
    [InlineData("request-body-removed", ChangeClass.Breaking)]
    [InlineData("request-body-became-required", ChangeClass.Breaking)]
    [InlineData("request-body-became-optional", ChangeClass.NonBreaking)]
    [InlineData("request-media-type-added", ChangeClass.NonBreaking)]
    [InlineData("request-media-type-removed", ChangeClass.Breaking)]
    [InlineData("request-body-description-changed", ChangeClass.Documentation)]
    [InlineData("response-status-added", ChangeClass.NonBreaking)]
    [InlineData("response-success-status-removed", ChangeClass.Breaking)]
    [InlineData("response-non-success-status-removed", ChangeClass.NonBreaking)]
    [InlineData("response-media-type-added", ChangeClass.NonBreaking)]
    [InlineData("response-media-type-removed", ChangeClass.Breaking)]
    [InlineData("response-description-changed", ChangeClass.Documentation)]
    [InlineData("security-added", ChangeClass.Breaking)]
    [InlineData("security-removed", ChangeClass.NonBreaking)]
    [InlineData("security-alternative-added", ChangeClass.NonBreaking)]
    [InlineData("security-alternative-removed", ChangeClass.Breaking)]
    [InlineData("security-scheme-changed", ChangeClass.Breaking)]
    [InlineData("new-required-request-property", ChangeClass.Breaking)]
    [InlineData("new-optional-request-property", ChangeClass.NonBreaking)]
    [InlineData("request-property-removed", ChangeClass.Breaking)]
    [InlineData("request-property-became-required", ChangeClass.Breaking)]
    [InlineData("request-property-became-optional", ChangeClass.NonBreaking)]
    [InlineData("response-property-added", ChangeClass.NonBreaking)]
    [InlineData("response-property-removed", ChangeClass.Breaking)]
    [InlineData("response-property-became-optional", ChangeClass.Breaking)]
    [InlineData("response-property-became-required", ChangeClass.NonBreaking)]
    [InlineData("type-changed", ChangeClass.Breaking)]
    [InlineData("request-type-generalized", ChangeClass.NonBreaking)]
    [InlineData("response-type-specialized", ChangeClass.NonBreaking)]
    [InlineData("format-changed", ChangeClass.NonBreaking)]
    [InlineData("request-nullable-removed", ChangeClass.Breaking)]
    [InlineData("request-nullable-added", ChangeClass.NonBreaking)]
    [InlineData("response-nullable-added", ChangeClass.Breaking)]
    [InlineData("response-nullable-removed", ChangeClass.NonBreaking)]
    [InlineData("request-parameter-enum-value-added", ChangeClass.NonBreaking)]
    [InlineData("request-parameter-enum-value-removed", ChangeClass.Breaking)]
    [InlineData("request-body-enum-value-added", ChangeClass.NonBreaking)]
    [InlineData("request-body-enum-value-removed", ChangeClass.Breaking)]
    [InlineData("request-property-enum-value-added", ChangeClass.NonBreaking)]
    [InlineData("request-property-enum-value-removed", ChangeClass.Breaking)]
    [InlineData("response-body-enum-value-added", ChangeClass.Warning)]
    [InlineData("response-body-enum-value-removed", ChangeClass.NonBreaking)]
    [InlineData("response-property-enum-value-added", ChangeClass.Warning)]
    [InlineData("response-property-enum-value-removed", ChangeClass.NonBreaking)]
    [InlineData("request-enum-added", ChangeClass.Breaking)]
    [InlineData("request-enum-removed", ChangeClass.NonBreaking)]
    [InlineData("response-enum-added", ChangeClass.NonBreaking)]
    [InlineData("response-enum-removed", ChangeClass.Warning)]
    [InlineData("request-variant-added", ChangeClass.NonBreaking)]
    [InlineData("request-variant-removed", ChangeClass.Breaking)]
    [InlineData("response-variant-added", ChangeClass.Warning)]
    [InlineData("response-variant-removed", ChangeClass.NonBreaking)]
    [InlineData("schema-description-changed", ChangeClass.Documentation)]
    public void Rule_has_its_documented_class(string id, ChangeClass expected)
    {
        var rule = Assert.Single(Rules.All, r => r.Id == id);
        Assert.Equal(expected, rule.Class);
    }

    [Fact]
    public void Every_rule_is_pinned_here()
    {
        var pinned = typeof(RuleClassificationTests).GetMethod(nameof(Rule_has_its_documented_class))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0])
            .ToHashSet();
        Assert.Equal(Rules.All.Except(LimitRules.All).Select(r => r.Id).Order(StringComparer.Ordinal), pinned.Order(StringComparer.Ordinal));
    }

    /// <summary>Limit rules are generated (direction × scope × keyword × change); their classes are pinned by this table.</summary>
    [Theory]
    [InlineData("request-parameter-max-length-decreased", ChangeClass.Breaking)]
    [InlineData("request-parameter-max-length-increased", ChangeClass.NonBreaking)]
    [InlineData("request-body-min-length-increased", ChangeClass.Breaking)]
    [InlineData("request-property-max-length-decreased", ChangeClass.Breaking)]
    [InlineData("request-property-max-length-set", ChangeClass.Breaking)]
    [InlineData("request-property-max-length-unset", ChangeClass.NonBreaking)]
    [InlineData("request-property-pattern-added", ChangeClass.Breaking)]
    [InlineData("request-property-pattern-changed", ChangeClass.Breaking)]
    [InlineData("request-property-pattern-removed", ChangeClass.NonBreaking)]
    [InlineData("request-property-min-items-increased", ChangeClass.Breaking)]
    [InlineData("request-property-max-items-decreased", ChangeClass.Breaking)]
    [InlineData("request-property-max-decreased", ChangeClass.Breaking)]
    [InlineData("request-property-min-increased", ChangeClass.Breaking)]
    [InlineData("request-property-min-decreased", ChangeClass.NonBreaking)]
    [InlineData("request-property-multiple-of-changed", ChangeClass.Breaking)]
    [InlineData("request-property-multiple-of-set", ChangeClass.Breaking)]
    [InlineData("response-body-max-length-increased", ChangeClass.Breaking)]
    [InlineData("response-property-max-length-increased", ChangeClass.Breaking)]
    [InlineData("response-property-max-length-unset", ChangeClass.Breaking)]
    [InlineData("response-property-max-length-decreased", ChangeClass.NonBreaking)]
    [InlineData("response-property-min-decreased", ChangeClass.Breaking)]
    [InlineData("response-property-min-items-decreased", ChangeClass.Breaking)]
    [InlineData("response-property-pattern-changed", ChangeClass.Breaking)]
    [InlineData("response-property-pattern-added", ChangeClass.NonBreaking)]
    [InlineData("response-property-multiple-of-unset", ChangeClass.Breaking)]
    public void Limit_rule_has_its_documented_class(string id, ChangeClass expected) =>
        Assert.Equal(expected, Assert.Single(Rules.All, r => r.Id == id).Class);

    [Fact]
    public void Limit_rules_break_requests_when_tightened_and_responses_when_loosened()
    {
        foreach (var rule in LimitRules.All)
        {
            var request = rule.Id.StartsWith("request-", StringComparison.Ordinal);
            var tighter = rule.Id.EndsWith("-set", StringComparison.Ordinal) || rule.Id.EndsWith("-added", StringComparison.Ordinal)
                || (rule.Id.Contains("-max", StringComparison.Ordinal) && rule.Id.EndsWith("-decreased", StringComparison.Ordinal))
                || (rule.Id.Contains("-min", StringComparison.Ordinal) && rule.Id.EndsWith("-increased", StringComparison.Ordinal));
            var changed = rule.Id.EndsWith("-changed", StringComparison.Ordinal);
            var breaking = changed || (request ? tighter : !tighter);
            Assert.True((breaking ? ChangeClass.Breaking : ChangeClass.NonBreaking) == rule.Class, rule.Id);
        }

        Assert.Equal(5 * (6 * 4 + 2 * 3), LimitRules.All.Count);
    }
}
