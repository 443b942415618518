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
            writer.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
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
