using SpecGen.Core.Drafts;
using SpecGen.Core.Model;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Assembly;

/// <summary>Security schemes: those the doc declares or that its credential headers became, plus those the settings add.</summary>
internal static class Security
{
    public static void Apply(SpecDocument document, DocumentDraft draft, ApiSettings settings)
    {
        foreach (var scheme in draft.SecuritySchemes)
        {
            document.SecuritySchemes[scheme.Name] = ToScheme(scheme.Type, scheme.In, scheme.HeaderName, scheme.Scheme, scheme.Description);
        }

        if (settings.AddSecurity.Count == 0)
        {
            return;
        }

        var requirement = new List<string>();
        foreach (var (name, scheme) in settings.AddSecurity.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            document.SecuritySchemes[name] = ToScheme(scheme.Type, scheme.In, scheme.Name, scheme.Scheme, scheme.Description);
            requirement.Add(name);
        }

        document.Security = requirement;
    }

    private static SpecSecurityScheme ToScheme(string? type, string? location, string? name, string? scheme, string? description) =>
        "http".Equals(type, StringComparison.OrdinalIgnoreCase)
            ? new SpecSecurityScheme(IsHttp: true, scheme ?? "bearer", Name: null, In: "header", description)
            : new SpecSecurityScheme(IsHttp: false, Scheme: null, name, ApiKeyLocation(location), description);

    private static string ApiKeyLocation(string? location) => location?.ToLowerInvariant() switch
    {
        "query" => "query",
        "cookie" => "cookie",
        _ => "header",
    };
}
