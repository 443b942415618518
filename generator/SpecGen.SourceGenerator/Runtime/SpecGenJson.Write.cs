namespace SpecGen.Runtime.Template;

internal static partial class SpecGenJson
{
    internal static void WriteString(global::System.Text.Json.Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    // Property writers with one signature each (cheap for the compiler to bind in every model).
    internal static void WritePropertyName(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name) => writer.WritePropertyName(name);

    internal static void WriteNullProperty(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name) => writer.WriteNull(name);

    // A model's scalar properties, one line each: an unset (null) value is left out, or written as null when the
    // property is required.
    internal static void WriteStringProperty(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, string? value, bool required)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
        else if (required)
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteInt64Property(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, long? value, bool required)
    {
        if (value is not null)
        {
            writer.WriteNumber(name, value.Value);
        }
        else if (required)
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteUInt64Property(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, ulong? value, bool required)
    {
        if (value is not null)
        {
            writer.WriteNumber(name, value.Value);
        }
        else if (required)
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteBooleanProperty(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, bool? value, bool required)
    {
        if (value is not null)
        {
            writer.WriteBoolean(name, value.Value);
        }
        else if (required)
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteInt32(global::System.Text.Json.Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    internal static void WriteInt64(global::System.Text.Json.Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    internal static void WriteUInt64(global::System.Text.Json.Utf8JsonWriter writer, ulong value) => writer.WriteNumberValue(value);

    internal static void WriteBoolean(global::System.Text.Json.Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    internal static void WriteElement(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonElement value) => value.WriteTo(writer);

    /// <summary>Writes a finite double as a number; NaN and infinities (not valid JSON numbers) as strings.</summary>
    internal static void WriteDouble(global::System.Text.Json.Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    internal static string ToJsonString<T>(T value, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
    {
        var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return global::System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
