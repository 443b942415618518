namespace SpecGen.Diff;

/// <summary>Writes a <see cref="DiffResult"/> in one format. Output depends only on the result and title.</summary>
public interface IReportFormatter
{
    void Write(DiffResult result, string title, TextWriter output);
}

/// <summary>The formatter for each <see cref="ReportFormat"/>.</summary>
public static class ReportFormatters
{
    public static IReportFormatter For(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => new MarkdownReportFormatter(),
        ReportFormat.Json => new JsonReportFormatter(),
        _ => new TextReportFormatter(),
    };
}
