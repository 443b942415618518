using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>Members a request body requires are C# <c>required</c>; reading JSON still works when one is missing.</summary>
public sealed class RequiredMemberTests
{
    private const string Spec = """
        {"openapi":"3.0.0","info":{"title":"Req","version":"1"},
         "paths":{
           "/send":{"post":{"operationId":"send","requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/SendRequest"}}}},
             "responses":{"200":{"description":"","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Message"}}}}}}}},
         "components":{"schemas":{
           "SendRequest":{"type":"object","required":["group_id","message"],"properties":{
             "group_id":{"type":"integer","format":"int64"},"message":{"$ref":"#/components/schemas/Message"},"note":{"type":"string"}}},
           "Message":{"type":"object","required":["text"],"properties":{"text":{"type":"string"},"id":{"type":"integer"}}},
           "Status":{"type":"object","required":["ok"],"properties":{"ok":{"type":"boolean"}}}}}}
        """;

    private static GeneratorResult Run(string snippet)
        => GeneratorHarness.Run([SpecFile.Create("Req", Spec)], ["namespace User; using Test.Req; internal static class Snippet { " + snippet.Replace("public static", "internal static", StringComparison.Ordinal) + " }"]);

    [Fact]
    public void Creating_a_request_without_a_required_member_does_not_compile()
    {
        GeneratorResult result = Run("public static SendRequest Make() => new SendRequest { GroupId = 1 };");

        Diagnostic error = Assert.Single(result.CompileDiagnostics(DiagnosticSeverity.Error));
        Assert.Equal("CS9035", error.Id);
        Assert.Contains("SendRequest.Message", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_reached_from_a_request_has_required_members_and_one_only_read_has_none()
    {
        GeneratorResult nested = Run("public static Message Make() => new Message { Id = 1 };");
        Assert.Equal("CS9035", Assert.Single(nested.CompileDiagnostics(DiagnosticSeverity.Error)).Id);

        // Status is in no request: its required member is checked by the spec, not by the compiler.
        Run("public static Status Make() => new Status(); public static SendRequest Full() => new SendRequest { GroupId = 1, Message = new Message { Text = \"hi\" } };").AssertClean();
    }

    [Fact]
    public void Reading_JSON_that_lacks_a_required_member_still_works()
    {
        GeneratorResult result = Run(string.Empty);
        result.AssertClean();
        using var stream = new MemoryStream();
        Assert.True(result.Output.Emit(stream).Success);
        Assembly assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new MemoryStream(stream.ToArray()));
        Type type = assembly.GetType("Test.Req.SendRequest")!;

        object value = JsonSerializer.Deserialize("""{"note":"n"}""", type)!;

        Assert.Null(type.GetProperty("Message")!.GetValue(value));
        Assert.Equal("n", type.GetProperty("Note")!.GetValue(value));
    }
}
