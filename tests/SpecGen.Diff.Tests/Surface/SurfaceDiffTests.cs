using SpecGen.Diff.Surface;
using static SpecGen.Diff.Tests.Surface.SurfaceSpecs;

namespace SpecGen.Diff.Tests.Surface;

/// <summary>The C# API-surface diff on the cases issue 11 names: each asserts the C# member it reports.</summary>
public class SurfaceDiffTests
{
    private const string GetUser = """{"/users/{id}":{"get":{"operationId":"getUser","parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/$NAME"}}}}}}}}""";

    private static string UserSchema(string name) =>
        "{\"schemas\":{\"" + name + "\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"},\"nick_name\":{\"type\":\"string\"}}}}}";

    [Fact]
    public void A_renamed_schema_renames_the_class_and_breaks_the_methods_returning_it()
    {
        var result = Compare(
            Specs.Doc(GetUser.Replace("$NAME", "UserDetailResp"), UserSchema("UserDetailResp")),
            Specs.Doc(GetUser.Replace("$NAME", "UserDetailResponse"), UserSchema("UserDetailResponse")));

        var rename = Assert.Single(result.SurfaceFindings!, f => f.Rule == SurfaceRules.TypeRenamed && f.Member == "UserDetailResp");
        Assert.Equal(("UserDetailResp", "UserDetailResponse", ChangeClass.Breaking), (rename.Old, rename.New, rename.Class));
        Assert.Equal("components.schemas.UserDetailResp → components.schemas.UserDetailResponse", rename.Spec);
        // The API's one converter factory (SpecGenConverter) is not renamed with the model.
        Assert.DoesNotContain(result.SurfaceFindings!, f => f.Member.StartsWith("SpecGenConverter", StringComparison.Ordinal));
        var method = Assert.Single(result.SurfaceFindings!, f => f.Member == "IPetsClient.GetUserAsync");
        Assert.Equal((SurfaceRules.ReturnTypeChanged, "Task<UserDetailResp?>", "Task<UserDetailResponse?>", "GET /users/{id}"), (method.Rule, method.Old, method.New, method.Spec));
        Assert.Contains("csharp-return-type-changed PetsClient.GetUserAsync", Lines(result));
        Assert.DoesNotContain(result.SurfaceFindings!, f => f.Rule == SurfaceRules.TypeRemoved || f.Rule == SurfaceRules.TypeAdded);
        Assert.True(result.BreaksCompilation);
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void A_renamed_schema_without_the_wire_rename_is_still_matched_by_its_members()
    {
        // Two models renamed together, one referring to the other: the second is matched once the first is known.
        const string Components = """{"schemas":{"$A":{"type":"object","properties":{"b":{"$ref":"#/components/schemas/$B"},"x":{"type":"string"}}},"$B":{"type":"object","properties":{"y":{"type":"integer"}}}}}""";
        var oldJson = Specs.Doc(GetUser.Replace("$NAME", "Outer"), Components.Replace("$A", "Outer").Replace("$B", "Inner"));
        var newJson = Specs.Doc(GetUser.Replace("$NAME", "OuterV2"), Components.Replace("$A", "OuterV2").Replace("$B", "InnerV2"));
        var findings = SurfaceDiff.Run(SpecDocument.Parse(oldJson, "old.json"), SpecDocument.Parse(newJson, "new.json"), Names, []);

        Assert.Contains(findings, f => f.Rule == SurfaceRules.TypeRenamed && (f.Member, f.New) == ("Outer", "OuterV2"));
        Assert.Contains(findings, f => f.Rule == SurfaceRules.TypeRenamed && (f.Member, f.New) == ("Inner", "InnerV2"));
        Assert.DoesNotContain(findings, f => f.Rule == SurfaceRules.TypeRemoved);
    }

    [Fact]
    public void Swapped_path_parameters_move_both_arguments_of_the_method()
    {
        const string Template = """{"/orgs/{org}/repos/{repo}":{"get":{"operationId":"getRepo","parameters":[$PARAMS],"responses":{"200":{"description":"ok"}}}}}""";
        const string Org = """{"name":"org","in":"path","required":true,"schema":{"type":"string"}}""";
        const string Repo = """{"name":"repo","in":"path","required":true,"schema":{"type":"string"}}""";
        var result = Compare(Specs.Doc(Template.Replace("$PARAMS", Org + "," + Repo)), Specs.Doc(Template.Replace("$PARAMS", Repo + "," + Org)));

        // The method's name comes from the naming policy; the finding is on the interface's only method.
        var moved = result.SurfaceFindings!.Where(f => f.Member.StartsWith("IPetsClient.", StringComparison.Ordinal) && f.Rule == SurfaceRules.ParameterMoved).ToList();
        Assert.Equal(
            [(SurfaceRules.ParameterMoved, 1, "org", "2"), (SurfaceRules.ParameterMoved, 2, "repo", "1")],
            moved.Select(f => (f.Rule, f.Parameter!.Value, f.ParameterName!, f.New!)));
        Assert.All(moved, f => Assert.Equal("GET /orgs/{org}/repos/{repo}", f.Spec));
        Assert.Equal(ChangeClass.Breaking, moved[0].Class);
        Assert.Equal("parameter 1 'org' is now parameter 2", moved[0].Message);
    }

    [Fact]
    public void A_response_string_that_becomes_an_enum_changes_the_property_type()
    {
        const string Components = """{"schemas":{"Pet":{"type":"object","properties":{"status":$STATUS}}}}""";
        var result = Compare(
            Specs.Doc(GetUser.Replace("$NAME", "Pet"), Components.Replace("$STATUS", """{"type":"string"}""")),
            Specs.Doc(GetUser.Replace("$NAME", "Pet"), Components.Replace("$STATUS", """{"type":"string","enum":["available","sold"]}""")));

        var finding = Assert.Single(result.SurfaceFindings!, f => f.Member == "Pet.Status");
        Assert.Equal((SurfaceRules.MemberTypeChanged, "string?", "PetStatus?", "components.schemas.Pet.status"), (finding.Rule, finding.Old, finding.New, finding.Spec));
        Assert.Equal(ChangeClass.Breaking, finding.Class);
        Assert.Contains(result.SurfaceFindings!, f => f.Rule == SurfaceRules.TypeAdded && f.Member == "PetStatus");
    }

    [Fact]
    public void A_oneOf_gaining_a_branch_turns_the_property_into_JsonElement()
    {
        const string Components = """{"schemas":{"Pet":{"type":"object","properties":{"owner":{"oneOf":[$BRANCHES]}}},"Person":{"type":"object","properties":{"name":{"type":"string"}}},"Company":{"type":"object","properties":{"vat":{"type":"string"}}}}}""";
        var result = Compare(
            Specs.Doc(GetUser.Replace("$NAME", "Pet"), Components.Replace("$BRANCHES", """{"$ref":"#/components/schemas/Person"}""")),
            Specs.Doc(GetUser.Replace("$NAME", "Pet"), Components.Replace("$BRANCHES", """{"$ref":"#/components/schemas/Person"},{"$ref":"#/components/schemas/Company"}""")));

        var finding = Assert.Single(result.SurfaceFindings!, f => f.Member == "Pet.Owner");
        Assert.Equal(SurfaceRules.MemberTypeChanged, finding.Rule);
        Assert.Equal("Person?", finding.Old);
        Assert.Contains("JsonElement", finding.New, StringComparison.Ordinal);
        Assert.Equal(ChangeClass.Breaking, finding.Class);
    }

    [Fact]
    public void The_converter_factory_is_read_whole_but_never_compiled_for_a_pair()
    {
        // A model added to the spec adds a line to the factory's body; its public members stay the two overrides of
        // JsonConverterFactory, so the pair's build leaves it out (a third of a large SDK's text) and reports nothing.
        const string Components = """{"schemas":{"Pet":{"type":"object","properties":{"name":{"type":"string"}}}$MORE}}""";
        var oldJson = Specs.Doc(GetUser.Replace("$NAME", "Pet"), Components.Replace("$MORE", string.Empty));
        var newJson = Specs.Doc(GetUser.Replace("$NAME", "Pet"), Components.Replace("$MORE", ""","Toy":{"type":"object","properties":{"id":{"type":"integer"}}}"""));

        var whole = Build(newJson);
        Assert.Equal(["CanConvert", "CreateConverter"], whole.Types["SpecGenConverter"].Members.Where(m => m.Kind == SurfaceMemberKind.Method).Select(m => m.Name).Order());
        var (oldSurface, newSurface) = SurfaceBuilder.BuildPair(("old.json", oldJson), ("new.json", newJson), Names);
        Assert.DoesNotContain("SpecGenConverter", oldSurface.Types.Keys);
        Assert.DoesNotContain("SpecGenConverter", newSurface.Types.Keys);
        Assert.Contains("Toy", newSurface.Types.Keys);
        Assert.DoesNotContain(Compare(oldJson, newJson).SurfaceFindings!, f => f.Member.StartsWith("SpecGenConverter", StringComparison.Ordinal));
    }

    [Fact]
    public void A_request_property_that_becomes_required_becomes_a_CSharp_required_member_and_breaks_compilation()
    {
        // The generator makes a property the spec requires in a request model a C# `required` member: callers that
        // create the model without it no longer compile, so the change is reported on the C# API, not as a run-time break.
        const string Post = """{"/pets":{"post":{"operationId":"addPet","requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/NewPet"}}}},"responses":{"200":{"description":"ok"}}}}}""";
        const string Components = """{"schemas":{"NewPet":{"type":"object",$REQUIRED"properties":{"name":{"type":"string"},"age":{"type":"integer"}}}}}""";
        var oldJson = Specs.Doc(Post, Components.Replace("$REQUIRED", string.Empty));
        var newJson = Specs.Doc(Post, Components.Replace("$REQUIRED", "\"required\":[\"name\"],"));
        var result = Compare(oldJson, newJson);

        var name = Assert.Single(Build(newJson).Types["NewPet"].Members, m => m.Name == "Name");
        Assert.Equal(("string?", true), (name.Type, name.IsRequired));
        var finding = Assert.Single(result.SurfaceFindings!, f => f.Member == "NewPet.Name");
        Assert.Equal(ChangeClass.Breaking, finding.Class);
        Assert.DoesNotContain(result.RunTimeBreaks, r => r.RuleId == "request-property-became-required");
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void A_property_whose_type_changes_breaks_compilation_not_only_the_run_time()
    {
        const string Components = """{"schemas":{"Pet":{"type":"object","properties":{"name":$NAME}}}}""";
        var result = Compare(
            Specs.Doc(GetUser.Replace("$NAME", "Pet"), Components.Replace("$NAME", """{"type":"string","nullable":true}""")),
            Specs.Doc(GetUser.Replace("$NAME", "Pet"), Components.Replace("$NAME", """{"type":"integer","format":"int32","nullable":true}""")));

        var finding = Assert.Single(result.SurfaceFindings!, f => f.Member == "Pet.Name");
        Assert.Equal((SurfaceRules.MemberTypeChanged, "string?", "int?"), (finding.Rule, finding.Old, finding.New));
        Assert.DoesNotContain(result.RunTimeBreaks, c => c.Location.EndsWith(".name", StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_specs_have_no_findings_and_a_wire_only_limit_break_breaks_at_run_time()
    {
        const string Components = """{"schemas":{"Pet":{"type":"object","properties":{"name":$NAME}}}}""";
        const string Post = """{"/pets":{"post":{"operationId":"addPet","requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}},"responses":{"200":{"description":"ok"}}}}}""";
        var result = Compare(
            Specs.Doc(Post, Components.Replace("$NAME", """{"type":"string","maxLength":64}""")),
            Specs.Doc(Post, Components.Replace("$NAME", """{"type":"string","maxLength":32}""")));

        Assert.Empty(result.SurfaceFindings!);
        Assert.False(result.BreaksCompilation);
        var runTime = Assert.Single(result.RunTimeBreaks);
        Assert.Equal("request-property-max-length-decreased", runTime.RuleId);
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void Without_configured_names_both_SDKs_are_named_after_the_new_title()
    {
        var oldJson = Specs.Doc(GetUser.Replace("$NAME", "User"), UserSchema("User"));
        var newJson = oldJson.Replace("\"title\":\"Pets\"", "\"title\":\"Pet Store\"", StringComparison.Ordinal);
        var oldDocument = SpecDocument.Parse(oldJson, "old.json");
        var newDocument = SpecDocument.Parse(newJson, "new.json");
        var names = SdkNames.Resolve(null, null, Path.Combine(Path.GetTempPath(), "no-such-folder", "new.json"), newDocument.Root);

        Assert.Equal(new SdkNames(null, "PetStoreClient"), names);
        Assert.Empty(SurfaceDiff.Run(oldDocument, newDocument, names, []));
    }

    [Fact]
    public void A_spec_the_generator_rejects_is_a_located_input_error()
    {
        var bad = Specs.Doc("{}").Replace("\"openapi\":\"3.0.3\"", "\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Pets\"}", StringComparison.Ordinal);
        var ex = Assert.Throws<DiffInputException>(() => SurfaceBuilder.Build("bad.json", "{\"openapi\":\"3.0.3\",\n\"paths\":{,}}", Names));
        Assert.StartsWith("bad.json:2:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--no-surface", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(bad);
    }
}
