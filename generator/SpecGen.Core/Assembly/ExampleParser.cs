using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Assembly;

/// <summary>
/// Reads an example code block. JSON, and JSON5-ish text (comments, trailing commas), become values;
/// a double-encoded example (a JSON string holding JSON5) stays the string it is. Never throws.
/// </summary>
internal static class ExampleParser
{
    public static JToken? Parse(string? text, int line, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            var token = JToken.ReadFrom(reader, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Ignore });
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    diagnostics.Warn(line, DiagnosticCodes.InvalidExample, "example has text after its JSON value; kept the first value");
                    break;
                }
            }

            if (token.Type == JTokenType.String && LooksLikeJson(token.Value<string>()))
            {
                diagnostics.Warn(line, DiagnosticCodes.DoubleEncodedExample, "example is a JSON string holding JSON; kept it as the string it is");
            }

            return token;
        }
        catch (JsonException e)
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
