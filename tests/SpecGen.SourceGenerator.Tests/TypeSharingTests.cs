using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>No duplicated types: allOf wrappers of a $ref are that type, identical inline shapes share one type.</summary>
public sealed class TypeSharingTests
{
    /// <summary>Box's pattern: a reference with a local description, nullable, readOnly, deprecated… (box has 89).</summary>
    private const string Wrappers = """
        {
          "openapi": "3.0.2",
          "info": { "title": "Box", "version": "1" },
          "servers": [ { "url": "https://api.box.com/2.0" } ],
          "components": { "schemas": {
            "User--Mini": { "type": "object", "title": "User (Mini)", "required": [ "id" ],
              "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "login": { "type": "string" } } },
            "File": { "type": "object", "properties": {
              "id": { "type": "string" },
              "created_by": { "allOf": [ { "$ref": "#/components/schemas/User--Mini" }, { "description": "The user who created this file" } ] },
              "modified_by": { "allOf": [ { "$ref": "#/components/schemas/User--Mini" }, { "description": "The user who last modified this file", "nullable": true } ] },
              "owned_by": { "description": "The user who owns this file", "readOnly": true, "allOf": [ { "$ref": "#/components/schemas/User--Mini" } ] },
              "locked_by": { "allOf": [ { "description": "The user who locked it", "example": { "id": "1" } }, { "$ref": "#/components/schemas/User--Mini" }, { "writeOnly": false, "x-box-note": "n" } ] },
              "trashed_by": { "allOf": [ { "$ref": "#/components/schemas/User--Mini" }, { "description": "Gone", "deprecated": true, "default": null } ] },
              "shared_by": { "type": "object", "properties": {}, "allOf": [ { "$ref": "#/components/schemas/User--Mini" } ] },
              "path_collection": { "type": "array", "items": { "allOf": [ { "$ref": "#/components/schemas/User--Mini" }, { "title": "Entry" } ] } }
            } },
            "User--Alias": { "allOf": [ { "$ref": "#/components/schemas/User--Mini" }, { "type": "object", "properties": {} } ], "description": "The same user" },
            "File--Full": { "type": "object", "allOf": [ { "$ref": "#/components/schemas/File" },
              { "properties": { "version_number": { "type": "string" }, "uploader": { "allOf": [ { "$ref": "#/components/schemas/User--Alias" }, { "description": "Uploader" } ] } } } ] }
          } },
          "paths": {
            "/files/{file_id}": { "get": { "operationId": "get_files_id",
              "parameters": [ { "name": "file_id", "in": "path", "required": true, "schema": { "type": "string" } } ],
              "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
                "allOf": [ { "$ref": "#/components/schemas/File--Full" } ], "description": "The file" } } } } } } },
            "/users/me": { "get": { "operationId": "get_users_me",
              "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
                "allOf": [ { "$ref": "#/components/schemas/User--Mini" }, { "description": "You" } ] } } } } } } }
          }
        }
        """;

    private static ParseResult Parse(string json)
        => SpecParser.Parse(new SpecInput("/s/openapi.json", json, "T.Ns", "TClient", null, null), CancellationToken.None);

    private static PropertySpec Property(ApiSpec api, string model, string wire)
        => api.Models.Single(m => m.Name == model).Properties.Single(p => p.WireName == wire);

    [Fact]
    public void An_allOf_wrapper_of_a_ref_with_annotations_is_the_referenced_type()
    {
        ParseResult result = Parse(Wrappers);
        ApiSpec api = result.Api!;

        Assert.Equal(["UserMini", "File", "FileFull"], api.Models.Select(m => m.Name));
        TypeRef userMini = TypeRef.ModelNamed("UserMini");
        foreach (string wire in new[] { "created_by", "modified_by", "owned_by", "locked_by", "trashed_by", "shared_by" })
        {
            Assert.Equal(userMini, Property(api, "File", wire).Type);
        }

        Assert.Equal(TypeRef.ArrayOf(userMini), Property(api, "File", "path_collection").Type);
        Assert.Equal(userMini, Property(api, "FileFull", "uploader").Type);
        Assert.Equal(userMini, api.Operations.Single(o => o.OperationId == "get_users_me").Response.Type);
        Assert.Equal(TypeRef.ModelNamed("FileFull"), api.Operations.Single(o => o.OperationId == "get_files_id").Response.Type);

        // The wrapper's annotations document the property.
        Assert.Equal("The user who created this file", Property(api, "File", "created_by").Description);
        Assert.Equal("The user who last modified this file", Property(api, "File", "modified_by").Description);
        Assert.Equal("The user who owns this file", Property(api, "File", "owned_by").Description);
        Assert.Equal("The user who locked it", Property(api, "File", "locked_by").Description);
        Assert.True(Property(api, "File", "trashed_by").Deprecated);
        Assert.False(Property(api, "File", "created_by").Deprecated);
    }

