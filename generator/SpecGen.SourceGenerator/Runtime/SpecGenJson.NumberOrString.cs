namespace SpecGen.Runtime.Template;

internal static partial class SpecGenJson
{
    internal static NumberOrString? ReadNumberOrString(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.Number:
                return NumberOrString.FromJsonNumber(RawText(ref reader));
            case global::System.Text.Json.JsonTokenType.String:
                return NumberOrString.FromString(reader.GetString() ?? string.Empty);
            default:
                reader.Skip();
                return null;
        }
    }

    internal static void WriteNumberOrString(global::System.Text.Json.Utf8JsonWriter writer, NumberOrString value)
    {
        if (value.IsNumber)
        {
            writer.WriteRawValue(value.ToString(), skipInputValidation: false);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }
}
