using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>Bad input gives a located diagnostic (or a valid escaped name), never a generator exception.</summary>
public sealed class DiagnosticTests
{
    private static GeneratorResult Run(string json, string name = "Bad") => GeneratorHarness.Run(SpecFile.Create(name, json));

    private static Diagnostic Single(GeneratorResult result, string id)
    {
        Assert.Null(result.Exception);
        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == id);
        Assert.True(diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile, "diagnostic has no file location");
        Assert.EndsWith("openapi.json", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        return diagnostic;
    }

    [Fact]
    public void Malformed_json_reports_SPECGEN001_at_the_error_position()
    {
        GeneratorResult result = Run("{\n  \"openapi\": \"3.0.0\",\n  \"info\": { \"title\": \"x\" \n  \"paths\": {}\n}");

        Diagnostic diagnostic = Single(result, "SPECGEN001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData("openapi: 3.0.0\ninfo:\n  title: yaml")]
    [InlineData("")]
    [InlineData("[1, 2")]
    [InlineData("{\"a\": \"\\uZZZZ\"}")]
    [InlineData("{\"a\": 01}")]
    public void Invalid_json_never_throws(string text)
    {
        GeneratorResult result = Run(text);

        Single(result, "SPECGEN001");
    }

    [Fact]
    public void Deep_nesting_is_rejected_without_stack_overflow()
    {
        string deep = new string('[', 100_000) + new string(']', 100_000);

        Single(Run(deep), "SPECGEN001");
    }

    [Theory]
    [InlineData("{\"info\": {\"title\": \"x\"}, \"paths\": {}}")]
    [InlineData("{\"swagger\": \"1.2\"}")]
    [InlineData("[]")]
    public void A_document_that_is_not_openapi_reports_SPECGEN002(string json)
    {
        Assert.Equal(DiagnosticSeverity.Error, Single(Run(json), "SPECGEN002").Severity);
    }

    [Fact]
    public void Unsupported_cookie_parameter_reports_SPECGEN004_with_its_line_and_the_rest_compiles()
    {
        string json = """
            {
              "openapi": "3.0.0",
              "info": { "title": "t", "version": "1" },
              "servers": [ { "url": "https://example.com" } ],
              "paths": {
                "/a": {
                  "get": {
                    "operationId": "getA",
                    "parameters": [
                      { "name": "session", "in": "cookie", "schema": { "type": "string" } },
                      { "name": "q", "in": "query", "schema": { "type": "string" } }
                    ],
                    "responses": { "200": { "description": "ok" } }
                  }
                }
              }
            }
            """;
        GeneratorResult result = Run(json);

        Diagnostic diagnostic = Single(result, "SPECGEN004");
        Assert.Equal(9, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(result.CompileDiagnostics());
        Assert.Contains("GetAAsync(string? q = null", result.Source(".Client.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_only_body_is_sent_as_text_and_an_unresolved_ref_is_reported()
    {
        string json = """
            {
              "openapi": "3.0.0",
              "info": { "title": "t", "version": "1" },
              "servers": [ { "url": "https://example.com" } ],
              "paths": {
                "/a": {
                  "post": {
                    "operationId": "postA",
                    "requestBody": { "content": { "application/xml": { "schema": { "type": "object" } } } },
                    "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Missing" } } } } }
                  }
                },
                "/b": { "put": { "operationId": "putB", "requestBody": { "content": { "text/*": { } } }, "responses": { "204": { "description": "ok" } } } }
              }
            }
            """;
        GeneratorResult result = Run(json);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "SPECGEN004");
        Single(result, "SPECGEN003");
        Assert.Empty(result.CompileDiagnostics());
        string client = result.Source(".Client.g.cs");
        Assert.Contains("AAsync(string? request = null", client, StringComparison.Ordinal);
        Assert.Contains("\"application/xml\"", client, StringComparison.Ordinal);
        Assert.Contains("UpdateBAsync(string? request = null", client, StringComparison.Ordinal);
        Assert.Contains("global::System.Text.Encoding.UTF8, \"text/plain\")", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Csharp_keywords_become_valid_escaped_names()
    {
        string json = """
            {
              "openapi": "3.0.0",
              "info": { "title": "class", "version": "1" },
              "servers": [ { "url": "https://example.com" } ],
              "components": { "schemas": {
                "class": { "type": "object", "properties": {
                  "namespace": { "type": "string" }, "int": { "type": "integer" }, "class": { "type": "string" },
                  "ReadJson": { "type": "string" }, "SpecGenJson": { "type": "string" }, "123": { "type": "string" }, "": { "type": "string" } } },
                "string": { "type": "string", "enum": [ "public", "IsKnown", "Value", "" ] }
              } },
              "paths": {
                "/{namespace}/{class}": {
                  "get": {
                    "operationId": "return",
                    "parameters": [
                      { "name": "namespace", "in": "path", "required": true, "schema": { "type": "string" } },
                      { "name": "class", "in": "path", "required": true, "schema": { "type": "string" } },
                      { "name": "await", "in": "query", "schema": { "type": "integer" } },
                      { "name": "cancellationToken", "in": "query", "schema": { "type": "string" } },
                      { "name": "httpRequest", "in": "header", "schema": { "type": "string" } }
                    ],
                    "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/class" } } } } }
                  }
                }
              }
            }
            """;
        GeneratorResult result = GeneratorHarness.Run(new SpecFile("/specs/kw/openapi.json", json, "Test.Keywords", null));

        result.AssertClean();
        string client = result.Source(".Client.g.cs");
        Assert.Contains("ReturnAsync(string @namespace, string @class, long? @await = null", client, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class ClassClient", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_namespace_setting_reports_SPECGEN006()
    {
        GeneratorResult result = GeneratorHarness.Run(new SpecFile("/specs/x/openapi.json", TestFiles.Spec("small.json"), "My.class.Sdk", "Client"));

        Assert.Equal(DiagnosticSeverity.Error, Single(result, "SPECGEN006").Severity);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Circular_and_self_references_compile()
    {
        string json = """
            {
              "openapi": "3.0.0",
              "info": { "title": "t", "version": "1" },
              "servers": [ { "url": "https://example.com" } ],
              "components": { "schemas": {
                "Node": { "type": "object", "properties": { "children": { "type": "array", "items": { "$ref": "#/components/schemas/Node" } }, "parent": { "$ref": "#/components/schemas/Node" } } },
                "A": { "$ref": "#/components/schemas/B" },
                "B": { "$ref": "#/components/schemas/A" },
                "Union": { "oneOf": [ { "$ref": "#/components/schemas/Node" }, { "type": "string" } ] },
                "Ids": { "anyOf": [ { "type": "number" }, { "type": "string" } ] },
                "Wrapped": { "type": "object", "properties": { "ref": { "allOf": [ { "$ref": "#/components/schemas/Node" } ], "description": "包装" } } }
              } },
              "paths": {}
            }
            """;
        GeneratorResult result = Run(json);

        Assert.Null(result.Exception);
        Assert.Empty(result.CompileDiagnostics());
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "SPECGEN007" && d.GetMessage().Contains("circular", StringComparison.Ordinal));
        Assert.Contains("public Node? Ref { get; set; }", result.Source(".Models.Wrapped.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_specs_in_one_namespace_are_reported()
    {
        string small = TestFiles.Spec("small.json");
        GeneratorResult result = GeneratorHarness.Run(
            new SpecFile("/specs/a/openapi.json", small, "Shared.Sdk", "AClient"),
            new SpecFile("/specs/b/openapi.json", small, "Shared.Sdk", "BClient"));

        Assert.Null(result.Exception);
        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "SPECGEN006");
        Assert.Equal("/specs/b/openapi.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("/specs/a/openapi.json", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_named_like_a_client_helper_compiles()
    {
        // Operation "user" gets the private helper CreateUserRequest(); operation "createUser" gets the body model CreateUserRequest.
        string json = """
            {
              "openapi": "3.0.0",
              "info": { "title": "t", "version": "1" },
              "servers": [ { "url": "https://example.com" } ],
              "paths": {
                "/a": { "post": { "operationId": "user", "requestBody": { "content": { "application/json": { "schema": { "type": "object", "properties": { "x": { "type": "string" } } } } } },
                        "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "object", "properties": { "y": { "type": "string" } } } } } } } } },
                "/b": { "post": { "operationId": "createUser", "requestBody": { "content": { "application/json": { "schema": { "type": "object", "properties": { "x": { "type": "string" } } } } } },
                        "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SendAsync" } } } } } } }
              },
              "components": { "schemas": { "SendAsync": { "type": "object", "properties": { "z": { "type": "string" } } } } }
            }
            """;

        Run(json).AssertClean();
    }
}
