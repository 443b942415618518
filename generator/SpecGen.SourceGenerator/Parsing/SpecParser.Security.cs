using System;
using System.Collections.Generic;
using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Parsing;

// Security schemes (document + SpecGenAuth extras) and per-operation requirements.
internal sealed partial class SpecParser
{
    private NameScope? _optionMembers;

    private Dictionary<string, SecuritySchemeSpec> ParseSecuritySchemes(out List<string> extraSchemes)
    {
        _optionMembers = new NameScope();
        foreach (string reserved in new[] { "BaseAddress", "MaxErrorBodyLength", "SpecGenHttp", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize" })
        {
            _optionMembers.Add(reserved);
        }

        var schemes = new Dictionary<string, SecuritySchemeSpec>(StringComparer.Ordinal);
        JsonNode? section = _isSwagger2 ? _root.Get("securityDefinitions") : _root.Get("components")?.Get("securitySchemes");
        if (section is { IsObject: true })
        {
            foreach (KeyValuePair<string, JsonNode> entry in section.Properties)
            {
                JsonNode? node = Deref(entry.Value);
                if (node is null || !node.IsObject)
                {
                    continue;
                }

                SecuritySchemeSpec? scheme = ParseScheme(entry.Key, node);
                if (scheme is not null)
                {
                    schemes[entry.Key] = scheme;
                }
            }
        }

        extraSchemes = new List<string>();
        if (_input.Auth is not null)
        {
            foreach (string rawEntry in _input.Auth.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string entry = rawEntry.Trim();
                string? key = AddExtraScheme(entry, schemes);
                if (key is null)
                {
                    Report(DiagnosticDescriptors.InvalidSetting, _root, "SpecGenAuth entry '" + entry + "' is not 'bearer', 'basic', 'header:<name>' or 'query:<name>'");
                }
                else if (!extraSchemes.Contains(key))
                {
                    extraSchemes.Add(key);
                }
            }
        }

        return schemes;
    }

    private SecuritySchemeSpec? ParseScheme(string key, JsonNode node)
    {
        string? type = node.GetString("type");
        string? description = NonEmpty(node.GetString("description"));
        switch (type)
        {
            case "apiKey":
            {
                string? name = node.GetString("name");
                SecuritySchemeKind? kind = node.GetString("in") switch
                {
                    "header" => SecuritySchemeKind.ApiKeyHeader,
                    "query" => SecuritySchemeKind.ApiKeyQuery,
                    "cookie" => SecuritySchemeKind.ApiKeyCookie,
                    _ => null,
                };
                if (name is null || kind is null)
                {
                    Report(DiagnosticDescriptors.InvalidDocument, node, "apiKey security scheme '" + key + "' needs 'name' and 'in' (header, query or cookie)");
                    return null;
                }

                return new SecuritySchemeSpec(key, kind.Value, name, _optionMembers!.Reserve(Identifiers.ToPascalCase(name, "ApiKey")), null, description);
            }

            case "http" when string.Equals(node.GetString("scheme"), "bearer", StringComparison.OrdinalIgnoreCase):
            case "oauth2":
            case "openIdConnect":
                return new SecuritySchemeSpec(key, SecuritySchemeKind.Bearer, "Authorization", _optionMembers!.Reserve(TokenPropertyName(key)), null, description);
            case "http" when string.Equals(node.GetString("scheme"), "basic", StringComparison.OrdinalIgnoreCase):
            case "basic":
            {
                string baseName = Identifiers.ToPascalCase(key, "Basic");
                return new SecuritySchemeSpec(key, SecuritySchemeKind.Basic, "Authorization", _optionMembers!.Reserve(baseName + "UserName"), _optionMembers.Reserve(baseName + "Password"), description);
            }

            default:
                Report(DiagnosticDescriptors.Unsupported, node, "security scheme '" + key + "' of type '" + (type ?? "?") + "' is not supported; it is not applied");
                return null;
        }
    }

    private static string TokenPropertyName(string key)
    {
        string baseName = Identifiers.ToPascalCase(key, "Bearer");
        return baseName.EndsWith("Token", StringComparison.Ordinal) ? baseName : baseName + "Token";
    }

    private string? AddExtraScheme(string entry, Dictionary<string, SecuritySchemeSpec> schemes)
    {
        string lower = entry.ToLowerInvariant();
        SecuritySchemeKind kind;
        string parameter;
        if (lower == "bearer")
        {
            kind = SecuritySchemeKind.Bearer;
            parameter = "Authorization";
        }
        else if (lower == "basic")
        {
            kind = SecuritySchemeKind.Basic;
            parameter = "Authorization";
        }
        else if (lower.StartsWith("header:", StringComparison.Ordinal) && entry.Length > 7)
        {
            kind = SecuritySchemeKind.ApiKeyHeader;
            parameter = entry.Substring(7).Trim();
        }
        else if (lower.StartsWith("query:", StringComparison.Ordinal) && entry.Length > 6)
        {
            kind = SecuritySchemeKind.ApiKeyQuery;
            parameter = entry.Substring(6).Trim();
        }
        else
        {
            return null;
        }

        foreach (SecuritySchemeSpec existing in schemes.Values)
        {
            bool sameTarget = kind is SecuritySchemeKind.Bearer or SecuritySchemeKind.Basic || string.Equals(existing.ParameterName, parameter, StringComparison.OrdinalIgnoreCase);
            if (existing.Kind == kind && sameTarget)
            {
                return existing.Key;
            }
        }

        string key = "specgen:" + lower;
        SecuritySchemeSpec scheme = kind switch
        {
            SecuritySchemeKind.Bearer => new SecuritySchemeSpec(key, kind, parameter, _optionMembers!.Reserve("BearerToken"), null, "Sent as 'Authorization: Bearer <token>' (added by the SpecGenAuth setting)."),
            SecuritySchemeKind.Basic => new SecuritySchemeSpec(key, kind, parameter, _optionMembers!.Reserve("UserName"), _optionMembers.Reserve("Password"), "HTTP basic authentication (added by the SpecGenAuth setting)."),
            _ => new SecuritySchemeSpec(key, kind, parameter, _optionMembers!.Reserve(Identifiers.ToPascalCase(parameter, "ApiKey")), null, "Added by the SpecGenAuth setting."),
        };
        schemes[key] = scheme;
        return key;
    }

    private EquatableArray<SecurityAlternative> ParseOperationSecurity(JsonNode operation, Dictionary<string, SecuritySchemeSpec> schemes, List<string> extraSchemes)
    {
        JsonNode? own = operation.Get("security");
        JsonNode? requirements = own ?? _root.Get("security");
        var alternatives = new List<SecurityAlternative>();
        if (requirements is { IsArray: true })
        {
            foreach (JsonNode requirement in requirements.Items)
            {
                if (!requirement.IsObject || requirement.Properties.Count == 0)
                {
                    continue;
                }

                var keys = new List<string>();
                bool known = true;
                foreach (KeyValuePair<string, JsonNode> entry in requirement.Properties)
                {
                    if (!schemes.ContainsKey(entry.Key))
                    {
                        Report(DiagnosticDescriptors.InvalidDocument, requirement, "security requirement names unknown or unsupported scheme '" + entry.Key + "'");
                        known = false;
                        break;
                    }

                    keys.Add(entry.Key);
                }

                if (known)
                {
                    AddAlternative(alternatives, keys);
                }
            }
        }

        bool explicitlyAnonymous = own is { IsArray: true } && own.Items.Count == 0;
        if (!explicitlyAnonymous)
        {
            foreach (string extra in extraSchemes)
            {
                AddAlternative(alternatives, new List<string> { extra });
            }
        }

        return alternatives.ToEquatableArray();
    }

    private static void AddAlternative(List<SecurityAlternative> alternatives, List<string> keys)
    {
        var alternative = new SecurityAlternative(keys.ToEquatableArray());
        if (!alternatives.Contains(alternative))
        {
            alternatives.Add(alternative);
        }
    }
}
