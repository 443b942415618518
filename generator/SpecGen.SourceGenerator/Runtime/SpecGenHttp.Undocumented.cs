namespace SpecGen.Runtime.Template;

internal static partial class SpecGenHttp
{
    /// <summary>A body the spec does not describe: its JSON, or (not JSON) its text as a JSON string; null when empty.</summary>
    internal static global::System.Text.Json.JsonElement? ReadUndocumented(SpecGenResponse response)
    {
        if (response.Body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = global::System.Text.Json.JsonDocument.Parse(response.Body);
            return document.RootElement.Clone();
        }
        catch (global::System.Text.Json.JsonException)
        {
            var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(response.Body.Length + 2);
            using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
            {
                writer.WriteStringValue(ReadText(response));
            }

            using var text = global::System.Text.Json.JsonDocument.Parse(buffer.WrittenMemory);
            return text.RootElement.Clone();
        }
    }
}
