using System.Text.Json;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;

namespace SpecGen.Diff.Tests;

/// <summary>
/// The diff must judge a schema as the generator types it. On every committed spec, the generator's parser and
/// the diff's <see cref="SchemaFacts"/> must agree on which component schemas become classes and enum structs,
/// and on the C# type of every property of those classes and of every operation parameter.
/// </summary>
public class TypeMappingAgreementTests
{
    public static TheoryData<string> CommittedSpecs() => ["eyun", "juhebot", "maxim", "napcat", "wukongchat"];

    [Theory]
    [MemberData(nameof(CommittedSpecs))]
    public void Generator_and_diff_agree_on_component_property_and_parameter_types(string api)
    {
        var path = RepositoryPaths.Find(Path.Combine("specs", api, "openapi.json"));
        AssertAgreement(api, path, File.ReadAllText(path));
    }

    public static TheoryData<string> PeerSpecs() => ["box", "github", "stripe"];

    [Theory]
    [MemberData(nameof(PeerSpecs))]
    public void Generator_and_diff_agree_on_the_peer_benchmark_specs(string spec)
    {
        var path = RepositoryPaths.Find(Path.Combine("tools", "peers", "specs", spec + ".json"));
        AssertAgreement(spec, path, File.ReadAllText(path));
    }

    /// <summary>
    /// Each case here once disagreed (box, GitHub): a union declaring <c>type: object</c> or <c>type: string</c>
    /// (typed by its branches), <c>{enum: [null]}</c> as a null branch, a wrapper whose other member is
    /// <c>properties: {}</c>, and a property an allOf member redefines (the later definition wins).
    /// </summary>
    [Fact]
    public void Generator_and_diff_agree_on_wrappers_unions_and_inferred_types()
    {
        const string components = """
            {"schemas":{
              "User":{"type":"object","properties":{"id":{"type":"integer","format":"int32"},"big":{"type":"integer","format":"uint64"},"n":{"type":"number"}}},
              "NullableUser":{"anyOf":[{"$ref":"#/components/schemas/User"},{"type":"null"}]},
              "Wrapped":{"allOf":[{"$ref":"#/components/schemas/User"}],"description":"a user"},
              "Extended":{"allOf":[{"$ref":"#/components/schemas/User"},{"properties":{"extra":{"type":"string"}}}]},
              "Untyped":{"properties":{"a":{"enum":["x","y"]},"b":{"items":{"type":"string"}},"c":{"anyOf":[{"type":"string"},{"type":"integer"}]},
                "d":{"oneOf":[{"type":"integer"},{"type":"null"}]},"e":{"type":["number","null"]},"f":{"additionalProperties":{"type":"integer"}},
                "g":{"oneOf":[{"$ref":"#/components/schemas/User"},{"$ref":"#/components/schemas/Extended"}]},"h":{"$ref":"#/components/schemas/NullableUser"},
                "i":{"anyOf":[{"type":"string"},{"$ref":"#/components/schemas/User"}]},"j":{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"}]},
                "k":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},
                "l":{"$ref":"#/components/schemas/Reason"},"m":{"$ref":"#/components/schemas/Pet"},"n":{"$ref":"#/components/schemas/WrappedEmpty"},
                "o":{"allOf":[{"$ref":"#/components/schemas/Pet"},{"description":"a pet"}]},"p":{"$ref":"#/components/schemas/Refined"}}},
              "Reason":{"type":"string","nullable":true,"description":"why","oneOf":[{"enum":["x","y"]},{"enum":[null]}]},
              "Pet":{"type":"object","oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"}]},
              "WrappedEmpty":{"type":"object","allOf":[{"$ref":"#/components/schemas/User"},{"properties":{}}],"title":"a user"},
              "Loose":{"type":"object","properties":{"info":{"type":"object","additionalProperties":{}}}},
              "Refined":{"allOf":[{"$ref":"#/components/schemas/Loose"},{"properties":{"info":{"type":"object","properties":{"a":{"type":"string"}}}}}]},
              "Cat":{"type":"object","properties":{"kind":{"type":"string","enum":["cat"]},"lives":{"type":"integer"}}},
              "Dog":{"type":"object","properties":{"kind":{"const":"dog"},"bark":{"type":"string"}}},
              "Mode":{"type":"string","enum":["on","off"]},
              "Alias":{"$ref":"#/components/schemas/Mode"},
              "Id":{"type":"string"}
            }}
            """;
        AssertAgreement("synthetic", "synthetic.json", Specs.ResponseBody("""{"$ref":"#/components/schemas/Untyped"}""", components));
    }

