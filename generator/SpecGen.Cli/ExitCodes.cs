namespace SpecGen.Cli;

/// <summary>The exit codes every <c>specgen</c> command shares.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The input could not be processed (or, for <c>diff</c>, breaking changes were found).</summary>
    public const int Failure = 1;
    public const int Usage = 2;
}
