using System.Text.Json;
using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// What swagger2markup appends to a property's description cell, <c>&lt;br&gt;</c>-separated:
/// <c>**Default** : `0`</c>, <c>**Example** : `"doggie"`</c> (<c>**样例**</c>), and validators
/// (<c>**Length** : `0 - 255`</c>, <c>**Pattern**</c>, <c>**Minimum value**</c>, …) which a schema
/// here cannot hold: those are reported and dropped.
/// </summary>
internal static partial class FieldText
{
    private static readonly string[] DefaultLabels = ["Default", "默认值", "默认列"];
    private static readonly string[] ExampleLabels = ["Example", "样例", "例子"];

    /// <summary>The validator labels of every swagger2markup version, English and Chinese.</summary>
    private static readonly string[] ValidatorLabels =
    [
        "Length", "Minimum length", "Maximal length", "Pattern", "Minimum value", "Minimum value (exclusive)", "Maximum value",
        "Maximum value (exclusive)", "Min count", "Max count", "Read-only", "Read-write",
        "长度", "最小长度", "最大长度", "模式", "最小值", "最小值(不包括)", "最大值", "最大值(不包括)", "最少的數量", "最大計數", "只读", "读写",
    ];

    /// <summary>The row with its description split into description, default and example.</summary>
    public static FieldRow Clean(FieldRow row, DiagnosticBag diagnostics)
    {
        row = row with { Description = Markup.TrimBreaks(row.Description) };
        var parts = row.Description is { } text ? Part().Matches(text).Where(m => IsKnown(m.Groups["label"].Value.Trim())).ToList() : [];
        if (parts.Count == 0)
        {
            return row with { Default = Literal(row.Default) };
        }

        var description = Markup.TrimBreaks(row.Description![..parts[0].Index]) ?? string.Empty;
        var defaultValue = Literal(row.Default);
        string? example = null;
        var dropped = new List<string>();
        foreach (var part in parts)
        {
            var label = part.Groups["label"].Value.Trim();
            var value = part.Groups["value"].Value;
            if (Labels.Is(label, DefaultLabels))
            {
                defaultValue ??= Literal(value);
            }
            else if (Labels.Is(label, ExampleLabels))
            {
                // Generated examples of a ref property are the link itself ("[user](#user)"): no example.
                example = Literal(value) is { } literal && !literal.Contains("](#", StringComparison.Ordinal) ? literal : null;
            }
            else
            {
                dropped.Add($"{label} {Literal(value)}");
            }
        }

        if (dropped.Count > 0)
        {
            diagnostics.Warn(row.Line, DiagnosticCodes.UnknownType, $"'{row.Name}': {string.Join(", ", dropped)} not kept (the schema model has no validation keywords)");
        }

        return row with { Description = description.Length == 0 ? null : description, Default = defaultValue, Example = example };
    }

    private static bool IsKnown(string label) => Labels.Is(label, DefaultLabels) || Labels.Is(label, ExampleLabels) || Labels.Is(label, ValidatorLabels);

    /// <summary>A cell value without backticks; a JSON string loses its quotes; <c>--</c> and empty are null.</summary>
    public static string? Literal(string? cell)
    {
        var text = cell?.Trim().Trim('`').Trim();
        if (string.IsNullOrEmpty(text) || text == "--")
        {
            return null;
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            try
            {
                return JsonSerializer.Deserialize<string>(text) ?? text;
            }
            catch (JsonException)
            {
                return text[1..^1];
            }
        }

        return text;
    }

    [GeneratedRegex(@"\*\*(?<label>[^*]+?)\*\*\s*:\s*(?<value>`[^`]*`|\S+)")]
    private static partial Regex Part();
}