    private static void AssertAgreement(string api, string path, string text)
    {
        var generated = SpecParser.Parse(new SpecInput(path, text, null, null, null, null), CancellationToken.None).Api;
        Assert.NotNull(generated);
        var document = SpecDocument.Parse(text, api);

        var models = generated.Models.Where(m => m.SchemaName is not null).ToDictionary(m => m.SchemaName!, StringComparer.Ordinal);

        // The one rule that looks across schemas: a member that is NumberOrString in one model is NumberOrString in
        // every model (SpecParser.SameField). The diff judges each schema alone and keeps the documented number.
        var looseMembers = generated.Models.SelectMany(m => m.Properties).Where(p => p.Type.Kind == TypeKind.NumberOrString).Select(p => p.WireName).ToHashSet(StringComparer.Ordinal);
        bool Widened(PropertySpec property, TypeKind? documented) =>
            property.Type.Kind == TypeKind.NumberOrString && looseMembers.Contains(property.WireName)
            && documented is TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Double;
        var enums = generated.Enums.Where(e => e.SchemaName is not null).Select(e => e.SchemaName!).ToHashSet(StringComparer.Ordinal);
        var diffModels = new SortedSet<string>(StringComparer.Ordinal);
        var diffEnums = new SortedSet<string>(StringComparer.Ordinal);
        var mismatches = new List<string>();
        var compared = 0;
        foreach (var (name, schema) in Json.Members(Json.Object(document.Root, "components") ?? Json.EmptyObject, "schemas"))
        {
            if (ComponentComparer.IsAlias(schema))
            {
                continue;
            }

            var facts = SchemaFacts.Build(document, schema);
            if (facts.Kind == TypeKind.Enum)
            {
                diffEnums.Add(name);
            }

            if (facts.Kind != TypeKind.Model)
            {
                continue;
            }

            diffModels.Add(name);
            if (!models.TryGetValue(name, out var model))
            {
                continue;
            }

            foreach (var property in model.Properties)
            {
                var kind = facts.Properties.TryGetValue(property.WireName, out var propertySchema) ? SchemaFacts.Build(document, propertySchema).Kind : (TypeKind?)null;
                compared++;
                if (kind != property.Type.Kind && !Widened(property, kind))
                {
                    mismatches.Add($"{name}.{property.WireName}: generator {property.Type.Kind}, diff {kind}");
                }
            }
        }

        foreach (var operation in generated.Operations)
        {
            var item = Json.Object(Json.Object(document.Root, "paths") ?? Json.EmptyObject, operation.Path);
            var declared = new List<JsonElement>();
            foreach (var source in new[] { item, item is { } i ? Json.Object(i, operation.Method.ToLowerInvariant()) : null })
            {
                if (source is { } container && Json.Array(container, "parameters") is { } list)
                {
                    declared.AddRange(list.EnumerateArray().Select(p => document.Resolve(p).Element));
                }
            }

            foreach (var parameter in operation.Parameters)
            {
                var where = parameter.In.ToString().ToLowerInvariant();
                var element = declared.LastOrDefault(p => Json.String(p, "name") == parameter.WireName && Json.String(p, "in") == where);
                if (element.ValueKind != JsonValueKind.Object || Json.Object(element, "schema") is not { } schema)
                {
                    continue; // Undeclared template parameters, content-typed parameters: not a schema to compare.
                }

                compared++;
                var kind = SchemaFacts.Build(document, schema).Kind;
                if (kind != parameter.Type.Kind)
                {
                    mismatches.Add($"{operation.Method} {operation.Path} {where} {parameter.WireName}: generator {parameter.Type.Kind}, diff {kind}");
                }
            }
        }

        Assert.Equal(models.Keys.Order(StringComparer.Ordinal), diffModels);
        Assert.Equal(enums.Order(StringComparer.Ordinal), diffEnums);
        Assert.Empty(mismatches);
        Assert.True(models.Count == 0 || compared > 0);
    }
}
