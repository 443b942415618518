namespace SpecGen.Core.Diagnostics;

public enum DiagnosticSeverity
{
    /// <summary>Something was guessed or skipped; the output is still usable.</summary>
    Warning,

    /// <summary>Part of the input could not be converted.</summary>
    Error,
}
