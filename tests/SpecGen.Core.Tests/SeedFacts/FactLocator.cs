using System.Text.Json.Nodes;

namespace SpecGen.Core.Tests.SeedFacts;

/// <summary>Evaluates a seed-facts.json locator (seed-formats.md §8) against a converted spec.</summary>
internal static class FactLocator
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "patch", "head", "options", "trace" };

    public static JsonNode? Evaluate(ConversionResult result, JsonObject document, string? method, string? path, string locator)
    {
        var steps = Split(locator);
        return method is null ? DocumentLevel(result, document, steps) : OperationLevel(document, Operation(document, method, path!), steps);
    }

    private static JsonNode? DocumentLevel(ConversionResult result, JsonObject document, List<string> steps)
    {
        switch (steps[0])
        {
            case "operations" when steps[1] == "count":
                return JsonValue.Create(Operations(document).Count());
            case "operations" when steps[1] == "sourceSections":
                return JsonValue.Create(result.SourceSections);
            case "operations" when steps[1] == "distinctPaths":
                return JsonValue.Create(document["paths"]!.AsObject().Count);
            case "tags" when steps[1] == "names":
                return Strings(Operations(document).SelectMany(o => (o.Operation["tags"] as JsonArray)?.Select(t => t!.GetValue<string>()) ?? Array.Empty<string>()).Distinct());
            case "servers" when steps[1] == "urls":
                return Strings((document["servers"] as JsonArray)?.Select(s => s!["url"]!.GetValue<string>()) ?? Array.Empty<string>());
            case "components" when steps[1] == "schemas.count" || (steps[1] == "schemas" && steps[2] == "count"):
                return JsonValue.Create((document["components"]?["schemas"] as JsonObject)?.Count ?? 0);
        }

        if (steps[0] == "components" && steps[1].StartsWith("schemas[", StringComparison.Ordinal))
        {
            var name = steps[1]["schemas[".Length..^1];
            var schema = SchemaPath.FindComponent(document, name) ?? throw new InvalidOperationException($"no schema '{name}'");
            return SchemaPath.Evaluate(document, schema, steps.Skip(2).ToList());
        }

        if (steps[0] == "components" && steps[1].StartsWith("securitySchemes[", StringComparison.Ordinal))
        {
            var name = steps[1]["securitySchemes[".Length..^1];
            var scheme = document["components"]?["securitySchemes"]?[name] ?? throw new InvalidOperationException($"no security scheme '{name}'");
            return new JsonObject { ["type"] = scheme["type"]?.DeepClone(), ["in"] = scheme["in"]?.DeepClone(), ["name"] = scheme["name"]?.DeepClone() };
        }

        throw new NotSupportedException("locator " + string.Join('.', steps));
    }

    private static JsonNode? OperationLevel(JsonObject document, JsonObject operation, List<string> steps)
    {
        var head = steps[0];
        switch (head)
        {
            case "summary" or "description" or "operationId" or "tags":
                return operation[head]?.DeepClone();
            case "security":
                return Strings(EffectiveSecurity(document, operation));
            case "requestHeaders":
                var headers = Parameters(operation).Where(p => p["in"]!.GetValue<string>() == "header").Select(p => p["name"]!.GetValue<string>()).ToList();
                foreach (var scheme in EffectiveSecurity(document, operation))
                {
                    var definition = document["components"]?["securitySchemes"]?[scheme];
                    if (definition?["type"]?.GetValue<string>() == "apiKey" && definition["in"]?.GetValue<string>() == "header")
                    {
                        headers.Add(definition["name"]!.GetValue<string>());
                    }
                }

                return Strings(headers.Where(h => h is not ("Content-Type" or "Accept")).Distinct().Order(StringComparer.Ordinal));
            case "requestBody":
                var body = operation["requestBody"] as JsonObject;
                if (steps.Count == 1 || body is null)
                {
                    return body?.DeepClone();
                }

                return steps[1] switch
                {
                    "required" => body["required"]?.DeepClone() ?? JsonValue.Create(false),
                    "example" => steps.Skip(2).Aggregate(Media(body)?["example"], (node, key) => node?[key])?.DeepClone(),
                    "schema" => SchemaPath.Evaluate(document, Media(body)?["schema"], steps.Skip(2).ToList()),
                    _ => throw new NotSupportedException(steps[1]),
                };
            case "responses":
                var response = operation["responses"]?[steps[1]] as JsonObject ?? throw new InvalidOperationException($"no response {steps[1]}");
                var schema = Media(response)?["schema"];
                return steps.Count == 3 ? schema?.DeepClone() : SchemaPath.Evaluate(document, schema, steps.Skip(3).ToList());
        }

        if (head.StartsWith("parameters[in=", StringComparison.Ordinal))
        {
            var location = head["parameters[in=".Length..^1];
            return Strings(Parameters(operation).Where(p => p["in"]!.GetValue<string>() == location).Select(p => p["name"]!.GetValue<string>()));
        }

        if (head.StartsWith("parameters[", StringComparison.Ordinal))
        {
            var key = head["parameters[".Length..^1].Split(':', 2);
            var parameter = Parameters(operation).FirstOrDefault(p => p["in"]!.GetValue<string>() == key[0] && p["name"]!.GetValue<string>() == key[1])
                ?? throw new InvalidOperationException($"no parameter {key[0]}:{key[1]}");
            return steps[1] switch
            {
                "required" => parameter["required"]?.DeepClone() ?? JsonValue.Create(false),
                "schema" => SchemaPath.Evaluate(document, parameter["schema"], steps.Skip(2).ToList()),
                _ => throw new NotSupportedException(steps[1]),
            };
        }

        throw new NotSupportedException("locator " + string.Join('.', steps));
    }

    private static JsonObject? Media(JsonObject holder) =>
        (holder["content"] as JsonObject)?.Select(p => p.Value as JsonObject).FirstOrDefault();

    private static IEnumerable<JsonObject> Parameters(JsonObject operation) =>
        (operation["parameters"] as JsonArray)?.Select(p => p!.AsObject()) ?? Enumerable.Empty<JsonObject>();

    private static IEnumerable<string> EffectiveSecurity(JsonObject document, JsonObject operation)
    {
        var security = (operation["security"] ?? document["security"]) as JsonArray;
        return security?.SelectMany(r => r!.AsObject().Select(p => p.Key)).Distinct() ?? Enumerable.Empty<string>();
    }

    private static JsonObject Operation(JsonObject document, string method, string path)
    {
        var item = document["paths"]?[path] ?? throw new InvalidOperationException($"no path {path}");
        return item[method.ToLowerInvariant()] as JsonObject ?? throw new InvalidOperationException($"no {method} {path}");
    }

    private static IEnumerable<(string Path, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(p => Methods.Where(m => p.Value![m] is JsonObject).Select(m => (p.Key, p.Value![m]!.AsObject())));

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    /// <summary>Splits on dots outside brackets: <c>components.schemas[number | string].alternatives</c>.</summary>
    private static List<string> Split(string locator)
    {
        var steps = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < locator.Length; i++)
        {
            depth += locator[i] switch { '[' => 1, ']' => -1, _ => 0 };
            if (locator[i] == '.' && depth == 0)
            {
                steps.Add(locator[start..i]);
                start = i + 1;
            }
        }

        steps.Add(locator[start..]);
        return steps;
    }
}
