using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Naming;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Normalize;

/// <summary>
/// Every operation gets a unique ASCII operationId: the settings' choice, else the documented one
/// (kept verbatim when it is ASCII), else one derived from the path (<c>/send_group_msg</c> →
/// <c>send_group_msg</c>), prefixed with the method when the path has several methods.
/// </summary>
internal static class OperationIds
{
    public static void Apply(DocumentDraft document, ApiSettings settings, DiagnosticBag diagnostics)
    {
        var methodsPerPath = document.Operations.GroupBy(o => o.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Operations)
        {
            var key = $"{operation.Method} {operation.Path}";
            var documented = operation.OperationId;
            string candidate;
            if (settings.OperationIds.TryGetValue(key, out var configured))
            {
                candidate = configured;
            }
            else if (documented is { Length: > 0 } && AsciiNames.IsComponentKey(documented))
            {
                candidate = documented;
            }
            else
            {
                candidate = Derive(operation, methodsPerPath[operation.Path] > 1);
                if (documented is { Length: > 0 })
                {
                    diagnostics.Warn(operation.Line, DiagnosticCodes.DerivedOperationId, $"operationId '{documented}' is not ASCII; used '{candidate}'");
                }
            }

            var unique = AsciiNames.Unique(candidate, taken, "_");
            if (unique != candidate)
            {
                diagnostics.Warn(operation.Line, DiagnosticCodes.DuplicateOperationId, $"operationId '{candidate}' is already used; used '{unique}'");
            }

            operation.OperationId = unique;
        }
    }

    private static string Derive(OperationDraft operation, bool prefixMethod)
    {
        var name = AsciiNames.Snake(operation.Path);
        if (name.Length == 0)
        {
            name = "root";
        }

        return prefixMethod || char.IsDigit(name[0]) ? $"{operation.Method.ToLowerInvariant()}_{name}" : name;
    }
}
