namespace SpecGen.Runtime.Template;

internal static partial class SpecGenJson
{
    internal static global::System.Collections.Generic.List<T>? ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T?> readItem)
        where T : class
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var list = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            global::System.Text.Json.JsonTokenType token = reader.TokenType;
            if (readItem(ref reader) is { } item)
            {
                list.Add(item);
            }
            else if (token != global::System.Text.Json.JsonTokenType.Null)
            {
                t_droppedItems++;
            }
        }

        return list;
    }

    internal static global::System.Collections.Generic.List<T>? ReadValueList<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T?> readItem)
        where T : struct
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var list = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            global::System.Text.Json.JsonTokenType token = reader.TokenType;
            if (readItem(ref reader) is { } item)
            {
                list.Add(item);
            }
            else if (token != global::System.Text.Json.JsonTokenType.Null)
            {
                t_droppedItems++;
            }
        }

        return list;
    }

    internal static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.List<T> list, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartArray();
        foreach (T item in list)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }
}
