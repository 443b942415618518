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
    public void Renamed_component_with_the_same_shape_is_not_a_change()
    {
        const string before = """{"schemas":{"User":{"type":"object","properties":{"uid":{"type":"string"}}}}}""";
        const string after = """{"schemas":{"UserResp":{"type":"object","properties":{"uid":{"type":"string"}}}}}""";
        Assert.Empty(Compare(ResponseBody("""{"$ref":"#/components/schemas/User"}""", before), ResponseBody("""{"$ref":"#/components/schemas/UserResp"}""", after)).Changes);
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
        Single(result, Rules.ResponsePropertyBecameRequired, "GET /pets response 200 body .b.a");
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
        Assert.Equal([("response-property-removed", "GET /pets response 200 body .name"), ("request-property-removed", "POST /pets request body .name")], Found(result));
    }
}
