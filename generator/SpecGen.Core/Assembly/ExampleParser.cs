using System.Text.Json;
using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Assembly;

/// <summary>
/// Reads an example code block. JSON, with comments and trailing commas tolerated (JSON5-ish), becomes
/// a value; other JSON5 (single quotes, bare keys) is read leniently; a double-encoded example (a
/// JSON string holding JSON) stays the string it is. Never throws.
/// </summary>
internal static class ExampleParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    public static JsonElement? Parse(string? text, int line, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = ParseStrict(text) ?? ParseLenient(text, line, diagnostics);
        if (value is { ValueKind: JsonValueKind.String } element && LooksLikeJson(element.GetString()))
        {
            diagnostics.Warn(line, DiagnosticCodes.DoubleEncodedExample, "example is a JSON string holding JSON; kept it as the string it is");
        }

        return value;
    }

    private static JsonElement? ParseStrict(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Newtonsoft's reader accepts single quotes and bare keys; its first value is kept.</summary>
    private static JsonElement? ParseLenient(string text, int line, DiagnosticBag diagnostics)
    {
        try
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(text)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
            var token = Newtonsoft.Json.Linq.JToken.ReadFrom(reader, new Newtonsoft.Json.Linq.JsonLoadSettings { CommentHandling = Newtonsoft.Json.Linq.CommentHandling.Ignore });
            diagnostics.Warn(line, DiagnosticCodes.InvalidExample, "example is not strict JSON (JSON5 or trailing text); read it leniently");
            return ParseStrict(token.ToString(Newtonsoft.Json.Formatting.None));
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            diagnostics.Warn(line, DiagnosticCodes.InvalidExample, $"example is not valid JSON ({e.Message.Split('.')[0]}); not used");
            return null;
        }
    }

    private static bool LooksLikeJson(string? text)
    {
        var trimmed = text?.TrimStart();
        return trimmed is not null && (trimmed.StartsWith('{') || trimmed.StartsWith('['));
    }
}
