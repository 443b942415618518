using System.Globalization;

namespace SpecGen.Cli.Commands;

internal sealed record SummaryRow(string Api, string Dialect, int Operations, int Schemas, int Warnings, int Errors, string Status, TimeSpan Elapsed);

/// <summary>The table <c>generate</c> prints after converting: one row per API.</summary>
internal static class SummaryTable
{
    private static readonly string[] Headers = { "API", "dialect", "operations", "schemas", "warnings", "errors", "ms", "status" };

    public static void Write(TextWriter writer, IReadOnlyList<SummaryRow> rows)
    {
        var cells = rows.Select(r => (IReadOnlyList<string>)new[]
        {
            r.Api, r.Dialect, Number(r.Operations), Number(r.Schemas), Number(r.Warnings), Number(r.Errors),
            Number((int)r.Elapsed.TotalMilliseconds), r.Status,
        }).ToList();
        TextTable.Write(writer, Headers, cells, rightAligned: new[] { 2, 3, 4, 5, 6 });
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
