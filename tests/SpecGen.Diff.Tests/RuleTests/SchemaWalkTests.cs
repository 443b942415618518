using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

/// <summary>How the comparer walks schemas: references, nesting, array items, maps, allOf and recursive models.</summary>
public class SchemaWalkTests
{
    [Fact]
    public void Referenced_schemas_are_followed()
    {
        const string before = """{"schemas":{"User":{"type":"object","properties":{"uid":{"type":"string"},"name":{"type":"string"}}}}}""";
        var after = before.Replace(",\"name\":{\"type\":\"string\"}", "");
        Single(Compare(ResponseBody("""{"$ref":"#/components/schemas/User"}""", before), ResponseBody("""{"$ref":"#/components/schemas/User"}""", after)),
            Rules.ResponsePropertyRemoved, "GET /pets response 200 body .name");
    }

    [Fact]
    public void Renamed_component_with_the_same_shape_is_a_rename_and_nothing_else()
    {
        const string before = """{"schemas":{"User":{"type":"object","properties":{"uid":{"type":"string"}}}}}""";
        const string after = """{"schemas":{"UserResp":{"type":"object","properties":{"uid":{"type":"string"}}}}}""";
        var result = Compare(ResponseBody("""{"$ref":"#/components/schemas/User"}""", before), ResponseBody("""{"$ref":"#/components/schemas/UserResp"}""", after));
        Single(result, Rules.ComponentSchemaRenamed, "components.schemas.UserResp");
    }

    [Fact]
    public void Nested_properties_are_located_by_their_path()
    {
        const string before = """{"type":"object","properties":{"device":{"type":"object","properties":{"name":{"type":"string"}}}}}""";
        var after = before.Replace("\"properties\":{\"name\"", "\"required\":[\"name\"],\"properties\":{\"name\"");
        Single(Compare(RequestBody(before), RequestBody(after)), Rules.RequestPropertyBecameRequired, "POST /pets request body .device.name");
    }

    [Fact]
    public void Array_items_are_compared()
    {
        const string before = """{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"id":{"type":"integer"}}}}}}""";
        var after = before.Replace("\"integer\"", "\"string\"");
        Single(Compare(ResponseBody(before), ResponseBody(after)), Rules.TypeChanged, "GET /pets response 200 body .data[].id");
    }

    [Fact]
    public void Map_values_are_compared()
    {
        const string before = """{"type":"object","additionalProperties":{"type":"object","properties":{"n":{"type":"integer"}}}}""";
        var after = before.Replace("\"n\":{\"type\":\"integer\"}", "\"n\":{\"type\":\"integer\"},\"m\":{\"type\":\"integer\"}");
        Single(Compare(ResponseBody(before), ResponseBody(after)), Rules.ResponsePropertyAdded, "GET /pets response 200 body {*}.m");
    }

    [Fact]
    public void AllOf_branches_are_merged_into_one_object()
    {
        const string components = """{"schemas":{"Base":{"type":"object","required":["id"],"properties":{"id":{"type":"integer"}}}}}""";
        const string before = """{"allOf":[{"$ref":"#/components/schemas/Base"},{"type":"object","properties":{"name":{"type":"string"}}}]}""";
        const string after = """{"allOf":[{"$ref":"#/components/schemas/Base"},{"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}}}]}""";
        Single(Compare(RequestBody(before, components), RequestBody(after, components)), Rules.NewOptionalRequestProperty, "POST /pets request body .age");
        Assert.Equal(
            [("new-optional-request-property", "POST /pets request body .age"), ("request-property-became-optional", "POST /pets request body .id")],
            Found(Compare(RequestBody(before, components), RequestBody(after, components.Replace("\"required\":[\"id\"],", "")))));
    }

    [Fact]
    public void Recursive_schemas_terminate_and_report_each_change_once_per_location()
    {
        const string before = """{"schemas":{"Node":{"type":"object","properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/components/schemas/Node"}},"parent":{"$ref":"#/components/schemas/Node"}}}}}""";
        var after = before.Replace("\"name\":{\"type\":\"string\"}", "\"name\":{\"type\":\"string\"},\"size\":{\"type\":\"integer\"}");
        var result = Compare(ResponseBody("""{"$ref":"#/components/schemas/Node"}""", before), ResponseBody("""{"$ref":"#/components/schemas/Node"}""", after));
        Single(result, Rules.ResponsePropertyAdded, "GET /pets response 200 body .size");
    }

    [Fact]
    public void Mutually_recursive_schemas_with_different_names_terminate()
    {
        const string before = """{"schemas":{"A":{"type":"object","properties":{"b":{"$ref":"#/components/schemas/B"}}},"B":{"type":"object","properties":{"a":{"$ref":"#/components/schemas/A"}}}}}""";
        const string after = """{"schemas":{"A2":{"type":"object","properties":{"b":{"$ref":"#/components/schemas/B2"}}},"B2":{"type":"object","properties":{"a":{"$ref":"#/components/schemas/A2"}},"required":["a"]}}}""";
        var result = Compare(ResponseBody("""{"$ref":"#/components/schemas/A"}""", before), ResponseBody("""{"$ref":"#/components/schemas/A2"}""", after));
        Assert.Equal(
            [("component-schema-renamed", "components.schemas.A2"), ("component-schema-removed", "components.schemas.B"),
             ("component-schema-added", "components.schemas.B2"), ("response-property-became-required", "GET /pets response 200 body .b.a")],
            Found(result));
    }

