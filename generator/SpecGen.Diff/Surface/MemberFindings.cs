namespace SpecGen.Diff.Surface;

/// <summary>
/// Members of a type present in both SDKs: removed, added, static or not, and their types, <c>required</c> and
/// setters. Members are matched by name; overloads of a method by their parameter types first, and a single
/// remaining overload on each side is compared as the same method (its parameters in <see cref="ParameterFindings"/>).
/// </summary>
internal static class MemberFindings
{
    public static void Compare(SurfaceType oldType, SurfaceType newType, List<SurfaceFinding> findings)
    {
        var isInterface = newType.Kind == "interface";
        var oldByName = oldType.Members.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var newByName = newType.Members.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (var (name, oldMembers) in oldByName)
        {
            var newMembers = newByName.GetValueOrDefault(name) ?? [];
            var remainingOld = oldMembers.Where(o => !newMembers.Any(n => SameSignature(o, n))).ToList();
            var remainingNew = newMembers.Where(n => !oldMembers.Any(o => SameSignature(o, n))).ToList();
            foreach (var oldMember in oldMembers.Where(o => !remainingOld.Contains(o)))
            {
                CompareSame(newType.Name, oldMember, newMembers.First(n => SameSignature(oldMember, n)), findings);
            }

            if (remainingOld.Count == 1 && remainingNew.Count == 1 && remainingOld[0].Kind == remainingNew[0].Kind)
            {
                CompareSame(newType.Name, remainingOld[0], remainingNew[0], findings);
                continue;
            }

            foreach (var oldMember in remainingOld)
            {
                findings.Add(new SurfaceFinding(SurfaceRules.MemberRemoved, MemberName(newType.Name, oldMember),
                    $"{Describe(oldMember)} was removed", Display(oldMember), Spec: oldMember.Spec));
            }

            foreach (var newMember in remainingNew)
            {
                Added(newType.Name, newMember, isInterface, findings);
            }
        }

        foreach (var (name, newMembers) in newByName)
        {
            if (!oldByName.ContainsKey(name))
            {
                foreach (var newMember in newMembers)
                {
                    Added(newType.Name, newMember, isInterface, findings);
                }
            }
        }
    }

    /// <summary>e.g. <c>INapCatClient.SendGroupMsgAsync</c>, <c>User.Name</c>, <c>User..ctor</c>.</summary>
    public static string MemberName(string typeName, SurfaceMember member) => $"{typeName}.{member.Name}";

    private static void Added(string typeName, SurfaceMember member, bool isInterface, List<SurfaceFinding> findings) =>
        findings.Add(new SurfaceFinding(isInterface ? SurfaceRules.InterfaceMemberAdded : SurfaceRules.MemberAdded, MemberName(typeName, member),
            $"{Describe(member)} was added", New: Display(member), Spec: member.Spec));

    private static bool SameSignature(SurfaceMember a, SurfaceMember b) =>
        a.Kind == b.Kind && a.Signature == b.Signature
        && a.Parameters.Select(p => p.PlainType).SequenceEqual(b.Parameters.Select(p => p.PlainType));

    private static void CompareSame(string typeName, SurfaceMember oldMember, SurfaceMember newMember, List<SurfaceFinding> findings)
    {
        var name = MemberName(typeName, newMember);
        var spec = newMember.Spec ?? oldMember.Spec;
        if (oldMember.IsStatic != newMember.IsStatic)
        {
            findings.Add(new SurfaceFinding(SurfaceRules.MemberStaticChanged, name,
                $"{Describe(newMember)} became {(newMember.IsStatic ? "static" : "an instance member")}", Static(oldMember), Static(newMember), Spec: spec));
        }

        if (oldMember.Type != newMember.Type)
        {
            var typeRule = oldMember.PlainType != newMember.PlainType
                ? newMember.Kind == SurfaceMemberKind.Method ? SurfaceRules.ReturnTypeChanged : SurfaceRules.MemberTypeChanged
                : SurfaceRules.NullabilityChanged;
            var what = newMember.Kind == SurfaceMemberKind.Method ? "return type" : "type";
            findings.Add(new SurfaceFinding(typeRule, name, $"the {what} of {Describe(newMember)} changed from {oldMember.Type} to {newMember.Type}",
                oldMember.Type, newMember.Type, Spec: spec));
        }

        if (oldMember.IsRequired != newMember.IsRequired)
        {
            findings.Add(newMember.IsRequired
                ? new SurfaceFinding(SurfaceRules.PropertyBecameRequired, name, $"{Describe(newMember)} became required", "optional", "required", Spec: spec)
                : new SurfaceFinding(SurfaceRules.PropertyNoLongerRequired, name, $"{Describe(newMember)} is no longer required", "required", "optional", Spec: spec));
        }

        if (oldMember.Kind is SurfaceMemberKind.Property or SurfaceMemberKind.Field && oldMember.HasSetter != newMember.HasSetter)
        {
            findings.Add(newMember.HasSetter
                ? new SurfaceFinding(SurfaceRules.SetterAdded, name, $"{Describe(newMember)} gained a public setter", "get", "get; set", Spec: spec)
                : new SurfaceFinding(SurfaceRules.SetterRemoved, name, $"{Describe(newMember)} lost its public setter", "get; set", "get", Spec: spec));
        }

        ParameterFindings.Compare(name, oldMember.Parameters, newMember.Parameters, spec, findings);
    }

    private static string Static(SurfaceMember member) => member.IsStatic ? "static" : "instance";

    private static string Describe(SurfaceMember member) => member.Kind switch
    {
        SurfaceMemberKind.Constructor => "a constructor",
        SurfaceMemberKind.Method => $"method {member.Name}",
        SurfaceMemberKind.Property => $"property {member.Name}",
        SurfaceMemberKind.Field => $"field {member.Name}",
        _ => $"event {member.Name}",
    };

    /// <summary>A member as a signature line: <c>Task&lt;User&gt; GetUserAsync(string userId, CancellationToken cancellationToken = default)</c>.</summary>
    public static string Display(SurfaceMember member)
    {
        var parameters = string.Join(", ", member.Parameters.Select(p => $"{(p.RefKind.Length > 0 ? p.RefKind + " " : string.Empty)}{p.Type} {p.Name}{(p.IsOptional ? " = …" : string.Empty)}"));
        return member.Kind switch
        {
            SurfaceMemberKind.Constructor => $"({parameters})",
            SurfaceMemberKind.Method => $"{member.Type} {member.Name}({parameters})",
            _ => $"{member.Type} {member.Name}",
        };
    }
}
