namespace SpecGen.Cli.Releasing;

/// <summary>A release step that failed; the message says which and why (one or a few lines, no stack trace).</summary>
public sealed class ReleaseException(string message) : Exception(message)
{
    /// <summary>The diagnostic code of release errors.</summary>
    public const string Code = "SG0009";
}
