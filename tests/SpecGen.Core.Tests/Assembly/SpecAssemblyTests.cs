using System.Text;
using System.Text.Json.Nodes;
using SpecGen.Core.Assembly;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Settings;
using SpecGen.Core.Tests.Support;
using SpecGen.Core.Writing;

namespace SpecGen.Core.Tests.Assembly;

/// <summary>Drafts → spec model → JSON, for shapes the seed docs show rarely or not at all.</summary>
public sealed class SpecAssemblyTests
{
    [Fact]
    public void A_described_reference_keeps_its_description_beside_allOf()
    {
        var draft = Document(Model("User", Row("name", "string")), Model("Group", Row("owner", "[User](#schemauser)", "群主")));

        var owner = Write(draft)["components"]!["schemas"]!["Group"]!["properties"]!["owner"]!;

        Assert.Equal("群主", (string?)owner["description"]);
        Assert.Equal("#/components/schemas/User", (string?)owner["allOf"]![0]!["$ref"]);
    }

    [Fact]
    public void An_undescribed_reference_is_a_bare_ref()
    {
        var draft = Document(Model("User", Row("name", "string")), Model("Group", Row("owner", "[User](#schemauser)")));

        var owner = Write(draft)["components"]!["schemas"]!["Group"]!["properties"]!["owner"]!.AsObject();

        Assert.Equal(new[] { "$ref" }, owner.Select(p => p.Key));
    }

    [Fact]
    public void A_model_documented_as_another_model_refers_to_it()
    {
        var alias = new ModelDraft("Member", 9, new SchemaDraft { RootType = "[User](#schemauser)" });
        alias.Anchors.Add("schemamember");
        var draft = Document(Model("User", Row("name", "string")), alias);

        var member = Write(draft)["components"]!["schemas"]!["Member"]!;

        Assert.Equal("#/components/schemas/User", (string?)member["allOf"]![0]!["$ref"]);
        Assert.Equal(9, (int?)member["x-specgen-source"]);
    }

    [Fact]
    public void Models_that_alias_each_other_in_a_cycle_are_written_without_hanging()
    {
        var a = new ModelDraft("A", 1, new SchemaDraft { RootType = "[B](#schemab)" });
        a.Anchors.Add("schemaa");
        var b = new ModelDraft("B", 2, new SchemaDraft { RootType = "[A](#schemaa)" });
        b.Anchors.Add("schemab");
        var draft = Document(a, b);
        var operation = new OperationDraft("POST", "/a", 5);
        operation.Responses.Add(new ResponseDraft("200", 6) { Schema = new SchemaDraft { RootType = "[A](#schemaa)" }, Example = "[{\"x\": 1}]" });
        draft.Operations.Add(operation);

        var json = Write(draft);

        Assert.Equal("#/components/schemas/B", (string?)json["components"]!["schemas"]!["A"]!["allOf"]![0]!["$ref"]);
        Assert.NotNull(json["paths"]!["/a"]!["post"]!["responses"]!["200"]!["content"]);
    }

    [Fact]
    public void The_nswag_document_is_read_from_the_written_json()
    {
        var result = Converted.Api("wukongchat");

        Assert.Equal(result.OperationCount, result.Document.Paths.Sum(p => p.Value.Count));
        Assert.Equal(result.SchemaCount, result.Document.Components.Schemas.Count);
        Assert.Equal(result.Json, Encoding.UTF8.GetString(result.Utf8Json.Span));
    }

    private static DocumentDraft Document(params ModelDraft[] models)
    {
        var draft = new DocumentDraft { Title = "Test" };
        draft.Models.AddRange(models);
        return draft;
    }

    private static ModelDraft Model(string name, params FieldRow[] rows)
    {
        var schema = new SchemaDraft { RootType = "object" };
        schema.Rows.AddRange(rows);
        var model = new ModelDraft(name, 1, schema);
        model.Anchors.Add("schema" + name.ToLowerInvariant());
        return model;
    }

    private static FieldRow Row(string name, string type, string? description = null) =>
        new() { Depth = 0, Name = name, TypeText = type, Description = description, Line = 1 };

    private static JsonObject Write(DocumentDraft draft)
    {
        var diagnostics = new DiagnosticBag("test.md");
        var spec = DocumentAssembler.Assemble(draft, new ApiSettings(), diagnostics);
        return JsonNode.Parse(SpecWriter.Write(spec))!.AsObject();
    }
}
