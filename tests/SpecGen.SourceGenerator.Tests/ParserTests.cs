using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>The spec → model mapping decisions, checked on the value-equatable model (no emitting).</summary>
public sealed class ParserTests
{
    private static ApiSpec Parse(string json, string? auth = null)
    {
        ParseResult result = SpecParser.Parse(new SpecInput("/s/openapi.json", json, "T.Ns", "TClient", auth, null), CancellationToken.None);
        Assert.NotNull(result.Api);
        return result.Api!;
    }

    private static string Doc(string components, string paths = "{}", string extra = "")
        => "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"}," + extra + "\"components\":" + components + ",\"paths\":" + paths + "}";

    private static PropertySpec Property(ApiSpec api, string model, string wire)
        => api.Models.Single(m => m.Name == model).Properties.Single(p => p.WireName == wire);

    [Fact]
    public void Primitive_formats_map_to_csharp_types()
    {
        ApiSpec api = Parse(Doc("""
            {"schemas":{"M":{"type":"object","properties":{
              "a":{"type":"integer","format":"int32"},"b":{"type":"integer"},"c":{"type":"integer","format":"uint64"},
              "d":{"type":"integer","format":"uint8"},"e":{"type":"number"},"f":{"type":"string","format":"byte"},
              "g":{"type":"string","format":"binary"},"h":{"type":"boolean"},"i":{},"j":{"type":"array","items":{}},
              "k":{"type":"object","additionalProperties":{"type":"integer","format":"int32"}},
              "l":{"oneOf":[{"type":"number"},{"type":"string"}]},"m":{"anyOf":[{"$ref":"#/components/schemas/M"},{"type":"string"}]},
              "n":{"type":["string","null"]},"o":{"type":"string","nullable":true}}}}}
            """));

        TypeKind[] expected =
        [
            TypeKind.Int32, TypeKind.Int64, TypeKind.UInt64, TypeKind.Int32, TypeKind.Double, TypeKind.String,
            TypeKind.String, TypeKind.Boolean, TypeKind.Json, TypeKind.Array, TypeKind.Map, TypeKind.NumberOrString,
            TypeKind.Model, TypeKind.String, TypeKind.String,
        ];
        Assert.Equal(expected, api.Models.Single(m => m.Name == "M").Properties.Select(p => p.Type.Kind));

        // An object or a string: a choice class, one member per JSON kind.
        ModelSpec choice = api.Models.Single(m => m.Name == Property(api, "M", "m").Type.Name);
        Assert.Equal(("MOrString", ModelShape.Choice), (choice.Name, choice.Shape));
        Assert.Equal([(JsonShape.Object, "M"), (JsonShape.String, "String")], choice.Variants.Select(v => (v.Shape, v.MemberName)));
        Assert.Equal(TypeKind.Json, Property(api, "M", "j").Type.Element!.Kind);
        Assert.Equal(TypeKind.Int32, Property(api, "M", "k").Type.Element!.Kind);
    }

    [Fact]
    public void AllOf_merges_properties_and_a_single_ref_wrapper_is_the_ref()
    {
        ApiSpec api = Parse(Doc("""
            {"schemas":{
              "Base":{"type":"object","required":["id"],"properties":{"id":{"type":"integer"}}},
              "Pet":{"allOf":[{"$ref":"#/components/schemas/Base"},{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}]},
              "Holder":{"type":"object","properties":{"pet":{"allOf":[{"$ref":"#/components/schemas/Pet"}],"description":"the pet"}}}}}
            """));

        ModelSpec pet = api.Models.Single(m => m.Name == "Pet");
        Assert.Equal(["id", "name"], pet.Properties.Select(p => p.WireName));
        Assert.All(pet.Properties, p => Assert.True(p.Required));
        PropertySpec holder = Property(api, "Holder", "pet");
        Assert.Equal(TypeRef.ModelNamed("Pet"), holder.Type);
        Assert.Equal("the pet", holder.Description);
    }

    [Fact]
    public void Inline_objects_get_context_names_and_string_enums_become_enum_types()
    {
        ApiSpec api = Parse(Doc("""
            {"schemas":{"Msg":{"type":"object","properties":{
              "sender":{"type":"object","properties":{"card":{"type":"object","properties":{"x":{"type":"string"}}}}},
              "items":{"type":"array","items":{"type":"object","properties":{"y":{"type":"string"}}}},
              "kind":{"type":"string","enum":["a","b","0"]},
              "level":{"type":"integer","enum":[1,2]}}}}}
            """));

        Assert.Contains(api.Models, m => m.Name == "MsgSender");
        Assert.Contains(api.Models, m => m.Name == "MsgSenderCard");
        Assert.Contains(api.Models, m => m.Name == "MsgItemsItem");
        EnumSpec kind = Assert.Single(api.Enums);
        Assert.Equal("MsgKind", kind.Name);
        Assert.Equal(["A", "B", "Value0"], kind.Members.Select(m => m.Name));
        Assert.Equal(TypeKind.Int64, Property(api, "Msg", "level").Type.Kind);
    }

    [Fact]
    public void Envelope_is_recognised_only_when_the_response_has_the_code_property()
    {
        string paths = """
            {"/a":{"post":{"operationId":"a","responses":{"200":{"description":"","content":{"application/json":{"schema":{"type":"object","properties":{"retcode":{"type":"number"},"message":{"type":"string"},"data":{"type":"array","items":{"type":"string"}}}}}}}}}},
             "/b":{"post":{"operationId":"b","responses":{"200":{"description":"","content":{"application/json":{"schema":{"type":"object","properties":{"other":{"type":"string"}}}}}}}}},
             "/c":{"post":{"operationId":"c","responses":{"200":{"description":"","content":{"application/json":{"schema":{"type":"object","properties":{"retcode":{"type":"number"}}}}}}}}}}
            """;
        ApiSpec api = Parse(Doc("{}", paths, "\"x-specgen-envelope\":{\"code\":\"retcode\",\"success\":[\"0\"],\"message\":\"message\",\"data\":\"data\"},"));

        EnvelopeUse a = api.Operations.Single(o => o.OperationId == "a").Response.Envelope!;
        Assert.Equal("Retcode", a.CodeProperty);
        Assert.Equal(TypeRef.ArrayOf(TypeRef.String), a.DataType);
        Assert.Equal(["0"], a.SuccessValues);
        Assert.Null(api.Operations.Single(o => o.OperationId == "b").Response.Envelope);
        EnvelopeUse c = api.Operations.Single(o => o.OperationId == "c").Response.Envelope!;
        Assert.Null(c.DataProperty);
    }

    [Fact]
    public void Security_requirements_and_extra_schemes()
    {
        string paths = """
            {"/a":{"get":{"operationId":"a","responses":{}}},
             "/b":{"get":{"operationId":"b","security":[],"responses":{}}},
             "/c":{"get":{"operationId":"c","security":[{"key":[]},{}],"responses":{}}}}
            """;
        ApiSpec api = Parse(Doc("""{"securitySchemes":{"key":{"type":"apiKey","in":"header","name":"access-token"}}}""", paths, "\"security\":[{\"key\":[]}],"), auth: "bearer");

        SecuritySchemeSpec key = api.SecuritySchemes.Single(s => s.Key == "key");
        Assert.Equal("AccessToken", key.PropertyName);
        SecuritySchemeSpec bearer = api.SecuritySchemes.Single(s => s.Kind == SecuritySchemeKind.Bearer);
        Assert.Equal("BearerToken", bearer.PropertyName);
        Assert.Equal(2, api.Operations.Single(o => o.OperationId == "a").Security.Count);
        Assert.Empty(api.Operations.Single(o => o.OperationId == "b").Security);
        Assert.Equal(["key"], api.Operations.Single(o => o.OperationId == "c").Security[0].SchemeKeys);
    }

    [Fact]
    public void Parameters_bodies_and_names()
    {
        string paths = """
            {"/users/{id}/files":{
               "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer"}}],
               "post":{"operationId":"upload_file",
                 "parameters":[{"name":"user_id","in":"header","schema":{"type":"string"}},{"name":"user_id","in":"query","schema":{"type":"string"}},
                               {"name":"tags","in":"query","explode":false,"schema":{"type":"array","items":{"type":"string"}}}],
                 "requestBody":{"required":true,"content":{"multipart/form-data":{"schema":{"type":"object","properties":{"file":{"type":"string","format":"binary"},"files":{"type":"array","items":{"type":"string","format":"binary"}},"note":{"type":"string"}}}}}},
                 "responses":{"201":{"description":"","content":{"text/plain":{"schema":{"type":"string"}}}}}}},
             "/raw":{"put":{"requestBody":{"content":{"application/octet-stream":{"schema":{"type":"string","format":"binary"}}}},"responses":{"200":{"description":""}}}},
             "/empty":{"delete":{"responses":{"204":{"description":"No Content"}}}}}
            """;
        ApiSpec api = Parse(Doc("{}", paths));

        OperationSpec upload = api.Operations.Single(o => o.OperationId == "upload_file");
        Assert.Equal("UploadFile", upload.Name);
        Assert.Equal(["id", "userId", "userIdQuery", "tags"], upload.Parameters.Select(p => p.Name));
        Assert.False(upload.Parameters.Single(p => p.Name == "tags").Explode);
        BodySpec body = upload.Body!;
        Assert.Equal(BodyKind.Multipart, body.Kind);
        Assert.Equal([TypeKind.File, TypeKind.Array, TypeKind.String], body.FormFields.Select(f => f.Type.Kind));
        Assert.Equal(TypeKind.File, body.FormFields[1].Type.Element!.Kind);
        Assert.Equal(ResponseKind.Text, upload.Response.Kind);

        OperationSpec raw = api.Operations.Single(o => o.Path == "/raw");
        Assert.Equal("UpdateRaw", raw.Name);
        Assert.Equal(BodyKind.Binary, raw.Body!.Kind);
        // A 200 without a schema may still carry JSON: it is returned raw. Only 204/205 promise nothing.
        Assert.Equal(ResponseKind.Undocumented, raw.Response.Kind);
        Assert.Equal(ResponseKind.None, api.Operations.Single(o => o.Path == "/empty").Response.Kind);
    }

    [Theory]
    [InlineData("application/xml", true)]
    [InlineData("text/csv", true)]
    [InlineData("application/atom+xml; charset=utf-8", true)]
    [InlineData("application/x-protobuf", false)]
    [InlineData("image/*", false)]
    [InlineData("application/vnd.custom", false)]
    public void A_request_media_type_not_modelled_is_still_sent(string mediaType, bool text)
    {
        BodyKind expected = text ? BodyKind.Text : BodyKind.Binary;
        string paths = "{\"/a\":{\"post\":{\"operationId\":\"a\",\"requestBody\":{\"content\":{\"" + mediaType + "\":{\"schema\":{\"type\":\"object\"}}}},\"responses\":{}}}}";
        BodySpec body = Parse(Doc("{}", paths)).Operations.Single().Body!;

        Assert.Equal(expected, body.Kind);
        Assert.Equal(mediaType, body.MediaType);
        Assert.Equal(expected == BodyKind.Text ? TypeRef.String : TypeRef.Binary, body.Type);
    }

    [Fact]
    public void A_swagger_2_body_that_consumes_only_xml_is_text()
    {
        string json = """
            {"swagger":"2.0","info":{"title":"s","version":"1"},
             "paths":{"/x":{"post":{"operationId":"x","consumes":["application/xml"],"parameters":[{"in":"body","name":"body","schema":{"type":"object"}}],"responses":{}}},
                      "/j":{"post":{"operationId":"j","consumes":["application/xml","application/json"],"parameters":[{"in":"body","name":"body","schema":{"type":"object","properties":{"a":{"type":"string"}}}}],"responses":{}}}}}
            """;
        ApiSpec api = Parse(json);

        BodySpec xml = api.Operations.Single(o => o.OperationId == "x").Body!;
        Assert.Equal((BodyKind.Text, "application/xml"), (xml.Kind, xml.MediaType));
        Assert.Equal(BodyKind.Json, api.Operations.Single(o => o.OperationId == "j").Body!.Kind);
    }

    [Fact]
    public void Headers_most_operations_take_get_an_options_default()
    {
        const string Headers = "[{\"name\":\"app_id\",\"in\":\"header\",\"description\":\"应用ID\",\"schema\":{\"type\":\"string\"}},{\"name\":\"rare\",\"in\":\"header\",\"schema\":{\"type\":\"string\"}}]";
        string paths = "{\"/a\":{\"get\":{\"operationId\":\"a\",\"parameters\":" + Headers + ",\"responses\":{}}},"
            + "\"/b\":{\"get\":{\"operationId\":\"b\",\"parameters\":[{\"name\":\"app_id\",\"in\":\"header\",\"schema\":{\"type\":\"string\"}}],\"responses\":{}}},"
            + "\"/c\":{\"get\":{\"operationId\":\"c\",\"responses\":{}}}}";
        ApiSpec api = Parse(Doc("{}", paths));

        DefaultHeaderSpec header = Assert.Single(api.DefaultHeaders);
        Assert.Equal(("app_id", "AppId", "应用ID", 2), (header.WireName, header.PropertyName, header.Description, header.OperationCount));
        Assert.Equal("AppId", api.Operations[0].Parameters.Single(p => p.WireName == "app_id").OptionsProperty);
        Assert.Null(api.Operations[0].Parameters.Single(p => p.WireName == "rare").OptionsProperty);
    }

    [Fact]
    public void Swagger_2_documents_are_read()
    {
        string json = """
            {"swagger":"2.0","info":{"title":"s","version":"1"},"host":"api.example.com","basePath":"/v1","schemes":["https"],
             "securityDefinitions":{"k":{"type":"apiKey","in":"query","name":"server_token"}},
             "definitions":{"P":{"properties":{"id":{"type":"string"}}}},
             "paths":{"/p":{"post":{"operationId":"post","parameters":[{"in":"body","name":"body","required":true,"schema":{"$ref":"#/definitions/P"}}],
                                     "security":[{"k":[]}],"responses":{"200":{"description":"","schema":{"type":"array","items":{"$ref":"#/definitions/P"}}}}}},
                     "/f":{"post":{"operationId":"form","consumes":["multipart/form-data"],"parameters":[{"in":"formData","name":"file","type":"file"},{"in":"formData","name":"n","type":"integer"}],"responses":{}}}}}
            """;
        ApiSpec api = Parse(json);

        Assert.Equal("https://api.example.com/v1", api.DefaultServer);
        OperationSpec post = api.Operations.Single(o => o.OperationId == "post");
        Assert.Equal(TypeRef.ModelNamed("P"), post.Body!.Type);
        Assert.True(post.Body.Required);
        Assert.Equal(TypeRef.ArrayOf(TypeRef.ModelNamed("P")), post.Response.Type);
        Assert.Equal(SecuritySchemeKind.ApiKeyQuery, api.SecuritySchemes.Single().Kind);
        BodySpec form = api.Operations.Single(o => o.OperationId == "form").Body!;
        Assert.Equal(BodyKind.Multipart, form.Kind);
        Assert.Equal([TypeKind.File, TypeKind.Int64], form.FormFields.Select(f => f.Type.Kind));
    }

    [Fact]
    public void The_model_is_value_equal_across_parses()
    {
        string json = TestFilesSmall();

        ParseResult first = SpecParser.Parse(new SpecInput("/s/openapi.json", json, "T.Ns", "TClient", null, null), CancellationToken.None);
        ParseResult second = SpecParser.Parse(new SpecInput("/s/openapi.json", json, "T.Ns", "TClient", null, null), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static string TestFilesSmall() => Infrastructure.TestFiles.Spec("small.json");
}
