using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>Legal recursion through array, map and allOf aliases gets real types; only an alias of itself is reported.</summary>
public sealed class RecursionTests
{
    private static string Doc(string schemas)
        => "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"servers\":[{\"url\":\"https://example.com\"}],"
            + "\"components\":{\"schemas\":" + schemas + "},"
            + "\"paths\":{\"/tree\":{\"get\":{\"operationId\":\"getTree\",\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/NodeList\"}}}}}}}}}";

    private const string NodeList = "\"NodeList\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Node\"}}";

    private const string Node = """
        "Node":{"type":"object","properties":{
          "name":{"type":"string"},
          "children":{"$ref":"#/components/schemas/NodeList"},
          "parent":{"$ref":"#/components/schemas/NodeRef"},
          "byName":{"$ref":"#/components/schemas/NodeMap"},
          "paths":{"type":"array","items":{"$ref":"#/components/schemas/NodeList"}}}}
        """;

    private const string Aliases = """
        "NodeRef":{"allOf":[{"$ref":"#/components/schemas/Node"},{"description":"The parent node","nullable":true}]},
        "NodeMap":{"type":"object","additionalProperties":{"$ref":"#/components/schemas/NodeRef"}}
        """;

    private static ParseResult Parse(string json)
        => SpecParser.Parse(new SpecInput("/s/openapi.json", json, "T.Ns", "TClient", null, null), CancellationToken.None);

    public static TheoryData<string> Orders() => new()
    {
        "{" + NodeList + "," + Node + "," + Aliases + "}",
        "{" + Aliases + "," + NodeList + "," + Node + "}",
        "{" + Node + "," + Aliases + "," + NodeList + "}",
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Recursion_through_array_map_and_allOf_aliases_gets_real_types(string schemas)
    {
        ParseResult result = Parse(Doc(schemas));

        Assert.Empty(result.Diagnostics);
        ModelSpec node = Assert.Single(result.Api!.Models);
        TypeRef nodeType = TypeRef.ModelNamed("Node");
        Assert.Equal(
            [TypeRef.String, TypeRef.ArrayOf(nodeType), nodeType, TypeRef.MapOf(nodeType), TypeRef.ArrayOf(TypeRef.ArrayOf(nodeType))],
            node.Properties.Select(p => p.Type));
        Assert.Equal(TypeRef.ArrayOf(nodeType), result.Api.Operations.Single().Response.Type);
    }

    [Fact]
    public void Recursive_aliases_generate_clean_code()
    {
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Tree", Doc("{" + NodeList + "," + Node + "," + Aliases + "}")));

        result.AssertClean();
        string model = result.Source(".Models.Node.g.cs");
        Assert.Contains("public global::System.Collections.Generic.List<Node>? Children { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("public Node? Parent { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("Task<global::System.Collections.Generic.List<Node>?> GetTreeAsync(", result.Source(".Client.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_alias_of_itself_is_reported_and_typed_JsonElement()
    {
        string schemas = """
            {"A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/A"},
             "Self":{"type":"array","items":{"$ref":"#/components/schemas/Self"}},
             "Wrap":{"allOf":[{"$ref":"#/components/schemas/Wrap"}],"description":"itself"},
             "Holder":{"type":"object","properties":{"a":{"$ref":"#/components/schemas/A"},"self":{"$ref":"#/components/schemas/Self"},"wrap":{"$ref":"#/components/schemas/Wrap"}}},
             "NodeList":{"type":"array","items":{"type":"string"}}}
            """;
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Loops", Doc(schemas)));

        Assert.Null(result.Exception);
        Assert.Empty(result.CompileDiagnostics());
        List<Diagnostic> circular = result.GeneratorDiagnostics.Where(d => d.Id == "SPECGEN007" && d.GetMessage().Contains("circular", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, circular.Count);
        Assert.All(circular, d => Assert.EndsWith("openapi.json", d.Location.GetLineSpan().Path, StringComparison.Ordinal));
        string holder = result.Source(".Models.Holder.g.cs");
        Assert.Contains("public global::System.Text.Json.JsonElement? A { get; set; }", holder, StringComparison.Ordinal);
        Assert.Contains("public global::System.Text.Json.JsonElement? Self { get; set; }", holder, StringComparison.Ordinal);
        Assert.Contains("public global::System.Text.Json.JsonElement? Wrap { get; set; }", holder, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData(20_000, false)]
    [InlineData(3_000, true)]
    public void A_long_chain_of_named_schemas_is_typed_link_by_link_without_deep_recursion(int length, bool aliases)
    {
        // M0.next: M1, …, the last back to M0 (or every other link an alias of the next). Resolved depth-first this
        // overflowed a 1 MB stack, which takes the compiler down with the generator; run on such a stack here.
        var schemas = new System.Text.StringBuilder("{");
        for (int i = 0; i < length; i++)
        {
            string next = "#/components/schemas/M" + ((i + 1) % length).ToString(System.Globalization.CultureInfo.InvariantCulture);
            schemas.Append(i > 0 ? "," : string.Empty).Append("\"M").Append(i).Append("\":")
                .Append(aliases && i % 2 == 1
                    ? "{\"$ref\":\"" + next + "\"}"
                    : "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"},\"next\":{\"$ref\":\"" + next + "\"}}}");
        }

        string json = Doc(schemas.Append(",\"NodeList\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/M0\"}}}").ToString());
        ParseResult? result = null;
        var thread = new Thread(() => result = Parse(json), maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();

        ApiSpec api = result!.Api!;
        Assert.Equal(aliases ? length / 2 : length, api.Models.Count);
        foreach (ModelSpec model in api.Models)
        {
            int index = int.Parse(model.Name.AsSpan(1), provider: System.Globalization.CultureInfo.InvariantCulture);
            int step = aliases ? 2 : 1;
            string expected = "M" + ((index + step) % length).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((SpecGen.SourceGenerator.Model.TypeKind.Model, expected), (model.Properties[1].Type.Kind, model.Properties[1].Type.Name));
        }
    }
}