    [Fact]
    public void A_self_referencing_ref_does_not_hang()
    {
        const string components = """{"schemas":{"Loop":{"$ref":"#/components/schemas/Loop"}}}""";
        var result = Compare(ResponseBody("""{"$ref":"#/components/schemas/Loop"}""", components), ResponseBody("""{"type":"string"}"""));
        Assert.Equal(Rules.TypeChanged, Assert.Single(result.Changes).Rule);
    }

    [Fact]
    public void A_dangling_ref_is_compared_by_its_target_name()
    {
        var result = Compare(ResponseBody("""{"$ref":"#/components/schemas/Missing"}"""), ResponseBody("""{"$ref":"#/components/schemas/Other"}"""));
        var change = Single(result, Rules.TypeChanged, "GET /pets response 200 body");
        Assert.Equal(("#/components/schemas/Missing", "#/components/schemas/Other"), (change.Old, change.New));
    }

    [Fact]
    public void The_same_component_is_reported_at_every_place_it_is_used_in_its_direction()
    {
        const string components = """{"schemas":{"Pet":{"type":"object","properties":{"name":{"type":"string"}}}}}""";
        const string paths = """{"/pets":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}}}},"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}},"responses":{"200":{"description":"ok"}}}}}""";
        var result = Compare(Doc(paths, components), Doc(paths, components.Replace("{\"name\":{\"type\":\"string\"}}", "{}")));
        // An object without properties is generated as JsonElement: the class Pet is gone (type change), and the
        // property removals below it are still reported.
        Assert.Equal(
            [("component-schema-removed", "components.schemas.Pet"), ("type-changed", "GET /pets response 200 body"), ("response-property-removed", "GET /pets response 200 body .name"),
             ("type-changed", "POST /pets request body"), ("request-property-removed", "POST /pets request body .name")],
            Found(result));
    }
}

public class SchemaWalkBudgetTests
{
    /// <summary>L0 → L1 → … → L{levels}, each level pointing twice at the next: 2^levels paths, no cycle.</summary>
    private static string Ladder(int levels, string leafType)
    {
        var schemas = Enumerable.Range(0, levels).Select(i =>
            $"\"L{i}\":{{\"type\":\"object\",\"properties\":{{\"a\":{{\"$ref\":\"#/components/schemas/L{i + 1}\"}},\"b\":{{\"$ref\":\"#/components/schemas/L{i + 1}\"}}}}}}");
        var leaf = $"\"L{levels}\":{{\"type\":\"{leafType}\"}}";
        return Specs.ResponseBody("""{"$ref":"#/components/schemas/L0"}""", "{\"schemas\":{" + string.Join(",", schemas.Append(leaf)) + "}}");
    }

    [Fact]
    public void Shared_sub_schemas_are_reported_at_every_path()
    {
        var result = Specs.Compare(Ladder(3, "string"), Ladder(3, "integer"));
        Assert.Equal(8, result.Changes.Count(c => c.RuleId == "type-changed"));
        Assert.Contains(result.Changes, c => c.Location == "GET /pets response 200 body .a.b.a");
    }

    [Fact]
    public void Schemas_that_unfold_past_the_budget_are_an_input_error_not_a_hang()
    {
        var (before, after) = (SpecDocument.Parse(Ladder(12, "string"), "old.json"), SpecDocument.Parse(Ladder(12, "integer"), "new.json"));
        var error = Assert.Throws<DiffInputException>(() => SpecComparer.Compare(before, after, schemaWalkBudget: 1_000));
        Assert.Equal("old.json → new.json: the schemas unfold into more than 1000 comparisons (deeply shared or nested models); the documents cannot be diffed", error.Message);
        Assert.Equal(4096, SpecComparer.Compare(before, after, schemaWalkBudget: 10_000).Changes.Count);
    }
}

public class SchemaDepthTests
{
    /// <summary>A chain of distinct components, C0 → C1 → … → C{length}: deep, but not recursive.</summary>
    private static string Chain(int length) =>
        Specs.ResponseBody("""{"$ref":"#/components/schemas/C0"}""",
            "{\"schemas\":{" + string.Join(",", Enumerable.Range(0, length).Select(i =>
                $"\"C{i}\":{{\"type\":\"object\",\"properties\":{{\"next\":{{\"$ref\":\"#/components/schemas/C{i + 1}\"}}}}}}"))
            + $",\"C{length}\":{{\"type\":\"string\"}}}}}}");

    [Fact]
    public void Deep_but_finite_models_are_compared_to_the_bottom()
    {
        var change = Assert.Single(Specs.Compare(Chain(40), Chain(40).Replace("{\"type\":\"string\"}", "{\"type\":\"integer\"}")).Changes);
        Assert.Equal("GET /pets response 200 body " + string.Concat(Enumerable.Repeat(".next", 40)), change.Location);
    }

    [Fact]
    public void Models_nested_past_the_limit_are_an_input_error()
    {
        var error = Assert.Throws<DiffInputException>(() => Specs.Compare(Chain(150), Chain(150)));
        Assert.Equal("old.json → new.json: schemas at GET /pets response 200 body nest more than 100 levels deep; the documents cannot be diffed", error.Message);
    }
}
