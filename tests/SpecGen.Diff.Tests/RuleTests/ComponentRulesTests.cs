using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class ComponentRulesTests
{
    private const string UserShape = """{"type":"object","description":"A user.","properties":{"id":{"type":"integer"},"name":{"type":"string"}},"required":["id"]}""";

    private static string WithSchemas(string schemas, string reference) =>
        ResponseBody("""{"$ref":"#/components/schemas/REF"}""".Replace("REF", reference, StringComparison.Ordinal), """{"schemas":""" + schemas + "}");

    [Fact]
    public void A_model_renamed_with_the_same_shape_is_a_breaking_rename_not_a_patch()
    {
        var before = WithSchemas("""{"UserDetailResp":""" + UserShape + "}", "UserDetailResp");
        var after = WithSchemas("""{"UserDetailResponse":""" + UserShape + "}", "UserDetailResponse");
        var result = Compare(before, after);
        var change = Single(result, Rules.ComponentSchemaRenamed, "components.schemas.UserDetailResponse");
        Assert.Equal(("UserDetailResp", "UserDetailResponse", ChangeClass.Breaking), (change.Old, change.New, change.Class));
        Assert.Contains("the generated class UserDetailResp is now UserDetailResponse", change.Message, StringComparison.Ordinal);
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void Documentation_does_not_count_in_the_shape()
    {
        var before = WithSchemas("""{"UserResp":""" + UserShape + "}", "UserResp");
        var after = WithSchemas("""{"UserResponse":""" + UserShape.Replace("A user.", "The user.", StringComparison.Ordinal).Replace("{\"type\":\"integer\"}", "{\"type\":\"integer\",\"x-specgen-source\":12}", StringComparison.Ordinal) + "}", "UserResponse");
        var result = Compare(before, after);
        Assert.Equal([("component-schema-renamed", "components.schemas.UserResponse"), ("schema-description-changed", "GET /pets response 200 body")], Found(result));
    }

    [Fact]
    public void Models_renamed_together_still_match_through_their_references()
    {
        const string item = """{"type":"object","properties":{"sku":{"type":"string"}}}""";
        var before = WithSchemas("""{"OrderResp":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/ItemResp"}}}},"ItemResp":""" + item + "}", "OrderResp");
        var after = WithSchemas("""{"OrderResponse":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/ItemResponse"}}}},"ItemResponse":""" + item + "}", "OrderResponse");
        Assert.Equal(
            [("component-schema-renamed", "components.schemas.ItemResponse"), ("component-schema-renamed", "components.schemas.OrderResponse")],
            Found(Compare(before, after)));
    }

    [Fact]
    public void A_component_is_named_as_the_generator_names_it()
    {
        // NapCat's 文本消息 segment: the key is pinyin, the SDK type is TextSegment (the generator's naming policy),
        // so a new key with the same title changes nothing for callers; a new title renames the type.
        const string segment = """{"title":"文本消息","type":"object","properties":{"type":{"type":"string"},"data":{"type":"object","properties":{"text":{"type":"string"}}}}}""";
        var before = WithSchemas("""{"WenBenXiaoXi":""" + segment + "}", "WenBenXiaoXi");
        var sameTitle = WithSchemas("""{"TextMessage":""" + segment + "}", "TextMessage");
        var newTitle = WithSchemas("""{"TextMessage":""" + segment.Replace("文本消息", "图片消息", StringComparison.Ordinal) + "}", "TextMessage");

        Assert.DoesNotContain(Compare(before, sameTitle).Changes, c => c.Rule == Rules.ComponentSchemaRenamed);
        Assert.Contains(Compare(before, newTitle).Changes, c => c.Rule == Rules.ComponentSchemaRenamed && c.Message.Contains("class TextSegment is now ImageSegment", StringComparison.Ordinal));
    }

    [Fact]
    public void An_enum_renamed_renames_the_enum_struct()
    {
        var before = WithSchemas("""{"State":{"type":"string","enum":["on","off"]}}""", "State");
        var after = WithSchemas("""{"PowerState":{"type":"string","enum":["on","off"]}}""", "PowerState");
        Assert.Contains("enum struct State is now PowerState", Single(Compare(before, after), Rules.ComponentSchemaRenamed, "components.schemas.PowerState").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_different_shape_is_a_model_removed_and_one_added()
    {
        var before = WithSchemas("""{"User":""" + UserShape + "}", "User");
        var after = WithSchemas("""{"Person":{"type":"object","properties":{"id":{"type":"string"}}}}""", "Person");
        var result = Compare(before, after);
        Assert.Contains(("component-schema-removed", "components.schemas.User"), Found(result));
        Assert.Contains(("component-schema-added", "components.schemas.Person"), Found(result));
        Assert.DoesNotContain(result.Changes, c => c.Rule == Rules.ComponentSchemaRenamed);
    }

    [Fact]
    public void Two_candidates_of_the_same_shape_are_not_guessed()
    {
        var before = WithSchemas("""{"A":""" + UserShape + ""","B":""" + UserShape + "}", "A");
        var after = WithSchemas("""{"C":""" + UserShape + ""","D":""" + UserShape + "}", "C");
        var result = Compare(before, after);
        Assert.DoesNotContain(result.Changes, c => c.Rule == Rules.ComponentSchemaRenamed);
        Assert.Equal(2, result.Changes.Count(c => c.Rule == Rules.ComponentSchemaRemoved));
    }

    [Fact]
    public void Same_shapes_are_paired_by_related_names_when_that_is_unambiguous()
    {
        var before = WithSchemas("""{"Video":""" + UserShape + ""","Voice":""" + UserShape + "}", "Video");
        var after = WithSchemas("""{"VideoV2":""" + UserShape + ""","VoiceMessage":""" + UserShape + "}", "VideoV2");
        Assert.Equal(
            [("component-schema-renamed", "components.schemas.VideoV2"), ("component-schema-renamed", "components.schemas.VoiceMessage")],
            Found(Compare(before, after)));
    }

    [Fact]
    public void A_key_that_maps_to_the_same_csharp_name_is_no_change()
    {
        var before = WithSchemas("""{"user_info":""" + UserShape + "}", "user_info");
        var after = WithSchemas("""{"UserInfo":""" + UserShape + "}", "UserInfo");
        Assert.Empty(Compare(before, after).Changes);
    }

    [Fact]
    public void Schemas_without_a_generated_type_are_not_reported()
    {
        var before = WithSchemas("""{"Id":{"type":"string"},"User":""" + UserShape + "}", "User");
        Assert.Empty(Compare(before, WithSchemas("""{"User":""" + UserShape + "}", "User")).Changes);
    }

    [Fact]
    public void A_renamed_model_in_a_oneOf_is_the_same_branch()
    {
        const string cat = """{"type":"object","properties":{"meow":{"type":"boolean"}}}""";
        const string dog = """{"type":"object","properties":{"bark":{"type":"boolean"}}}""";
        var before = ResponseBody("""{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"}]}""", """{"schemas":{"Cat":""" + cat + ""","Dog":""" + dog + "}}");
        var after = ResponseBody("""{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Hound"}]}""", """{"schemas":{"Cat":""" + cat + ""","Hound":""" + dog.Replace("boolean", "string", StringComparison.Ordinal) + "}}");
        var same = ResponseBody("""{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Hound"}]}""", """{"schemas":{"Cat":""" + cat + ""","Hound":""" + dog + "}}");
        Single(Compare(before, same), Rules.ComponentSchemaRenamed, "components.schemas.Hound");

        // A changed shape is no rename: the branch is then one removed and one added.
        Assert.Contains(("response-variant-added", "GET /pets response 200 body"), Found(Compare(before, after)));
    }

    [Fact]
    public void Wrappers_typed_as_another_schema_have_no_class_of_their_own()
    {
        var before = WithSchemas("""{"User":""" + UserShape + ""","MaybeUser":{"anyOf":[{"$ref":"#/components/schemas/User"},{"type":"null"}]},"Described":{"allOf":[{"$ref":"#/components/schemas/User"}],"description":"d"}}""", "User");
        Assert.Empty(Compare(before, WithSchemas("""{"User":""" + UserShape + "}", "User")).Changes);
    }
}
