using System.Text.Encodings.Web;
using System.Text.Json;

namespace SpecGen.Diff;

/// <summary>Machine-readable output: summary counts, the suggested bump and every change, in report order.</summary>
public sealed class JsonReportFormatter : IReportFormatter
{
    public void Write(DiffResult result, string title, TextWriter output)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("title", title);
            writer.WriteString("old", result.OldName);
            writer.WriteString("new", result.NewName);
            writer.WriteString("suggestedBump", ReportText.Id(result.SuggestedBump));
            writer.WriteBoolean("breaking", result.HasBreakingChanges);
            writer.WriteStartObject("summary");
            foreach (var changeClass in ReportText.ClassOrder)
            {
                writer.WriteNumber(ReportText.Id(changeClass), result.Count(changeClass));
            }

            writer.WriteEndObject();
            writer.WriteStartArray("changes");
            foreach (var change in result.Changes)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", change.RuleId);
                writer.WriteString("class", ReportText.Id(change.Class));
                writer.WriteString("direction", ReportText.Id(change.Direction));
                WriteOptional(writer, "method", change.Method);
                WriteOptional(writer, "path", change.Path);
                writer.WriteString("location", change.Location);
                writer.WriteString("message", change.Message);
                WriteOptional(writer, "old", change.Old);
                WriteOptional(writer, "new", change.New);
                WriteOptional(writer, "oldLine", change.Source.Old);
                WriteOptional(writer, "newLine", change.Source.New);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteSurface(writer, result);
            writer.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>
    /// <c>surface</c>: null with --no-surface; else <c>breaksCompilation</c>, <c>summary</c> (a count per class),
    /// <c>findings</c> in report order (<c>rule</c>, <c>class</c>, <c>member</c>, <c>parameter</c>, <c>parameterName</c>,
    /// <c>message</c>, <c>old</c>, <c>new</c>, <c>spec</c>) and <c>runTimeBreaks</c> (the rule and location of each
    /// breaking wire change that leaves the C# API unchanged).
    /// </summary>
    private static void WriteSurface(Utf8JsonWriter writer, DiffResult result)
    {
        if (result.SurfaceFindings is not { } findings)
        {
            writer.WriteNull("surface");
            return;
        }

        writer.WriteStartObject("surface");
        writer.WriteBoolean("breaksCompilation", result.BreaksCompilation);
        writer.WriteStartObject("summary");
        foreach (var changeClass in ReportText.ClassOrder)
        {
            writer.WriteNumber(ReportText.Id(changeClass), result.CountSurface(changeClass));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", finding.RuleId);
            writer.WriteString("class", ReportText.Id(finding.Class));
            writer.WriteString("member", finding.Member);
            WriteOptional(writer, "parameter", finding.Parameter);
            WriteOptional(writer, "parameterName", finding.ParameterName);
            writer.WriteString("message", finding.Message);
            WriteOptional(writer, "old", finding.Old);
            WriteOptional(writer, "new", finding.New);
            WriteOptional(writer, "spec", finding.Spec);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("runTimeBreaks");
        foreach (var change in result.RunTimeBreaks)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", change.RuleId);
            writer.WriteString("location", change.Location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
