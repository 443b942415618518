using SpecGen.Core.Diagnostics;
using System.Text;
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
        // Grouped first, merged once per group: merging variant by variant re-scanned the target's
        // growing rows and description each time (quadratic: 8,000 sections of one path took 26 s).
        var groups = new Dictionary<(string Method, string Path), Group>();
        var merged = new List<OperationDraft>();
        foreach (var operation in document.Operations)
        {
            var key = (operation.Method, operation.Path);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = new Group(operation);
                merged.Add(operation);
                continue;
            }

            diagnostics.Warn(operation.Line, DiagnosticCodes.DuplicateOperation,
                $"{operation.Method} {operation.Path} is documented again (first at line {group.Target.Line}); merged into it as variant '{operation.OperationId ?? operation.Summary}'");
            group.Variants.Add(operation);
        }

        foreach (var target in merged)
        {
            if (groups[(target.Method, target.Path)] is { Variants.Count: > 0 } group)
            {
                Merge(group);
            }
        }

        document.Operations.Clear();
        document.Operations.AddRange(merged);
    }

    private sealed class Group(OperationDraft target)
    {
        public OperationDraft Target { get; } = target;

        public List<OperationDraft> Variants { get; } = new();
    }

    private static void Merge(Group group)
    {
        var target = group.Target;
        target.Variants.Add(new OperationVariant(target.OperationId, target.Summary, target.Line, TopLevel(target)));
        var description = new StringBuilder(string.IsNullOrWhiteSpace(target.Description) ? string.Empty : target.Description);
        var tags = target.Tags.ToHashSet(StringComparer.Ordinal);
        var parameters = target.Parameters.Select(p => (p.In, p.Name)).ToHashSet();
        var body = new BodyMerge(target);
        foreach (var variant in group.Variants)
        {
            target.Variants.Add(new OperationVariant(variant.OperationId, variant.Summary, variant.Line, TopLevel(variant)));
            if (description.Length > 0)
            {
                description.Append("\n\n");
            }

            description.Append($"Also documented as “{variant.Summary}” ({variant.OperationId}).");
            foreach (var tag in variant.Tags.Where(tags.Add))
            {
                target.Tags.Add(tag);
            }

            foreach (var parameter in variant.Parameters.Where(p => parameters.Add((p.In, p.Name))))
            {
                target.Parameters.Add(parameter with { Required = false });
            }

            body.Add(variant);
            if (target.Responses.Count == 0)
            {
                target.Responses.AddRange(variant.Responses);
            }
        }

        target.Description = description.ToString();
    }

    /// <summary>
    /// Request bodies: the union of top-level properties in source order (with the rows below
    /// each), required only when every variant with a body requires it.
    /// </summary>
    private sealed class BodyMerge(OperationDraft target)
    {
        private HashSet<string>? _names;

        /// <summary>Top-level rows of the target body that are still required: name → their indexes in its rows.</summary>
        private Dictionary<string, List<int>>? _required;

        public void Add(OperationDraft variant)
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
            if (_names is null)
            {
                _names = TopLevel(target).ToHashSet(StringComparer.Ordinal);
                _required = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                for (var i = 0; i < into.Rows.Count; i++)
                {
                    if (into.Rows[i] is { Required: true } row && row.Depth == baseDepth)
                    {
                        (_required.TryGetValue(row.Name, out var indexes) ? indexes : _required[row.Name] = new List<int>()).Add(i);
                    }
                }
            }

            if (_required!.Count > 0)
            {
                var sourceRequired = source.Rows.Where(r => r.Depth == source.BaseDepth && r.Required == true).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var (name, indexes) in _required.Where(r => !sourceRequired.Contains(r.Key)).ToList())
                {
                    foreach (var i in indexes)
                    {
                        into.Rows[i] = into.Rows[i] with { Required = false };
                    }

                    _required.Remove(name);
                }
            }

            var copying = false;
            var added = new List<string>();
            foreach (var row in source.Rows)
            {
                if (row.Depth == source.BaseDepth)
                {
                    copying = !_names.Contains(row.Name);
                    if (copying)
                    {
                        into.Rows.Add(row with { Required = false, Depth = baseDepth });
                        if (!row.IsBranch)
                        {
                            added.Add(row.Name);
                        }
                    }

                    continue;
                }

                if (copying)
                {
                    into.Rows.Add(row with { Depth = row.Depth - source.BaseDepth + baseDepth });
                }
            }

            _names.UnionWith(added);
            target.Body.Required |= variant.Body.Required;
        }
    }

    private static IReadOnlyList<string> TopLevel(OperationDraft operation) =>
        operation.Body?.Schema is { } schema
            ? schema.Rows.Where(r => r.Depth == schema.BaseDepth && !r.IsBranch).Select(r => r.Name).ToList()
            : Array.Empty<string>();
}
