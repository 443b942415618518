using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class LimitRulesTests
{
    private static string Prop(string schema) => """{"type":"object","properties":{"name":""" + schema + "}}";

    private static string Query(string schema) => """[{"name":"q","in":"query","schema":""" + schema + "}]";

    private static Change Request(string before, string after, string id)
    {
        var change = Single(Compare(RequestBody(Prop(before)), RequestBody(Prop(after))), LimitRules.Get(id), "POST /pets request body .name");
        Assert.Equal(Direction.Request, change.Direction);
        return change;
    }

    private static Change Response(string before, string after, string id) =>
        Single(Compare(ResponseBody(Prop(before)), ResponseBody(Prop(after))), LimitRules.Get(id), "GET /pets response 200 body .name");

    [Fact]
    public void Request_property_max_length_decreased_is_breaking()
    {
        var change = Request("""{"type":"string","maxLength":20}""", """{"type":"string","maxLength":10}""", "request-property-max-length-decreased");
        Assert.Equal((ChangeClass.Breaking, "20", "10"), (change.Class, change.Old, change.New));
        Assert.Equal("maxLength of '.name' changed from 20 to 10", change.Message);
        Assert.Equal(SemVerBump.Major, SemVerAdvisor.Suggest([change]));
    }

    [Fact]
    public void Request_property_max_length_increased_is_non_breaking() =>
        Assert.Equal(SemVerBump.Minor, SemVerAdvisor.Suggest([Request("""{"type":"string","maxLength":10}""", """{"type":"string","maxLength":20}""", "request-property-max-length-increased")]));

    [Fact]
    public void Request_property_max_length_set_and_unset()
    {
        Assert.Equal(ChangeClass.Breaking, Request("""{"type":"string"}""", """{"type":"string","maxLength":10}""", "request-property-max-length-set").Class);
        Assert.Equal(ChangeClass.NonBreaking, Request("""{"type":"string","maxLength":10}""", """{"type":"string"}""", "request-property-max-length-unset").Class);
    }

    [Fact]
    public void Request_property_min_length_increased_is_breaking() =>
        Assert.Equal(ChangeClass.Breaking, Request("""{"type":"string","minLength":1}""", """{"type":"string","minLength":3}""", "request-property-min-length-increased").Class);

    [Fact]
    public void Request_parameter_max_length_decreased_is_breaking()
    {
        var result = Compare(Parameters(Query("""{"type":"string","maxLength":64}""")), Parameters(Query("""{"type":"string","maxLength":32}""")));
        var change = Single(result, LimitRules.Get("request-parameter-max-length-decreased"), "GET /pets query parameter q");
        Assert.Equal(ChangeClass.Breaking, change.Class);
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void Request_parameter_limits_below_the_root_stay_parameter_rules() =>
        Single(Compare(Parameters(Query("""{"type":"array","items":{"type":"string"}}""")), Parameters(Query("""{"type":"array","items":{"type":"string","pattern":"^[a-z]+$"}}"""))),
            LimitRules.Get("request-parameter-pattern-added"), "GET /pets query parameter q []");

    [Fact]
    public void Request_body_root_limits_are_body_rules() =>
        Single(Compare(RequestBody("""{"type":"array","items":{"type":"string"},"maxItems":10}"""), RequestBody("""{"type":"array","items":{"type":"string"},"maxItems":5}""")),
            LimitRules.Get("request-body-max-items-decreased"), "POST /pets request body");

    [Fact]
    public void Request_property_pattern_added_changed_and_removed()
    {
        Assert.Equal(ChangeClass.Breaking, Request("""{"type":"string"}""", """{"type":"string","pattern":"^a"}""", "request-property-pattern-added").Class);
        var changed = Request("""{"type":"string","pattern":"^a"}""", """{"type":"string","pattern":"^b"}""", "request-property-pattern-changed");
        Assert.Equal((ChangeClass.Breaking, "^a", "^b"), (changed.Class, changed.Old, changed.New));
        Assert.Equal(ChangeClass.NonBreaking, Request("""{"type":"string","pattern":"^a"}""", """{"type":"string"}""", "request-property-pattern-removed").Class);
    }

    [Fact]
    public void Request_property_min_items_increased_and_max_items_decreased_are_breaking()
    {
        var (before, after) = ("""{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":9}""", """{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":8}""");
        var result = Compare(RequestBody(Prop(before)), RequestBody(Prop(after)));
        Assert.Equal([("request-property-max-items-decreased", "POST /pets request body .name"), ("request-property-min-items-increased", "POST /pets request body .name")], Found(result));
        Assert.All(result.Changes, c => Assert.Equal(ChangeClass.Breaking, c.Class));
    }

    [Fact]
    public void Request_property_max_decreased_and_min_increased_are_breaking()
    {
        Assert.Equal(ChangeClass.Breaking, Request("""{"type":"integer","maximum":100}""", """{"type":"integer","maximum":50}""", "request-property-max-decreased").Class);
        Assert.Equal(ChangeClass.Breaking, Request("""{"type":"integer","minimum":0}""", """{"type":"integer","minimum":1}""", "request-property-min-increased").Class);
        Assert.Equal(ChangeClass.NonBreaking, Request("""{"type":"integer","minimum":1}""", """{"type":"integer","minimum":0}""", "request-property-min-decreased").Class);
    }

    [Fact]
    public void Numbers_compare_by_value()
    {
        Assert.Empty(Compare(RequestBody(Prop("""{"type":"number","maximum":10}""")), RequestBody(Prop("""{"type":"number","maximum":10.0}"""))).Changes);
        Request("""{"type":"number","maximum":10.5}""", """{"type":"number","maximum":10.25}""", "request-property-max-decreased");
    }

    [Fact]
    public void Request_property_multiple_of_changed_is_breaking() =>
        Assert.Equal(ChangeClass.Breaking, Request("""{"type":"integer","multipleOf":5}""", """{"type":"integer","multipleOf":10}""", "request-property-multiple-of-changed").Class);

    [Fact]
    public void Response_property_max_length_increased_is_breaking_for_callers_reading_it()
    {
        var change = Response("""{"type":"string","maxLength":10}""", """{"type":"string","maxLength":20}""", "response-property-max-length-increased");
        Assert.Equal(ChangeClass.Breaking, change.Class);
        Assert.Equal(ChangeClass.NonBreaking, Response("""{"type":"string","maxLength":20}""", """{"type":"string","maxLength":10}""", "response-property-max-length-decreased").Class);
    }

    [Fact]
    public void Response_limit_removed_is_breaking() =>
        Assert.Equal(ChangeClass.Breaking, Response("""{"type":"integer","maximum":10}""", """{"type":"integer"}""", "response-property-max-unset").Class);

    [Fact]
    public void Response_min_decreased_and_min_items_decreased_are_breaking()
    {
        Assert.Equal(ChangeClass.Breaking, Response("""{"type":"integer","minimum":1}""", """{"type":"integer","minimum":0}""", "response-property-min-decreased").Class);
        Assert.Equal(ChangeClass.Breaking, Response("""{"type":"array","minItems":1}""", """{"type":"array","minItems":0}""", "response-property-min-items-decreased").Class);
    }

    [Fact]
    public void Response_body_root_limits_are_body_rules() =>
        Single(Compare(ResponseBody("""{"type":"string","maxLength":10}"""), ResponseBody("""{"type":"string","maxLength":11}""")),
            LimitRules.Get("response-body-max-length-increased"), "GET /pets response 200 body");

    [Fact]
    public void Request_enum_value_removed_is_breaking()
    {
        var change = Single(Compare(RequestBody(Prop("""{"type":"string","enum":["a","b"]}""")), RequestBody(Prop("""{"type":"string","enum":["a"]}"""))), EnumValueRules.Removed(Direction.Request, SchemaScope.Property), "POST /pets request body .name");
        Assert.Equal(SemVerBump.Major, SemVerAdvisor.Suggest([change]));
    }

    public static TheoryData<string, string, string, string, string> EveryLimitRule()
    {
        var data = new TheoryData<string, string, string, string, string>();
        var places = new[] { ("request", "parameter"), ("request", "body"), ("request", "property"), ("response", "body"), ("response", "property") };
        foreach (var (direction, scope) in places)
        {
            foreach (var keyword in LimitRules.Keywords)
            {
                var values = keyword.Name == "pattern"
                    ? new[] { ("added", (string?)null, "\"^a\""), ("changed", "\"^a\"", "\"^b\""), ("removed", "\"^a\"", null) }
                    : keyword.Name == "multipleOf"
                        ? new[] { ("set", (string?)null, "2"), ("changed", "2", "4"), ("unset", "2", null) }
                        : new[] { ("set", (string?)null, "5"), ("increased", "5", "10"), ("decreased", "10", "5"), ("unset", "5", null) };
                foreach (var (suffix, before, after) in values)
                {
                    data.Add($"{direction}-{scope}-{keyword.Stem}-{suffix}", direction, scope, Limited(keyword.Name, before), Limited(keyword.Name, after));
                }
            }
        }

        return data;
    }

    private static string Limited(string keyword, string? value)
    {
        var type = keyword switch
        {
            "maxLength" or "minLength" or "pattern" => "\"type\":\"string\"",
            "maxItems" or "minItems" => "\"type\":\"array\",\"items\":{\"type\":\"string\"}",
            _ => "\"type\":\"number\"",
        };
        return "{" + type + (value is null ? string.Empty : $",\"{keyword}\":{value}") + "}";
    }

    [Theory]
    [MemberData(nameof(EveryLimitRule))]
    public void Every_limit_rule_is_reported_with_its_class_and_bump(string id, string direction, string scope, string before, string after)
    {
        var (oldDoc, newDoc, location) = (direction, scope) switch
        {
            ("request", "parameter") => (Parameters(Query(before)), Parameters(Query(after)), "GET /pets query parameter q"),
            ("request", "body") => (RequestBody(before), RequestBody(after), "POST /pets request body"),
            ("request", _) => (RequestBody(Prop(before)), RequestBody(Prop(after)), "POST /pets request body .name"),
            ("response", "body") => (ResponseBody(before), ResponseBody(after), "GET /pets response 200 body"),
            _ => (ResponseBody(Prop(before)), ResponseBody(Prop(after)), "GET /pets response 200 body .name"),
        };
        var result = Compare(oldDoc, newDoc);
        var change = Single(result, Rules.Get(id), location);
        Assert.Equal(change.Class == ChangeClass.Breaking ? SemVerBump.Major : SemVerBump.Minor, result.SuggestedBump);
        Assert.Contains(id, LimitRules.All.Select(r => r.Id));
    }

    [Fact]
    public void Every_limit_rule_has_a_case() => Assert.Equal(LimitRules.All.Count, EveryLimitRule().Count);
}
