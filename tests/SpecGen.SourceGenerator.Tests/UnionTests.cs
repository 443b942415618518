using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>
/// Issues 9 and 13: oneOf/anyOf become typed. Objects told apart by constant members (a discriminator, or a
/// single-value enum/const such as OneBot's <c>type: "text"</c> and Stripe's <c>object: "customer"</c>) form a family
/// (an abstract base class); branches of different JSON kinds (Stripe's expandable "id or object") form a choice class.
/// </summary>
public sealed class UnionTests
{
    private const string Spec = """
        {"openapi":"3.0.0","info":{"title":"Bot","version":"1"},
         "paths":{
           "/send":{"post":{"operationId":"send","requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/SendRequest"}}}},
             "responses":{"200":{"description":"","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Charge"}}}}}}}},
         "components":{"schemas":{
           "TextSegment":{"type":"object","required":["type","data"],"properties":{"type":{"type":"string","enum":["text"]},
             "data":{"type":"object","required":["text"],"properties":{"text":{"type":"string"}}}}},
           "AtSegment":{"type":"object","required":["type","data"],"properties":{"type":{"type":"string","const":"at"},
             "data":{"type":"object","required":["qq"],"properties":{"qq":{"type":"string"},"name":{"type":"string"}}}}},
           "SendRequest":{"type":"object","required":["message"],"properties":{
             "message":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/TextSegment"},{"$ref":"#/components/schemas/AtSegment"}]}},
             "reply":{"anyOf":[{"type":"string"},{"type":"array","items":{"anyOf":[{"$ref":"#/components/schemas/AtSegment"},{"$ref":"#/components/schemas/TextSegment"}]}}]}}},
           "customer":{"type":"object","required":["id","object"],"properties":{"id":{"type":"string"},"object":{"type":"string","enum":["customer"]}}},
           "deleted_customer":{"type":"object","required":["id","object","deleted"],"properties":{"id":{"type":"string"},
             "object":{"type":"string","enum":["customer"]},"deleted":{"type":"boolean","enum":[true]}}},
           "Charge":{"type":"object","properties":{
             "customer":{"nullable":true,"anyOf":[{"maxLength":5000,"type":"string"},{"$ref":"#/components/schemas/customer"},{"$ref":"#/components/schemas/deleted_customer"}]}}}}}}
        """;

    private static ApiSpec Parse(string json) =>
        SpecParser.Parse(new SpecInput("/specs/bot.json", json, "Test.Bot", null, null, null), CancellationToken.None).Api!;

    private static ModelSpec Model(ApiSpec api, string name) => api.Models.Single(m => m.Name == name);

    [Fact]
    public void A_named_union_of_an_inline_enum_and_null_is_that_enum_under_the_schema_name()
    {
        // GitHub's code-scanning-alert-dismissed-reason: a string whose oneOf is its values or {enum: [null]}.
        const string spec = """
            {"openapi":"3.0.0","info":{"title":"Alerts","version":"1"},
             "paths":{"/alert":{"get":{"operationId":"getAlert","responses":{"200":{"description":"","content":{"application/json":{"schema":{"$ref":"#/components/schemas/alert"}}}}}}}},
             "components":{"schemas":{
               "alert":{"type":"object","properties":{"dismissed_reason":{"$ref":"#/components/schemas/dismissed-reason"}}},
               "dismissed-reason":{"type":"string","nullable":true,"description":"Why the alert was dismissed.",
                 "oneOf":[{"enum":["false positive","won't fix"]},{"enum":[null]}]}}}}
            """;
        ApiSpec api = Parse(spec);

        EnumSpec reason = Assert.Single(api.Enums);
        Assert.Equal(("DismissedReason", "dismissed-reason", "Why the alert was dismissed."), (reason.Name, reason.SchemaName, reason.Description));
        Assert.Equal(["false positive", "won't fix"], reason.Members.Select(m => m.Value));
        Assert.Equal(TypeRef.EnumNamed("DismissedReason"), Model(api, "Alert").Properties.Single().Type);
    }

    [Fact]
    public void Objects_told_apart_by_constants_form_one_family_across_unions()
    {
        ApiSpec api = Parse(Spec);

        ModelSpec segment = Model(api, "Segment");
        Assert.Equal(ModelShape.Family, segment.Shape);
        Assert.Equal(["TextSegment", "AtSegment"], segment.Variants.Select(v => v.MemberName));
        Assert.Equal(("type", "at"), (segment.Variants[1].Constants.Single().WireName, segment.Variants[1].Constants.Single().Value));
        Assert.Equal("Segment", Model(api, "TextSegment").BaseType);

        // Both unions (in a different order) are the same family: the same wire field has one C# type.
        PropertySpec message = Model(api, "SendRequest").Properties.Single(p => p.WireName == "message");
        Assert.Equal(TypeRef.ArrayOf(TypeRef.ModelNamed("Segment")), message.Type);
        ModelSpec reply = Model(api, Model(api, "SendRequest").Properties.Single(p => p.WireName == "reply").Type.Name!);
        Assert.Equal(("StringOrSegmentList", ModelShape.Choice), (reply.Name, reply.Shape));
    }

