namespace SpecGen.Core.Diagnostics;

/// <summary>A compiler-style message about the input: <c>file:line: warning SG1001: message</c>.</summary>
public sealed record Diagnostic(string File, int Line, DiagnosticSeverity Severity, string Code, string Message)
{
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var location = Line > 0 ? $"{File}:{Line}" : File;
        return $"{location}: {severity} {Code}: {Message}";
    }
}
