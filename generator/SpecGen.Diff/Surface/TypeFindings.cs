using System.Text.RegularExpressions;

namespace SpecGen.Diff.Surface;

/// <summary>
/// Types removed, added, renamed or of another kind. A removed type and an added one are a rename when the wire
/// diff reports their component schemas renamed, or else when they have the same kind and the same members (types
/// named after other renamed types read alike); matches are one to one, in name order.
/// </summary>
internal static class TypeFindings
{
    /// <summary>Reports type-level findings and returns the pairs of types whose members are to be compared.</summary>
    public static List<(SurfaceType Old, SurfaceType New)> Match(
        SurfaceModel oldSurface, SurfaceModel newSurface, IReadOnlyList<Change> wireChanges, List<SurfaceFinding> findings)
    {
        var pairs = new List<(SurfaceType Old, SurfaceType New)>();
        var removed = new SortedDictionary<string, SurfaceType>(StringComparer.Ordinal);
        foreach (var (name, oldType) in oldSurface.Types)
        {
            if (newSurface.Types.TryGetValue(name, out var newType))
            {
                pairs.Add((oldType, newType));
                if (oldType.Kind != newType.Kind)
                {
                    findings.Add(new SurfaceFinding(SurfaceRules.TypeKindChanged, name, $"{name} changed from a {oldType.Kind} to a {newType.Kind}", oldType.Kind, newType.Kind, Spec: newType.Spec));
                }
            }
            else
            {
                removed[name] = oldType;
            }
        }

        var added = new SortedDictionary<string, SurfaceType>(StringComparer.Ordinal);
        foreach (var (name, newType) in newSurface.Types)
        {
            if (!oldSurface.Types.ContainsKey(name))
            {
                added[name] = newType;
            }
        }

        var renames = WireRenames(removed, added, wireChanges);
        while (StructuralRenames(removed, added, renames).ToList() is { Count: > 0 } found)
        {
            foreach (var (oldName, newName) in found)
            {
                renames[oldName] = newName;
            }
        }

        Nested(removed, added, renames);
        foreach (var (oldName, newName) in renames.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var oldType = removed[oldName];
            var newType = added[newName];
            removed.Remove(oldName);
            added.Remove(newName);
            findings.Add(new SurfaceFinding(SurfaceRules.TypeRenamed, oldName, $"{oldType.Kind} {oldName} was renamed to {newName}", oldName, newName, Spec: SpecOf(oldType, newType)));
            pairs.Add((oldType, newType));
        }

        foreach (var (name, type) in removed)
        {
            findings.Add(new SurfaceFinding(SurfaceRules.TypeRemoved, name, $"{type.Kind} {name} was removed", name, Spec: type.Spec));
        }

        foreach (var (name, type) in added)
        {
            findings.Add(new SurfaceFinding(SurfaceRules.TypeAdded, name, $"{type.Kind} {name} was added", New: name, Spec: type.Spec));
        }

        return pairs;
    }

    private static string? SpecOf(SurfaceType oldType, SurfaceType newType) =>
        oldType.Spec is { } old && newType.Spec is { } current && old != current ? $"{old} → {current}" : newType.Spec ?? oldType.Spec;

    /// <summary>Types generated from the schemas of a <c>component-schema-renamed</c> change (nested types follow their parent).</summary>
    private static Dictionary<string, string> WireRenames(
        SortedDictionary<string, SurfaceType> removed, SortedDictionary<string, SurfaceType> added, IReadOnlyList<Change> wireChanges)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var change in wireChanges.Where(c => c.Rule == Rules.ComponentSchemaRenamed))
        {
            var oldType = removed.Values.FirstOrDefault(t => t.Spec == "components.schemas." + change.Old);
            var newType = added.Values.FirstOrDefault(t => t.Spec == "components.schemas." + change.New);
            if (oldType is null || newType is null || renames.ContainsKey(oldType.Name) || renames.ContainsValue(newType.Name))
            {
                continue;
            }

            renames[oldType.Name] = newType.Name;
        }

        return renames;
    }

    /// <summary>Nested types follow their renamed parent: <c>User.SpecGenConverter</c> → <c>UserDetail.SpecGenConverter</c>.</summary>
    private static void Nested(SortedDictionary<string, SurfaceType> removed, SortedDictionary<string, SurfaceType> added, Dictionary<string, string> renames)
    {
        foreach (var (oldName, newName) in renames.Where(r => !r.Key.Contains('.')).ToList())
        {
            foreach (var nested in removed.Keys.Where(k => k.StartsWith(oldName + ".", StringComparison.Ordinal)))
            {
                var counterpart = newName + nested[oldName.Length..];
                if (added.ContainsKey(counterpart) && !renames.ContainsValue(counterpart))
                {
                    renames[nested] = counterpart;
                }
            }
        }
    }

    /// <summary>
    /// Top-level removed and added types, not yet matched, with the same kind and members once the type's own name and
    /// the types already found renamed are read alike (so models renamed together match in a second round).
    /// </summary>
    private static IEnumerable<(string Old, string New)> StructuralRenames(
        SortedDictionary<string, SurfaceType> removed, SortedDictionary<string, SurfaceType> added, Dictionary<string, string> known)
    {
        var byShape = new Dictionary<string, Queue<string>>(StringComparer.Ordinal);
        foreach (var (name, type) in added)
        {
            if (known.ContainsValue(name) || name.Contains('.'))
            {
                continue;
            }

            var shape = Shape(type, name, []);
            if (!byShape.TryGetValue(shape, out var queue))
            {
                byShape[shape] = queue = new Queue<string>();
            }

            queue.Enqueue(name);
        }

        foreach (var (name, type) in removed)
        {
            if (known.ContainsKey(name) || name.Contains('.') || type.Members.Count == 0)
            {
                continue;
            }

            if (byShape.TryGetValue(Shape(type, name, known), out var candidates) && candidates.Count > 0)
            {
                yield return (name, candidates.Dequeue());
            }
        }
    }

    /// <summary>Kind and member signatures, with the type's own name read as <c>$self</c> and renamed types by their new names.</summary>
    private static string Shape(SurfaceType type, string name, Dictionary<string, string> renames)
    {
        string Self(string text)
        {
            if (!text.Contains(name, StringComparison.Ordinal) && renames.Count == 0)
            {
                return text;
            }

            return Regex.Replace(text, @"[\p{L}\p{N}_]+", m => m.Value == name ? "$self" : renames.GetValueOrDefault(m.Value) ?? m.Value);
        }

        var members = type.Members
            .Select(m => $"{m.Kind} {(m.Kind == SurfaceMemberKind.Constructor ? ".ctor" : Self(m.Name))} {Self(m.Type)} ({string.Join(",", m.Parameters.Select(p => Self(p.Type) + " " + p.Name))}) {m.IsStatic} {m.IsRequired} {m.HasSetter}")
            .Order(StringComparer.Ordinal);
        return type.Kind + "\n" + string.Join("\n", members);
    }
}
