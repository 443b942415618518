namespace SpecGen.Runtime.Template;

internal static partial class SpecGenJson
{
    internal static string? ToText(long? value) => value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string? ToText(int? value) => value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string? ToText(ulong? value) => value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string? ToText(double? value)
    {
        if (value is not { } number)
        {
            return null;
        }

        // Integral codes (the common case: 0, 200, 1000) format like integers, fast and cached.
        return number == global::System.Math.Floor(number) && number is >= long.MinValue and <= long.MaxValue
            ? ((long)number).ToString(global::System.Globalization.CultureInfo.InvariantCulture)
            : number.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static string? ToText(bool? value) => value is null ? null : value.Value ? "true" : "false";

    internal static string? ToText(global::System.Text.Json.JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: global::System.Text.Json.JsonValueKind.String } element => element.GetString(),
        { ValueKind: global::System.Text.Json.JsonValueKind.Null or global::System.Text.Json.JsonValueKind.Undefined } => null,
        { } element => element.GetRawText(),
    };
}
