namespace SpecGen.Diff;

/// <summary>An operation's identity: upper-case method and path, e.g. <c>POST /user/login</c>.</summary>
internal readonly record struct OperationRef(string Method, string Path)
{
    public override string ToString() => $"{Method} {Path}";
}