    [Fact]
    public void No_class_duplicates_a_referenced_schema()
    {
        ApiSpec api = Parse(Wrappers).Api!;

        // A duplicate would have exactly the members of another model.
        var shapes = api.Models.Select(m => string.Join(",", m.Properties.Select(p => p.WireName + ":" + p.Type.Kind + p.Type.Name))).ToList();
        Assert.Equal(shapes.Count, shapes.Distinct().Count());
    }

    [Fact]
    public void A_property_typed_by_a_wrapper_accepts_an_instance_of_the_referenced_type()
    {
        const string Use = """
            namespace Test.Box.Use;

            internal static class Usage
            {
                internal static global::Test.Box.File Build(global::Test.Box.UserMini user)
                    => new global::Test.Box.File { CreatedBy = user, ModifiedBy = null, OwnedBy = user, LockedBy = user, PathCollection = [user] };

                internal static global::System.Threading.Tasks.Task<global::Test.Box.UserMini?> Me(global::Test.Box.IBoxClient client)
                    => client.GetUsersMeAsync();
            }
            """;
        GeneratorResult result = GeneratorHarness.Run([SpecFile.Create("Box", Wrappers)], [Use]);

        result.AssertClean();
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("CreatedBy", StringComparison.Ordinal));
        Assert.Contains("/// <summary>The user who created this file</summary>", result.Source(".Models.File.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_allOf_that_adds_members_is_a_new_class_and_is_reported()
    {
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Box", Wrappers));

        Diagnostic composed = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "SPECGEN009");
        Assert.Equal(DiagnosticSeverity.Info, composed.Severity);
        Assert.Contains("adds 2 members (version_number, uploader) to File", composed.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'FileFull'", composed.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(18, composed.Location.GetLineSpan().StartLinePosition.Line);
        string full = result.Source(".Models.FileFull.g.cs");
        Assert.Contains("public UserMini? CreatedBy { get; set; }", full, StringComparison.Ordinal);
        Assert.Contains("public string? VersionNumber { get; set; }", full, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_shapes_share_the_first_type_in_document_order()
    {
        const string Json = """
            {
              "openapi": "3.0.0",
              "info": { "title": "t", "version": "1" },
              "components": { "schemas": {
                "Point": { "type": "object", "properties": { "x": { "type": "number" }, "y": { "type": "number" } } },
                "A": { "type": "object", "properties": {
                  "owner": { "type": "object", "description": "A's owner", "properties": { "id": { "type": "integer" }, "tags": { "type": "array", "items": { "type": "object", "properties": { "k": { "type": "string" } } } } } },
                  "state": { "type": "string", "enum": [ "on", "off" ] } } },
                "B": { "type": "object", "properties": {
                  "owner": { "type": "object", "properties": { "id": { "type": "integer", "description": "other docs" }, "tags": { "type": "array", "items": { "type": "object", "properties": { "k": { "type": "string" } } } } } },
                  "boss": { "type": "object", "required": [ "id" ], "properties": { "id": { "type": "integer" }, "tags": { "type": "array", "items": { "type": "object", "properties": { "k": { "type": "string" } } } } } },
                  "label": { "type": "object", "properties": { "k": { "type": "string" } } },
                  "at": { "type": "object", "description": "Where", "properties": { "x": { "type": "number" }, "y": { "type": "number" } } },
                  "state": { "type": "string", "enum": [ "on", "off" ] },
                  "mode": { "type": "string", "enum": [ "off", "on" ] } } },
                "Named": { "type": "object", "properties": { "k": { "type": "string" } } }
              } },
              "paths": {
                "/a": { "post": { "operationId": "postA",
                  "requestBody": { "content": { "application/json": { "schema": { "type": "object", "properties": { "k": { "type": "string" } } } } } },
                  "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "object", "properties": { "k": { "type": "string" }, "owner": { "type": "object", "properties": { "id": { "type": "integer" }, "tags": { "type": "array", "items": { "type": "object", "properties": { "k": { "type": "string" } } } } } } } } } } } } } }
              }
            }
            """;
        ApiSpec api = Parse(Json).Api!;

        Assert.Equal(["Point", "AOwnerTagsItem", "AOwner", "A", "BBoss", "B", "Named", "ARequest", "AResponse"], api.Models.Select(m => m.Name));
        Assert.Equal(TypeRef.ModelNamed("Point"), Property(api, "B", "at").Type);
        Assert.Equal("Where", Property(api, "B", "at").Description);
        Assert.Equal(TypeRef.ModelNamed("AOwner"), Property(api, "B", "owner").Type);
        Assert.Equal(TypeRef.ModelNamed("AOwner"), Property(api, "AResponse", "owner").Type);
        Assert.Equal(TypeRef.ModelNamed("AOwnerTagsItem"), Property(api, "B", "label").Type);
        Assert.Equal(TypeRef.ArrayOf(TypeRef.ModelNamed("AOwnerTagsItem")), Property(api, "BBoss", "tags").Type);
        Assert.Equal("A's owner", api.Models.Single(m => m.Name == "AOwner").Description);

        // Named schemas and an operation's own request/response keep their types; enums with the same values share.
        // An inline object like a named schema is that schema ("Point"); a named schema like an inline one stays itself ("Named").
        Assert.Equal(["AState", "BMode"], api.Enums.Select(e => e.Name));
        Assert.Equal(TypeRef.EnumNamed("AState"), Property(api, "B", "state").Type);
    }

    [Fact]
    public void Malformed_allOf_wrappers_give_located_diagnostics_and_compile()
    {
        const string Json = """
            {
              "openapi": "3.0.0",
              "info": { "title": "t", "version": "1" },
              "components": { "schemas": {
                "H": { "type": "object", "properties": {
                  "a": { "allOf": [ "x", { "$ref": "#/components/schemas/H" }, { "description": 5 } ] },
                  "b": { "allOf": [ { "$ref": "#/components/schemas/Missing" }, { "description": "gone" } ] },
                  "c": { "allOf": [] },
                  "d": { "allOf": [ { "description": "only annotations" } ] },
                  "e": { "allOf": [ { "$ref": "#/components/schemas/H" }, { "properties": [] } ] },
                  "f": { "allOf": [ { "$ref": "#/components/schemas/H" }, { "description": "self" } ] } } }
              } },
              "paths": {}
            }
            """;
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Odd", Json));

        Assert.Null(result.Exception);
        Assert.Empty(result.CompileDiagnostics());
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "SPECGEN003" && d.Location.GetLineSpan().StartLinePosition.Line == 6);
        Assert.All(result.GeneratorDiagnostics, d => Assert.EndsWith("openapi.json", d.Location.GetLineSpan().Path, StringComparison.Ordinal));
        string h = result.Source(".Models.H.g.cs");
        Assert.Contains("public H? E { get; set; }", h, StringComparison.Ordinal);
        Assert.Contains("public H? F { get; set; }", h, StringComparison.Ordinal);

        // a composes H with itself: one class, recursive, not a chain of 64 copies.
        Assert.Contains("public HA? A { get; set; }", h, StringComparison.Ordinal);
        Assert.Contains("public HA? A { get; set; }", result.Source(".Models.HA.g.cs"), StringComparison.Ordinal);
        Assert.Single(result.GeneratorDiagnostics, d => d.Id == "SPECGEN009");
    }

    [Fact]
    public void Shared_types_compile_and_are_deterministic()
    {
        string first = Snapshot.Render(GeneratorHarness.Run(SpecFile.Create("Box", Wrappers)));
        GeneratorResult second = GeneratorHarness.Run(SpecFile.Create("Box", Wrappers));

        second.AssertClean();
        Assert.Equal(first, Snapshot.Render(second));
    }
}
