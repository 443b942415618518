namespace SpecGen.Diff;

/// <summary>The output formats of <c>specgen diff</c>.</summary>
public enum ReportFormat
{
    Text,
    Markdown,
    Json,
}
