using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;

namespace SpecGen.Core.Normalize;

/// <summary>
/// OpenAPI allows one operation per method+path. Later sections with the same method+path merge
/// into the first: its operationId and summary stay; request properties are the union in source
/// order, required only when every variant requires them; each later variant is kept as an alias.
/// </summary>
internal static class DuplicateOperations
{
    public static void Apply(DocumentDraft document, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, OperationDraft>(StringComparer.Ordinal);
        var merged = new List<OperationDraft>();
        foreach (var operation in document.Operations)
        {
            var key = $"{operation.Method} {operation.Path}";
            if (!first.TryGetValue(key, out var target))
            {
                first[key] = operation;
                merged.Add(operation);
                continue;
            }

            diagnostics.Warn(operation.Line, DiagnosticCodes.DuplicateOperation,
                $"{key} is documented again (first at line {target.Line}); merged into it as variant '{operation.OperationId ?? operation.Summary}'");
            Merge(target, operation);
        }

        document.Operations.Clear();
        document.Operations.AddRange(merged);
    }

    private static void Merge(OperationDraft target, OperationDraft variant)
    {
        if (target.Variants.Count == 0)
        {
            target.Variants.Add(new OperationVariant(target.OperationId, target.Summary, target.Line, TopLevel(target)));
        }

        target.Variants.Add(new OperationVariant(variant.OperationId, variant.Summary, variant.Line, TopLevel(variant)));
        var note = $"Also documented as “{variant.Summary}” ({variant.OperationId}).";
        target.Description = string.IsNullOrWhiteSpace(target.Description) ? note : target.Description + "\n\n" + note;
        foreach (var tag in variant.Tags.Where(t => !target.Tags.Contains(t)))
        {
            target.Tags.Add(tag);
        }

        foreach (var parameter in variant.Parameters.Where(p => !target.Parameters.Exists(t => t.In == p.In && t.Name == p.Name)))
        {
            target.Parameters.Add(parameter with { Required = false });
        }

        MergeBodies(target, variant);
        if (target.Responses.Count == 0)
        {
            target.Responses.AddRange(variant.Responses);
        }
    }

    private static void MergeBodies(OperationDraft target, OperationDraft variant)
    {
        if (variant.Body?.Schema is not { } source)
        {
            return;
        }

        if (target.Body?.Schema is not { } into)
        {
            target.Body = variant.Body;
            return;
        }

        var baseDepth = into.BaseDepth;
        var targetNames = TopLevel(target).ToHashSet(StringComparer.Ordinal);
        var sourceRequired = source.Rows.Where(r => r.Depth == source.BaseDepth && r.Required == true).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < into.Rows.Count; i++)
        {
            var row = into.Rows[i];
            if (row.Depth == baseDepth && row.Required == true && !sourceRequired.Contains(row.Name))
            {
                into.Rows[i] = row with { Required = false };
            }
        }

        var copying = false;
        foreach (var row in source.Rows)
        {
            if (row.Depth == source.BaseDepth)
            {
                copying = !targetNames.Contains(row.Name);
                if (copying)
                {
                    into.Rows.Add(row with { Required = false, Depth = baseDepth });
                }

                continue;
            }

            if (copying)
            {
                into.Rows.Add(row with { Depth = row.Depth - source.BaseDepth + baseDepth });
            }
        }

        target.Body.Required |= variant.Body.Required;
    }

    private static IReadOnlyList<string> TopLevel(OperationDraft operation) =>
        operation.Body?.Schema is { } schema
            ? schema.Rows.Where(r => r.Depth == schema.BaseDepth && !r.IsBranch).Select(r => r.Name).ToList()
            : Array.Empty<string>();
}
