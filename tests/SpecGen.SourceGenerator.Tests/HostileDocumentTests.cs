using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>A doc is untrusted input: hostile text must neither break the build nor add members.</summary>
public sealed class HostileDocumentTests
{
    private const string Evil = "x */ </summary> <script> \\\" \\\\ \\n#error boom\\r\\n#define EVIL\\u2028} public static void Injected() { } /* \\u202E\\u2066 ]]> --> \\u0000 &amp;";

    private static string HostileSpec()
    {
        return $$"""
            {
              "openapi": "3.0.0",
              "info": { "title": "{{Evil}}", "version": "{{Evil}}", "description": "{{Evil}}" },
              "servers": [ { "url": "https://example.com/\"+Injected()+\"" } ],
              "x-specgen-envelope": { "code": "{{Evil}}", "success": [ "{{Evil}}" ], "message": "{{Evil}}", "data": "data" },
              "components": {
                "securitySchemes": { "k": { "type": "apiKey", "in": "header", "name": "{{Evil}}", "description": "{{Evil}}" } },
                "schemas": {
                  "Model": {
                    "type": "object", "title": "{{Evil}}", "description": "{{Evil}}",
                    "properties": {
                      "{{Evil}}": { "type": "string", "description": "{{Evil}}" },
                      "\"; } public void Injected2() { var x = \"": { "type": "integer", "description": "*/ #error" },
                      "kind": { "type": "string", "enum": [ "{{Evil}}", "a\"b", "\\u202Eabc" ] }
                    }
                  }
                }
              },
              "security": [ { "k": [] } ],
              "paths": {
                "/p/{{{Evil}}}/\"+x+\"": {
                  "post": {
                    "operationId": "{{Evil}}", "summary": "{{Evil}}", "description": "{{Evil}}",
                    "parameters": [
                      { "name": "{{Evil}}", "in": "path", "required": true, "description": "{{Evil}}", "schema": { "type": "string" } },
                      { "name": "{{Evil}}", "in": "query", "description": "{{Evil}}", "schema": { "type": "string", "enum": [ "{{Evil}}" ] } },
                      { "name": "{{Evil}}", "in": "header", "description": "{{Evil}}", "schema": { "type": "string" } }
                    ],
                    "requestBody": { "description": "{{Evil}}", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Model" } } } },
                    "responses": { "200": { "description": "{{Evil}}", "content": { "application/json": { "schema": { "type": "object", "properties": {
                      "{{Evil}}": { "type": "integer" }, "data": { "$ref": "#/components/schemas/Model" } } } } } } }
                  }
                }
              }
            }
            """;
    }

    [Fact]
    public void Hostile_text_compiles_and_adds_no_members()
    {
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Hostile", HostileSpec()));

        // The path template itself is broken by the hostile name: a warning is right; compiling is required.
        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompileDiagnostics());

        // No member the spec did not ask for: collect every member name of every generated type.
        INamespaceSymbol ns = result.Output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "Test").GetNamespaceMembers().Single(n => n.Name == "Hostile");
        // (Identifiers derived from hostile names may contain the word "Injected"; no member may *be* the injected one.)
        var members = ns.GetTypeMembers().SelectMany(t => t.GetMembers()).ToList();
        Assert.DoesNotContain(members, m => m.Name is "Injected" or "Injected2");
        Assert.DoesNotContain(members, m => m is IMethodSymbol { Name: var name } && name.Contains("Injected", StringComparison.Ordinal) && !name.StartsWith("get_", StringComparison.Ordinal) && !name.StartsWith("set_", StringComparison.Ordinal) && !name.EndsWith("Async", StringComparison.Ordinal) && !name.StartsWith("Create", StringComparison.Ordinal));

        INamedTypeSymbol model = ns.GetTypeMembers("Model").Single();
        var properties = model.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).Except(["AdditionalProperties", "UnreadValues"]).ToList();
        Assert.Equal(3, properties.Count);

        string all = Snapshot.Render(result);
        Assert.DoesNotContain("\u202E", all, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2066", all, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", all, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", all, StringComparison.Ordinal);
        Assert.DoesNotContain(all.Split('\n'), line => line.TrimStart().StartsWith('#') && !line.TrimStart().StartsWith("#nullable", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_wire_names_survive_as_string_data()
    {
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Hostile", HostileSpec()));

        string model = result.Source(".Models.Model.g.cs");
        // The wire name is kept exactly, escaped inside a literal.
        Assert.Contains("JsonPropertyName(\"\\\"; } public void Injected2() { var x = \\\"\")", model, StringComparison.Ordinal);
    }
}
