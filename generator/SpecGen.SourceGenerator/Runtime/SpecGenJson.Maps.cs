namespace SpecGen.Runtime.Template;

internal static partial class SpecGenJson
{
    internal static global::System.Collections.Generic.Dictionary<string, T>? ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T?> readItem)
        where T : class
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
        {
            string key = reader.GetString() ?? string.Empty;
            reader.Read();
            global::System.Text.Json.JsonTokenType token = reader.TokenType;
            if (readItem(ref reader) is { } item)
            {
                map[key] = item;
            }
            else if (token != global::System.Text.Json.JsonTokenType.Null)
            {
                t_droppedItems++;
            }
        }

        return map;
    }

    internal static global::System.Collections.Generic.Dictionary<string, T>? ReadValueMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T?> readItem)
        where T : struct
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
        {
            string key = reader.GetString() ?? string.Empty;
            reader.Read();
            global::System.Text.Json.JsonTokenType token = reader.TokenType;
            if (readItem(ref reader) is { } item)
            {
                map[key] = item;
            }
            else if (token != global::System.Text.Json.JsonTokenType.Null)
            {
                t_droppedItems++;
            }
        }

        return map;
    }

    internal static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.Dictionary<string, T> map, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartObject();
        foreach (global::System.Collections.Generic.KeyValuePair<string, T> entry in map)
        {
            writer.WritePropertyName(entry.Key);
            writeItem(writer, entry.Value);
        }

        writer.WriteEndObject();
    }
}
