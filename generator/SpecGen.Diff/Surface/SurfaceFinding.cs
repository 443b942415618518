namespace SpecGen.Diff.Surface;

/// <summary>One difference between the public APIs of the SDKs generated from two specs.</summary>
/// <param name="Rule">The surface rule (<see cref="SurfaceRules"/>); decides <see cref="Class"/>.</param>
/// <param name="Member">The C# type or member as callers name it: <c>User</c>, <c>INapCatClient.SendGroupMsgAsync</c>, <c>User.Name</c>.</param>
/// <param name="Message">What changed, in a sentence.</param>
/// <param name="Old">The old signature, type or name, when there is one.</param>
/// <param name="New">The new one, when there is one.</param>
/// <param name="Parameter">For parameter findings, the parameter's 1-based position (in the old method, or the new one for an added parameter).</param>
/// <param name="ParameterName">For parameter findings, the parameter's name.</param>
/// <param name="Spec">The spec element behind it (<c>POST /send_group_msg</c>, <c>components.schemas.User.name</c>), when known.</param>
public sealed record SurfaceFinding(
    Rule Rule,
    string Member,
    string Message,
    string? Old = null,
    string? New = null,
    int? Parameter = null,
    string? ParameterName = null,
    string? Spec = null)
{
    public string RuleId => Rule.Id;

    public ChangeClass Class => Rule.Class;
}

/// <summary>Report order: class (breaking first), member, parameter position, rule, values.</summary>
public sealed class SurfaceFindingOrder : IComparer<SurfaceFinding>
{
    public static readonly SurfaceFindingOrder Instance = new();

    public int Compare(SurfaceFinding? x, SurfaceFinding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = x.Class.CompareTo(y.Class);
        order = order != 0 ? order : string.CompareOrdinal(x.Member, y.Member);
        order = order != 0 ? order : Nullable.Compare(x.Parameter, y.Parameter);
        order = order != 0 ? order : string.CompareOrdinal(x.RuleId, y.RuleId);
        order = order != 0 ? order : string.CompareOrdinal(x.Old, y.Old);
        order = order != 0 ? order : string.CompareOrdinal(x.New, y.New);
        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    }
}
