using System.Text;
using System.Text.Json;
using Microsoft.OpenApi;

namespace SpecGen.Core.Tests.Support;

/// <summary>What an independent reader (Microsoft.OpenApi, its reader and default rule set) says about a written spec.</summary>
internal static class OpenApiCheck
{
    /// <summary>Every read error and validation error, as <c>pointer: message</c>; empty for a valid spec.</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        var result = OpenApiDocument.Parse(json, "json");
        var errors = result.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}").ToList() ?? new List<string>();
        if (result.Document is null)
        {
            errors.Add("no document");
            return errors;
        }

        var validation = result.Document.Validate(ValidationRuleSet.GetDefaultRuleSet());
        errors.AddRange(validation?.Select(e => $"{e.Pointer}: {e.Message}") ?? Enumerable.Empty<string>());
        return errors;
    }

    /// <summary>How many containers deep the JSON nests.</summary>
    public static int JsonDepth(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 100_000 });
        var deepest = 0;
        while (reader.Read())
        {
            deepest = Math.Max(deepest, reader.CurrentDepth + (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0));
        }

        return deepest;
    }
}
