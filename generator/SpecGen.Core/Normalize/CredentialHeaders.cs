using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Normalize;

/// <summary>
/// A documented credential header becomes an apiKey security scheme required by that operation.
/// <c>Authorization</c> always does (OpenAPI ignores header parameters of that name); others when
/// the settings list them (<c>credentialHeaders</c>, e.g. Maxim's <c>access-token</c>).
/// </summary>
internal static class CredentialHeaders
{
    public static void Apply(DocumentDraft document, ApiSettings settings, DiagnosticBag diagnostics)
    {
        var credentials = new HashSet<string>(settings.CredentialHeaders, StringComparer.OrdinalIgnoreCase) { "Authorization" };
        foreach (var operation in document.Operations)
        {
            foreach (var header in operation.Parameters.Where(p => p.In == "header" && credentials.Contains(p.Name)).ToList())
            {
                operation.Parameters.Remove(header);
                if (!document.SecuritySchemes.Exists(s => s.Name == header.Name))
                {
                    document.SecuritySchemes.Add(new SecuritySchemeDraft(header.Name, "apiKey", "header", header.Name, null, header.Description));
                    diagnostics.Warn(header.Line, DiagnosticCodes.HeaderBecameSecurity,
                        $"credential header '{header.Name}' became the apiKey security scheme '{header.Name}'");
                }

                operation.Security ??= new List<string>();
                if (!operation.Security.Contains(header.Name))
                {
                    operation.Security.Add(header.Name);
                }
            }
        }
    }
}