    [Fact]
    public void A_member_with_more_constants_is_tried_first_and_a_string_id_or_object_is_a_choice()
    {
        ApiSpec api = Parse(Spec);

        ModelSpec customer = Model(api, Model(api, "Charge").Properties.Single().Type.Name!);
        Assert.Equal(ModelShape.Choice, customer.Shape);
        Assert.Equal([JsonShape.String, JsonShape.Object], customer.Variants.Select(v => v.Shape));
        ModelSpec family = Model(api, customer.Variants[1].Type.Name!);
        Assert.Equal(["DeletedCustomer", "Customer"], family.Variants.Select(v => v.MemberName));
    }

    [Fact]
    public void Members_with_the_same_constants_or_none_leave_the_union_untyped_and_add_no_classes()
    {
        ApiSpec api = Parse("""
            {"openapi":"3.0.0","info":{"title":"Bot","version":"1"},"paths":{},
             "components":{"schemas":{
               "A":{"type":"object","properties":{"kind":{"type":"string","enum":["x"]},"a":{"type":"string"}}},
               "B":{"type":"object","properties":{"kind":{"type":"string","enum":["x"]},"b":{"type":"string"}}},
               "C":{"type":"object","properties":{"c":{"type":"string"}}},
               "Holder":{"type":"object","properties":{
                 "same":{"oneOf":[{"$ref":"#/components/schemas/A"},{"$ref":"#/components/schemas/B"}]},
                 "none":{"oneOf":[{"$ref":"#/components/schemas/C"},{"type":"object","properties":{"d":{"type":"string"}}}]}}}}}}
            """);

        Assert.All(Model(api, "Holder").Properties, p => Assert.Equal(SpecGen.SourceGenerator.Model.TypeKind.Json, p.Type.Kind));
        Assert.Equal(["A", "B", "C", "Holder"], api.Models.Select(m => m.Name).Order());
    }

    [Fact]
    public void Segments_are_built_with_their_factories_and_the_constant_is_not_required()
    {
        GeneratorResult result = GeneratorHarness.Run(
            [SpecFile.Create("Bot", Spec)],
            ["""
             namespace User;
             using Test.Bot;
             internal static class Snippet
             {
                 internal static SendRequest Make() => new SendRequest { Message = [TextSegment.Of("hi"), AtSegment.Of("10001")], Reply = "ok" };

                 internal static string Describe(Segment segment) => segment switch
                 {
                     TextSegment text => text.Data!.Text!,
                     AtSegment at => at.Data!.Qq!,
                     UnknownSegment unknown => unknown.Json.GetRawText(),
                     _ => "",
                 };
             }
             """]);

        result.AssertClean();
    }

    [Theory]
    [InlineData("""{"message":[{"type":"text","data":{"text":"hi"}},{"data":{"qq":"1","name":"n"},"type":"at"},{"type":"poke","data":{"id":7}}],"reply":[{"type":"text","data":{"text":"a"}}]}""", "TextSegment,AtSegment,UnknownSegment")]
    [InlineData("""{"message":[],"reply":"just text"}""", "")]
    public void Families_and_choices_read_and_write_back_the_same_JSON(string json, string kinds)
    {
        Assembly assembly = Load();
        Type request = assembly.GetType("Test.Bot.SendRequest")!;

        object value = JsonSerializer.Deserialize(json, request)!;

        var message = (IEnumerable)request.GetProperty("Message")!.GetValue(value)!;
        Assert.Equal(kinds, string.Join(",", message.Cast<object>().Select(m => m.GetType().Name)));
        string written = JsonSerializer.Serialize(value, request);
        // Members are written in documented order: the at segment's "type" moves first; nothing else changes.
        Assert.Equal(json.Replace("""{"data":{"qq":"1","name":"n"},"type":"at"}""", """{"type":"at","data":{"qq":"1","name":"n"}}""", StringComparison.Ordinal), written);
    }

    [Theory]
    [InlineData("""{"customer":"cus_1"}""", "String")]
    [InlineData("""{"customer":{"id":"cus_1","object":"customer"}}""", "Customer")]
    [InlineData("""{"customer":{"id":"cus_1","object":"customer","deleted":true}}""", "DeletedCustomer")]
    public void An_expandable_field_reads_as_its_id_or_the_object_it_is(string json, string branch)
    {
        Assembly assembly = Load();
        Type charge = assembly.GetType("Test.Bot.Charge")!;

        object value = JsonSerializer.Deserialize(json, charge)!;

        object choice = charge.GetProperty("Customer")!.GetValue(value)!;
        object? held = choice.GetType().GetProperty("String")!.GetValue(choice) ?? choice.GetType().GetProperties().Select(p => p.GetValue(choice)).First(v => v is not null);
        Assert.Equal(branch, held is string ? "String" : held!.GetType().Name);
        Assert.Equal(json, JsonSerializer.Serialize(value, charge));
    }

    private static Assembly Load()
    {
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Bot", Spec));
        result.AssertClean();
        using var stream = new MemoryStream();
        Assert.True(result.Output.Emit(stream).Success);
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new MemoryStream(stream.ToArray()));
    }
}
