using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>Issue 10: specs that used to break the generator (duplicate hint names) or its output (names equal to generated members).</summary>
public sealed class HostileSpecTests
{
    [Fact]
    public void Two_specs_with_the_same_namespace_and_client_name_report_the_second_and_the_first_still_generates()
    {
        string small = TestFiles.Spec("small.json");
        GeneratorResult result = GeneratorHarness.Run(
            new SpecFile("/specs/a/openapi.json", small, "Shared.Sdk", "SameClient"),
            new SpecFile("/specs/b/openapi.json", small, "Shared.Sdk", "SameClient"));

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "SPECGEN006");
        Assert.Equal("/specs/b/openapi.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(result.Sources, s => s.HintName == "Shared.Sdk.SameClient.Client.g.cs");
        Assert.Equal(result.Sources.Length, result.Sources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(result.CompileDiagnostics());
    }

    [Fact]
    public void Generated_files_keep_nullable_annotations_without_warnings_and_the_tests_check_them_with_warnings()
    {
        GeneratorResult result = GeneratorHarness.Run(new SpecFile("/specs/a/openapi.json", TestFiles.Spec("small.json"), "A.Sdk", "AClient"));

        // What users compile: annotations on (their callers see string?), the flow analysis' warnings off.
        Assert.All(result.Sources, s => Assert.Contains("#nullable enable annotations\n#nullable disable warnings\n", s.SourceText.ToString(), StringComparison.Ordinal));
        // What the tests compile: the same files with the warnings on again, so a nullable warning fails them.
        var generated = result.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
        Assert.Equal(result.Sources.Length, generated.Count);
        Assert.All(generated, t => Assert.Contains("#nullable enable warnings", t.GetText().ToString(), StringComparison.Ordinal));
        result.AssertClean();
    }

    [Fact]
    public void Two_specs_in_one_namespace_with_different_clients_compile_the_first()
    {
        string small = TestFiles.Spec("small.json");
        GeneratorResult result = GeneratorHarness.Run(
            new SpecFile("/specs/a/openapi.json", small, "Shared.Sdk", "AClient"),
            new SpecFile("/specs/b/openapi.json", small, "Shared.Sdk", "BClient"));

        Assert.Contains(result.Sources, s => s.HintName.StartsWith("Shared.Sdk.AClient.", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Sources, s => s.HintName.StartsWith("Shared.Sdk.BClient.", StringComparison.Ordinal));
        Assert.Empty(result.CompileDiagnostics());
    }

    [Fact]
    public void Specs_in_their_own_namespaces_both_generate()
    {
        string small = TestFiles.Spec("small.json");
        GeneratorResult result = GeneratorHarness.Run(
            new SpecFile("/specs/a/openapi.json", small, "A.Sdk", "SameClient"),
            new SpecFile("/specs/b/openapi.json", small, "B.Sdk", "SameClient"));

        result.AssertClean();
        Assert.Contains(result.Sources, s => s.HintName == "A.Sdk.SameClient.Client.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "B.Sdk.SameClient.Client.g.cs");
    }

    [Theory]
    [InlineData("ReadJson")]
    [InlineData("WriteJson")]
    [InlineData("SpecGenConverter")]
    [InlineData("SpecGenJson")]
    [InlineData("Value")]
    [InlineData("IsKnown")]
    [InlineData("Equals")]
    [InlineData("ToString")]
    [InlineData("GetHashCode")]
    [InlineData("Read")]
    [InlineData("Write")]
    [InlineData("HandleNull")]
    public void A_schema_named_like_a_generated_member_compiles(string name)
    {
        string json = $$"""
            {
              "openapi": "3.0.0",
              "info": { "title": "t", "version": "1" },
              "servers": [ { "url": "https://example.com" } ],
              "paths": {
                "/a": { "post": { "operationId": "a",
                  "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/{{name}}" } } } },
                  "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/{{name}}Kind" } } } } } } }
              },
              "components": { "schemas": {
                "{{name}}": { "type": "object", "properties": { "{{name}}": { "type": "string" }, "kind": { "$ref": "#/components/schemas/{{name}}Kind" }, "e": { "type": "string", "enum": [ "{{name}}", "Value", "IsKnown" ] } } },
                "{{name}}Kind": { "type": "string", "enum": [ "a", "{{name}}" ] },
                "{{name}}2": { "type": "object", "properties": { "x": { "type": "integer" } } }
              } }
            }
            """;

        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Named", json));

        result.AssertClean();
    }

    [Fact]
    public void An_enum_named_Value_compiles()
    {
        string json = """
            {
              "openapi": "3.0.0",
              "info": { "title": "t", "version": "1" },
              "servers": [ { "url": "https://example.com" } ],
              "paths": { "/a": { "get": { "operationId": "a", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Value" } } } } } } } },
              "components": { "schemas": { "Value": { "type": "string", "enum": [ "Value", "IsKnown", "x" ] } } }
            }
            """;

        GeneratorHarness.Run(SpecFile.Create("Enum", json)).AssertClean();
    }
}
