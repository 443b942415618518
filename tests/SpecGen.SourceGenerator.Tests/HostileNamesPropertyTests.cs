using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>
/// Issue 10, generator side: a deterministic FsCheck property over specs whose schema, property,
/// enum value and operationId names come from a hostile vocabulary (generated member and helper
/// names, C# keywords, names differing only in case, digits, symbols, non-ASCII). The generator never
/// throws, and its output compiles unless it reported an error.
/// </summary>
public sealed class HostileNamesPropertyTests
{
    private static readonly string[] Vocabulary =
    {
        "ReadJson", "WriteJson", "SpecGenConverter", "SpecGenJson", "SpecGenHttp", "SpecGenResponse", "NumberOrString", "FileUpload",
        "Value", "IsKnown", "Read", "Write", "HandleNull", "ToString", "Equals", "GetHashCode", "GetType", "Finalize", "MemberwiseClone",
        "class", "object", "string", "int", "namespace", "event", "Task", "System", "global", "HttpClient", "CancellationToken",
        "a", "A", "_", "__", "1x", "x-y", "x y", "用户", "Ünïcode", "", "Options", "Client", "Async", "SendAsync", "Request",
        "FuzzClient", "IFuzzClient", "FuzzClientOptions", "FuzzApiException", "FuzzBusinessException", "data", "code", "Dispose",
    };

    private sealed record NamedSpec(string[] Schemas, string[] Properties, string[] EnumValues, string[] OperationIds)
    {
        public override string ToString() =>
            $"schemas [{string.Join(", ", Schemas)}] properties [{string.Join(", ", Properties)}] enum [{string.Join(", ", EnumValues)}] operations [{string.Join(", ", OperationIds)}]";
    }

    private static readonly Gen<string> Name = Gen.Elements(Vocabulary);

    private static readonly Gen<NamedSpec> Specs =
        from schemaCount in Gen.Choose(1, 4)
        from schemas in Name.ArrayOf(schemaCount)
        from propertyCount in Gen.Choose(1, 4)
        from properties in Name.ArrayOf(propertyCount)
        from enumCount in Gen.Choose(1, 4)
        from enumValues in Name.ArrayOf(enumCount)
        from operationCount in Gen.Choose(1, 3)
        from operationIds in Name.ArrayOf(operationCount)
        select new NamedSpec(schemas, properties, enumValues, operationIds);

    [Fact]
    public void Hostile_names_never_break_the_generator_or_its_output()
    {
        // 100 specs in CI (about 15 s); SPECGEN_FUZZ_SPECS=2000 for a long run.
        int count = int.TryParse(Environment.GetEnvironmentVariable("SPECGEN_FUZZ_SPECS"), out int n) ? n : 100;
        var failures = new List<string>();
        Prop.ForAll(Arb.From(Specs), spec =>
            {
                if (Check(spec) is { } failure)
                {
                    failures.Add(failure);
                }

                return true;
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(count).WithReplay(20261129UL, 0x9E3779B97F4A7C15UL).WithQuietOnSuccess(true));

        Assert.True(failures.Count == 0, $"{failures.Count} of {count} specs failed:\n" + string.Join("\n\n", failures.Take(5)));
    }

    private static string? Check(NamedSpec spec)
    {
        string json = Build(spec);
        GeneratorResult result = GeneratorHarness.Run(new SpecFile("/specs/fuzz/openapi.json", json, "Fuzz.Sdk", "FuzzClient"));
        if (result.Exception is not null)
        {
            return $"generator exception {result.Exception.GetType().Name}: {result.Exception.Message} — {spec}";
        }

        if (result.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        var errors = result.CompileDiagnostics(DiagnosticSeverity.Error).Take(3).ToList();
        return errors.Count == 0 ? null : $"does not compile: {string.Join("; ", errors)} — {spec}";
    }

    private static string Build(NamedSpec spec)
    {
        var schemas = new JsonObject();
        var enumName = spec.Schemas[0] + "Kind";
        schemas[enumName] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(spec.EnumValues.Distinct().Select(v => (JsonNode)v).ToArray()) };
        foreach (var schema in spec.Schemas.Distinct())
        {
            var properties = new JsonObject();
            foreach (var property in spec.Properties.Distinct())
            {
                properties[property] = new JsonObject { ["type"] = "string" };
            }

            properties["kind"] = new JsonObject { ["$ref"] = "#/components/schemas/" + enumName };
            properties["self"] = new JsonObject { ["$ref"] = "#/components/schemas/" + schema };
            schemas[schema] = new JsonObject { ["type"] = "object", ["properties"] = properties };
        }

        var paths = new JsonObject();
        var i = 0;
        foreach (var operationId in spec.OperationIds)
        {
            var target = spec.Schemas[i % spec.Schemas.Length];
            paths[$"/op{i++}/{{{spec.Properties[0]}}}"] = new JsonObject
            {
                ["post"] = new JsonObject
                {
                    ["operationId"] = operationId,
                    ["parameters"] = new JsonArray(new JsonObject { ["name"] = spec.Properties[0], ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } }),
                    ["requestBody"] = new JsonObject { ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/" + target } } } },
                    ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/" + enumName } } } } },
                },
            };
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Fuzz", ["version"] = "1" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "https://example.com" }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        }.ToJsonString();
    }
}
