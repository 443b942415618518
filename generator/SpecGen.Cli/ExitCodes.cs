namespace SpecGen.Cli;

/// <summary>The exit codes every <c>specgen</c> command shares.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;
    /// <summary>The input could not be processed (or, for <c>diff</c>, breaking changes were found).</summary>
    public const int Failure = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
