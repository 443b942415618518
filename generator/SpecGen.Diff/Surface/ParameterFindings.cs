namespace SpecGen.Diff.Surface;

/// <summary>
/// The parameters of a method present in both SDKs, matched by name: changed types, modifiers and defaults,
/// parameters added or removed, renamed (same position and type, another name) and moved (the common parameters in
/// another order, or pushed back by a parameter inserted before them). Positions are 1-based, as in the report.
/// </summary>
internal static class ParameterFindings
{
    public static void Compare(string member, IReadOnlyList<SurfaceParameter> oldParameters, IReadOnlyList<SurfaceParameter> newParameters, string? spec, List<SurfaceFinding> findings)
    {
        var oldIndex = Index(oldParameters);
        var newIndex = Index(newParameters);
        var renamedTo = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(oldParameters.Count, newParameters.Count); i++)
        {
            var (oldParameter, newParameter) = (oldParameters[i], newParameters[i]);
            if (!newIndex.ContainsKey(oldParameter.Name) && !oldIndex.ContainsKey(newParameter.Name) && oldParameter.PlainType == newParameter.PlainType)
            {
                renamedTo[oldParameter.Name] = newParameter.Name;
                findings.Add(new SurfaceFinding(SurfaceRules.ParameterRenamed, member,
                    $"parameter {i + 1} '{oldParameter.Name}' was renamed to '{newParameter.Name}'", oldParameter.Name, newParameter.Name, i + 1, oldParameter.Name, spec));
            }
        }

        foreach (var (oldParameter, i) in oldParameters.Select((p, i) => (p, i)))
        {
            var newName = renamedTo.GetValueOrDefault(oldParameter.Name) ?? oldParameter.Name;
            if (!newIndex.TryGetValue(newName, out var j))
            {
                findings.Add(new SurfaceFinding(SurfaceRules.ParameterRemoved, member,
                    $"parameter {i + 1} '{oldParameter.Name}' ({oldParameter.Type}) was removed", Describe(oldParameter), null, i + 1, oldParameter.Name, spec));
                continue;
            }

            CompareSame(member, oldParameter, newParameters[j], i + 1, spec, findings);
        }

        var common = oldParameters.Select(p => renamedTo.GetValueOrDefault(p.Name) ?? p.Name).Where(newIndex.ContainsKey).ToList();
        var commonInNewOrder = common.OrderBy(name => newIndex[name]).ToList();
        foreach (var (newParameter, j) in newParameters.Select((p, j) => (p, j)))
        {
            if (common.Contains(newParameter.Name))
            {
                continue;
            }

            findings.Add(newParameter.IsOptional
                ? new SurfaceFinding(SurfaceRules.OptionalParameterAdded, member, $"optional parameter {j + 1} '{newParameter.Name}' ({newParameter.Type}) was added", null, Describe(newParameter), j + 1, newParameter.Name, spec)
                : new SurfaceFinding(SurfaceRules.ParameterAdded, member, $"required parameter {j + 1} '{newParameter.Name}' ({newParameter.Type}) was added", null, Describe(newParameter), j + 1, newParameter.Name, spec));
        }

        for (var k = 0; k < common.Count; k++)
        {
            var name = common[k];
            var j = newIndex[name];
            var insertedBefore = newParameters.Take(j).Any(p => !common.Contains(p.Name));
            if (commonInNewOrder[k] == name && !insertedBefore)
            {
                continue;
            }

            var i = oldParameters.Select((p, index) => (p, index)).First(x => (renamedTo.GetValueOrDefault(x.p.Name) ?? x.p.Name) == name).index;
            findings.Add(new SurfaceFinding(SurfaceRules.ParameterMoved, member,
                $"parameter {i + 1} '{name}' is now parameter {j + 1}", $"{i + 1}", $"{j + 1}", i + 1, name, spec));
        }
    }

    private static void CompareSame(string member, SurfaceParameter oldParameter, SurfaceParameter newParameter, int position, string? spec, List<SurfaceFinding> findings)
    {
        var name = newParameter.Name;
        if (oldParameter.Type != newParameter.Type)
        {
            var rule = oldParameter.PlainType != newParameter.PlainType ? SurfaceRules.ParameterTypeChanged : SurfaceRules.NullabilityChanged;
            findings.Add(new SurfaceFinding(rule, member, $"the type of parameter {position} '{name}' changed from {oldParameter.Type} to {newParameter.Type}",
                oldParameter.Type, newParameter.Type, position, name, spec));
        }

        if (oldParameter.RefKind != newParameter.RefKind)
        {
            findings.Add(new SurfaceFinding(SurfaceRules.ParameterModifierChanged, member, $"the modifier of parameter {position} '{name}' changed",
                Modifier(oldParameter), Modifier(newParameter), position, name, spec));
        }

        if (oldParameter.IsOptional != newParameter.IsOptional)
        {
            findings.Add(newParameter.IsOptional
                ? new SurfaceFinding(SurfaceRules.ParameterBecameOptional, member, $"parameter {position} '{name}' became optional", "required", "optional", position, name, spec)
                : new SurfaceFinding(SurfaceRules.ParameterBecameRequired, member, $"parameter {position} '{name}' became required", "optional", "required", position, name, spec));
        }
    }

    private static Dictionary<string, int> Index(IReadOnlyList<SurfaceParameter> parameters)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            index[parameters[i].Name] = i;
        }

        return index;
    }

    private static string Modifier(SurfaceParameter parameter) => parameter.RefKind.Length == 0 ? "(none)" : parameter.RefKind;

    private static string Describe(SurfaceParameter parameter) => $"{parameter.Type} {parameter.Name}{(parameter.IsOptional ? " = …" : string.Empty)}";
}
