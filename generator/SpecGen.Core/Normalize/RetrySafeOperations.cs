using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Normalize;

/// <summary>
/// Marks the operations that <c>retrySafe</c> in the settings names (an operationId, or a prefix ending in
/// <c>*</c>) as safe to send twice. An entry that names no operation is reported, since a typo would
/// otherwise silently leave reads unretried.
/// </summary>
internal static class RetrySafeOperations
{
    public static void Apply(DocumentDraft document, ApiSettings settings, DiagnosticBag diagnostics)
    {
        if (settings.RetrySafe.Count == 0)
        {
            return;
        }

        var exact = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var entry in settings.RetrySafe)
        {
            if (entry.EndsWith('*'))
            {
                prefixes.Add(entry[..^1]);
            }
            else
            {
                exact.Add(entry);
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Operations)
        {
            if (operation.OperationId is not { } id)
            {
                continue;
            }

            if (exact.Contains(id))
            {
                operation.RetrySafe = true;
                used.Add(id);
            }

            foreach (var prefix in prefixes)
            {
                if (id.StartsWith(prefix, StringComparison.Ordinal))
                {
                    operation.RetrySafe = true;
                    used.Add(prefix + "*");
                }
            }
        }

        foreach (var entry in settings.RetrySafe)
        {
            if (!used.Contains(entry))
            {
                diagnostics.Warn(0, DiagnosticCodes.RetrySafeUnmatched, $"retrySafe entry '{entry}' names no operation");
            }
        }
    }
}
