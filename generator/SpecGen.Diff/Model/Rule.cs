namespace SpecGen.Diff;

/// <summary>One diff rule: a stable id (used in reports and CI), the class every change it reports has, and what it detects.</summary>
public sealed record Rule(string Id, ChangeClass Class, string Description);
