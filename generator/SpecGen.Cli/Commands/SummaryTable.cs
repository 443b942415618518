using System.Globalization;

namespace SpecGen.Cli.Commands;

internal sealed record SummaryRow(string Api, string Dialect, int Operations, int Schemas, int Warnings, int Errors, string Status, TimeSpan Elapsed);

/// <summary>The table <c>generate</c> prints after converting: one row per API.</summary>
internal static class SummaryTable
{
    private static readonly string[] Headers = { "API", "dialect", "operations", "schemas", "warnings", "errors", "ms", "status" };

    public static void Write(TextWriter writer, IReadOnlyList<SummaryRow> rows)
    {
        var cells = rows.Select(r => new[]
        {
            r.Api, r.Dialect, Number(r.Operations), Number(r.Schemas), Number(r.Warnings), Number(r.Errors),
            Number((int)r.Elapsed.TotalMilliseconds), r.Status,
        }).ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        writer.WriteLine();
        writer.WriteLine(Line(Headers, widths));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            writer.WriteLine(Line(row, widths));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i is >= 2 and <= 6 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
}
