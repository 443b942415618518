using NSwag;
using SpecGen.Core.Drafts;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Assembly;

/// <summary>Security schemes: those the doc declares or that its credential headers became, plus those the settings add.</summary>
internal static class Security
{
    public static void Apply(OpenApiDocument document, DocumentDraft draft, ApiSettings settings)
    {
        foreach (var scheme in draft.SecuritySchemes)
        {
            document.SecurityDefinitions[scheme.Name] = ToScheme(scheme.Type, scheme.In, scheme.HeaderName, scheme.Scheme, scheme.Description);
        }

        if (settings.AddSecurity.Count == 0)
        {
            return;
        }

        var requirement = new OpenApiSecurityRequirement();
        foreach (var (name, scheme) in settings.AddSecurity.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            document.SecurityDefinitions[name] = ToScheme(scheme.Type, scheme.In, scheme.Name, scheme.Scheme, scheme.Description);
            requirement[name] = Array.Empty<string>();
        }

        document.Security = new List<OpenApiSecurityRequirement> { requirement };
    }

    private static OpenApiSecurityScheme ToScheme(string type, string? location, string? name, string? scheme, string? description) =>
        type.Equals("http", StringComparison.OrdinalIgnoreCase)
            ? new OpenApiSecurityScheme { Type = OpenApiSecuritySchemeType.Http, Scheme = scheme ?? "bearer", Description = description }
            : new OpenApiSecurityScheme
            {
                Type = OpenApiSecuritySchemeType.ApiKey,
                In = location?.ToLowerInvariant() switch
                {
                    "query" => OpenApiSecurityApiKeyLocation.Query,
                    "cookie" => OpenApiSecurityApiKeyLocation.Cookie,
                    _ => OpenApiSecurityApiKeyLocation.Header,
                },
                Name = name,
                Description = description,
            };
}
