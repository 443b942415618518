using System.Text;
using System.Text.Json;

namespace SpecGen.Core.Settings;

/// <summary>
/// Checks what deserialization lets through: <c>null</c> where a list, map, entry or string is
/// required, and security schemes OpenAPI can't express. Each problem is one
/// <see cref="SettingsException"/> naming the settings file's line.
/// </summary>
internal static class SettingsValidator
{
    public static void Validate(ApiSettings settings, string json, string fileName)
    {
        void Fail(string message, params string[] path) =>
            throw new SettingsException($"{fileName}:{LineOf(json, path)}: error SG3006: invalid settings: {message}");

        if (settings.CredentialHeaders is null)
        {
            Fail("\"credentialHeaders\" is null; give a list of header names", "credentialHeaders");
        }
        else if (settings.CredentialHeaders.Any(string.IsNullOrWhiteSpace))
        {
            Fail("\"credentialHeaders\" holds an empty or null header name", "credentialHeaders");
        }

        if (settings.RetrySafe is null)
        {
            Fail("\"retrySafe\" is null; give a list of operationIds (a trailing * matches a prefix)", "retrySafe");
        }
        else if (settings.RetrySafe.Any(p => string.IsNullOrWhiteSpace(p) || p == "*"))
        {
            Fail("\"retrySafe\" holds an empty, null or bare '*' entry; name operationIds or prefixes such as get_*", "retrySafe");
        }

        if (settings.AddSecurity is null)
        {
            Fail("\"addSecurity\" is null; give an object of security schemes", "addSecurity");
        }
        else
        {
            foreach (var (name, scheme) in settings.AddSecurity)
            {
                ValidateScheme(name, scheme, Fail);
            }
        }

        ValidateSource(settings.Source, json, Fail);
        CheckMap(settings.OperationIds, "operationIds", "an operationId", Fail);
        CheckMap(settings.SchemaNames, "schemaNames", "a component key", Fail);
        if (settings.FixedValues is null)
        {
            Fail("\"fixedValues\" is null; give an object of component key → { member: value }", "fixedValues");
        }
        else
        {
            foreach (var (key, values) in settings.FixedValues)
            {
                if (values is null)
                {
                    Fail($"\"fixedValues.{key}\" is null; give an object of member → value", "fixedValues", key);
                }
                else
                {
                    CheckMap(values, "fixedValues." + key, "a value", Fail);
                }
            }
        }

        if (settings.Envelope is { } envelope)
        {
            if (string.IsNullOrWhiteSpace(envelope.Code))
            {
                Fail("\"envelope.code\" must name the business code property", "envelope", "code");
            }

            if (envelope.Success is null)
            {
                Fail("\"envelope.success\" is null; give the list of success codes (may be empty)", "envelope", "success");
            }
            else if (envelope.Success.Any(s => s is null))
            {
                Fail("\"envelope.success\" holds null; success codes are strings", "envelope", "success");
            }
        }
    }

    private static void ValidateScheme(string name, SecuritySchemeSettings? scheme, Action<string, string[]> fail)
    {
        if (scheme is null)
        {
            fail($"security scheme \"{name}\" is null", new[] { "addSecurity", name });
            return;
        }

        switch (scheme.Type?.ToLowerInvariant())
        {
            case null:
                fail($"security scheme \"{name}\" has no \"type\"; use apiKey or http", new[] { "addSecurity", name, "type" });
                break;
            case "http":
                if (scheme.Scheme is not null && scheme.Scheme.ToLowerInvariant() is not ("bearer" or "basic"))
                {
                    fail($"security scheme \"{name}\": unknown http scheme '{scheme.Scheme}'; use bearer or basic", new[] { "addSecurity", name, "scheme" });
                }

                break;
            case "apikey":
                if (string.IsNullOrWhiteSpace(scheme.Name))
                {
                    fail($"security scheme \"{name}\" is an apiKey without \"name\" (the header, query or cookie name)", new[] { "addSecurity", name });
                }

                if (scheme.In is not null && scheme.In.ToLowerInvariant() is not ("header" or "query" or "cookie"))
                {
                    fail($"security scheme \"{name}\": unknown \"in\" '{scheme.In}'; use header, query or cookie", new[] { "addSecurity", name, "in" });
                }

                break;
            default:
                fail($"security scheme \"{name}\" has unknown type '{scheme.Type}'; use apiKey or http", new[] { "addSecurity", name, "type" });
                break;
        }
    }

    private static void ValidateSource(SourceSettings? source, string json, Action<string, string[]> fail)
    {
        if (source is null)
        {
            if (IsNull(json, "source"))
            {
                fail("\"source\" is null; give { \"url\": …, \"kind\": \"markdown\" | \"apifox\" | \"path\" } or leave it out", new[] { "source" });
            }

            return;
        }

        if (!SourceSettings.TryParseKind(source.Kind, out var kind))
        {
            fail(source.Kind is null
                ? "\"source\" has no \"kind\"; use markdown, apifox or path"
                : $"\"source.kind\" '{source.Kind}' is unknown; use markdown, apifox or path", new[] { "source", "kind" });
        }

        if (string.IsNullOrWhiteSpace(source.Url))
        {
            fail("\"source\" has no \"url\" (the doc's URL, the Apifox site's URL, or a local path)", new[] { "source", "url" });
        }
        else if (kind != SourceKind.Path && !SourceSettings.IsHttpUrl(source.Url))
        {
            fail($"\"source.url\" '{source.Url}' is not an absolute http or https URL", new[] { "source", "url" });
        }
    }

    /// <summary>Whether the top-level property <paramref name="key"/> is written as <c>null</c> (deserialization can't tell it from absent).</summary>
    private static bool IsNull(string json, string key)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.EnumerateObject().Any(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.Null);
    }

    private static void CheckMap(IReadOnlyDictionary<string, string>? map, string key, string what, Action<string, string[]> fail)
    {
        if (map is null)
        {
            fail($"\"{key}\" is null; give an object", new[] { key });
            return;
        }

        foreach (var (name, value) in map)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                fail($"\"{key}\" maps '{name}' to null or nothing; give {what}", new[] { key, name });
            }
        }
    }

    /// <summary>The 1-based line of the property at <paramref name="path"/> (the deepest one found), 1 when none is.</summary>
    internal static int LineOf(string json, IReadOnlyList<string> path)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var names = new List<string?>();
        string? pending = null;
        var best = (Matched: 0, Offset: 0L);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString();
                        var depth = names.Count - 1;
                        if (depth >= 0 && depth < path.Count && Prefix(names, path, depth) && string.Equals(pending, path[depth], StringComparison.OrdinalIgnoreCase) && depth + 1 > best.Matched)
                        {
                            best = (depth + 1, reader.TokenStartIndex);
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        names.Add(pending);
                        pending = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        names.RemoveAt(names.Count - 1);
                        break;
                    default:
                        pending = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
        }

        var line = 1;
        for (var i = 0; i < best.Offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>Whether the open containers below the root (whose name is null) are the first <paramref name="depth"/> names of the path.</summary>
    private static bool Prefix(List<string?> names, IReadOnlyList<string> path, int depth)
    {
        for (var i = 1; i <= depth; i++)
        {
            if (!string.Equals(names[i], path[i - 1], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
