using System.Text.Json;
using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Assembly;

/// <summary>
/// Reads an example code block into a JSON value. Strict JSON is read silently; JSONC (<c>//</c> and
/// <c>/* */</c> comments, trailing commas, common in Apifox docs) and JSON5 (single quotes, bare keys)
/// are read too, with a warning at the example's line saying the text was not strict JSON; a
/// double-encoded example (a JSON string holding JSON) stays the string it is. Never throws.
/// </summary>
internal static class ExampleParser
{
    private static readonly JsonDocumentOptions StrictOptions = new() { MaxDepth = 256 };

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

        var value = Parse(text, StrictOptions) ?? ParseJsonc(text, line, diagnostics) ?? ParseLenient(text, line, diagnostics);
        if (value is { ValueKind: JsonValueKind.String } element && LooksLikeJson(element.GetString()))
        {
            diagnostics.Warn(line, DiagnosticCodes.DoubleEncodedExample, "example is a JSON string holding JSON; kept it as the string it is");
        }

        return value;
    }

    /// <summary>
    /// The info strings of a fenced JSON example, case-insensitive: none, <c>json</c>, and the lenient
    /// kinds Apifox docs use for commented examples (<c>jsonc</c>, <c>json5</c>, <c>javascript</c>, <c>js</c>).
    /// </summary>
    public static bool IsJsonInfo(string? info) =>
        string.IsNullOrEmpty(info) || JsonInfos.Contains(info, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] JsonInfos = ["json", "jsonc", "json5", "javascript", "js"];

    /// <summary>
    /// True when <paramref name="text"/>, after whitespace and <c>//</c> or <c>/* */</c> comments,
    /// starts an object or array: a code block that may be a JSON or JSONC example.
    /// </summary>
    public static bool StartsLikeJson(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text.AsSpan(i).StartsWith("//"))
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end + 1;
            }
            else if (text.AsSpan(i).StartsWith("/*"))
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else
            {
                return text[i] is '{' or '[' && i + 1 < text.Length;
            }
        }

        return false;
    }

    private static JsonElement? ParseJsonc(string text, int line, DiagnosticBag diagnostics)
    {
        var value = Parse(text, Options);
        if (value is not null)
        {
            diagnostics.Warn(line, DiagnosticCodes.InvalidExample, "example is not strict JSON (JSONC: comments or trailing commas); read it as JSON without them");
        }

        return value;
    }

    private static JsonElement? Parse(string text, JsonDocumentOptions options)
    {
        try
        {
            using var document = JsonDocument.Parse(text, options);
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
            if (Parse(token.ToString(Newtonsoft.Json.Formatting.None), StrictOptions) is { } value)
            {
                diagnostics.Warn(line, DiagnosticCodes.InvalidExample, "example is not strict JSON (JSON5: single quotes, bare keys, or trailing text); read it leniently");
                return value;
            }

            diagnostics.Warn(line, DiagnosticCodes.InvalidExample, "example is not valid JSON (a JSON5 value JSON cannot hold, such as NaN or Infinity); not used");
            return null;
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
