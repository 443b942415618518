namespace SpecGen.Diff;

/// <summary>One difference between two OpenAPI documents.</summary>
/// <param name="Rule">The rule that detected it; decides <see cref="Class"/>.</param>
/// <param name="Direction">Request, response or neither.</param>
/// <param name="Method">Upper-case HTTP method of the operation concerned, or null for document-level changes.</param>
/// <param name="Path">Path of the operation concerned, or null for document-level changes.</param>
/// <param name="Location">Where, e.g. <c>POST /user/login request body .device.name</c>.</param>
/// <param name="Message">What changed, in a sentence.</param>
/// <param name="Old">The old value, when there is one to show.</param>
/// <param name="New">The new value, when there is one to show.</param>
public sealed record Change(
    Rule Rule,
    Direction Direction,
    string? Method,
    string? Path,
    string Location,
    string Message,
    string? Old = null,
    string? New = null)
{
    /// <summary>
    /// The doc lines (<c>x-specgen-source</c>) of the operation or component concerned, in the old and the new
    /// document; null where there is none (a removed operation has no new line).
    /// </summary>
    public SourceLines Source { get; init; }

    public string RuleId => Rule.Id;

    public ChangeClass Class => Rule.Class;
}

/// <summary>The <c>x-specgen-source</c> doc lines of what a change concerns, in the old and the new document.</summary>
public readonly record struct SourceLines(int? Old, int? New)
{
    public bool IsEmpty => Old is null && New is null;
}
