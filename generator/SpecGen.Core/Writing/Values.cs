using System.Collections;
using System.Globalization;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace SpecGen.Core.Writing;

/// <summary>Writes the plain values the document model holds (examples, enum values, extensions) as JSON.</summary>
internal static class Values
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case JToken token:
                WriteToken(writer, token);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double or float:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteToken(Utf8JsonWriter writer, JToken token)
    {
        switch (token)
        {
            case JObject obj:
                writer.WriteStartObject();
                foreach (var property in obj.Properties())
                {
                    writer.WritePropertyName(property.Name);
                    WriteToken(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteToken(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JValue { Type: JTokenType.Integer } integer:
                if (integer.Value is System.Numerics.BigInteger big)
                {
                    writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    writer.WriteNumberValue(Convert.ToInt64(integer.Value, CultureInfo.InvariantCulture));
                }

                break;
            case JValue { Type: JTokenType.Float } real:
                if (real.Value is decimal d)
                {
                    writer.WriteNumberValue(d);
                }
                else
                {
                    writer.WriteNumberValue(Convert.ToDouble(real.Value, CultureInfo.InvariantCulture));
                }

                break;
            case JValue { Type: JTokenType.Boolean } flag:
                writer.WriteBooleanValue((bool)flag.Value!);
                break;
            case JValue { Type: JTokenType.Null or JTokenType.Undefined }:
                writer.WriteNullValue();
                break;
            case JValue other:
                writer.WriteStringValue(Convert.ToString(other.Value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
