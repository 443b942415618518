using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpecGen.Core.Settings;

namespace SpecGen.Cli.Fetching;

/// <summary>What was fetched for one URL: its validators for the next conditional GET, and its size and hash.</summary>
/// <param name="Url">The URL as requested (before redirects).</param>
/// <param name="ETag">The response's ETag, as sent (with its quotes), or null.</param>
/// <param name="LastModified">The response's Last-Modified (RFC 1123), or null.</param>
/// <param name="Size">The body's length in bytes.</param>
/// <param name="Sha256">The body's SHA-256, lowercase hex.</param>
internal sealed record LockEntry(string Url, string? ETag, string? LastModified, long Size, string Sha256);

/// <summary>
/// <c>specs/&lt;api&gt;/source.lock.json</c>: what <c>specgen fetch</c> assembled <c>source.md</c> from. Written with
/// sorted keys, two-space indents and <c>\n</c>, and no timestamps of its own, so nothing changes when nothing did.
/// The entries keep the fetch order: for an Apifox site the index first, then its pages in index order.
/// </summary>
/// <param name="Kind">The source kind (markdown, apifox, path).</param>
/// <param name="Url">The source URL or path, as in the settings.</param>
/// <param name="Size">The length of the assembled <c>source.md</c>.</param>
/// <param name="Sha256">The SHA-256 of the assembled <c>source.md</c>.</param>
/// <param name="Entries">One per URL fetched.</param>
internal sealed record SourceLock(string Kind, string Url, long Size, string Sha256, IReadOnlyList<LockEntry> Entries)
{
    public const string FileName = "source.lock.json";

    public LockEntry? Entry(Uri url) => Entries.FirstOrDefault(e => e.Url == url.AbsoluteUri);

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public byte[] ToUtf8Json()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("entries");
            writer.WriteStartArray();
            foreach (var entry in Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("etag", entry.ETag);
                writer.WriteString("lastModified", entry.LastModified);
                writer.WriteString("sha256", entry.Sha256);
                writer.WriteNumber("size", entry.Size);
                writer.WriteString("url", entry.Url);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("kind", Kind);
            writer.WriteString("sha256", Sha256);
            writer.WriteNumber("size", Size);
            writer.WriteString("url", Url);
            writer.WriteEndObject();
        }

        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    /// <summary>The lock at <paramref name="path"/>; null when there is none, or (with a warning) when it can't be read, so everything is fetched afresh.</summary>
    public static SourceLock? Read(string path, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var entries = root.GetProperty("entries").EnumerateArray().Select(e => new LockEntry(
                Text(e, "url"), OptionalText(e, "etag"), OptionalText(e, "lastModified"), e.GetProperty("size").GetInt64(), Text(e, "sha256"))).ToList();
            var kind = Text(root, "kind");
            if (kind != "path" && entries.FirstOrDefault(e => !SourceSettings.IsHttpUrl(e.Url)) is { } bad)
            {
                throw new FormatException($"entry url '{bad.Url}' is not an http or https URL");
            }

            return new SourceLock(kind, Text(root, "url"), root.GetProperty("size").GetInt64(), Text(root, "sha256"), entries);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException)
        {
            stderr.WriteLine($"{path}: warning SG0007: unreadable lock ({e.Message.ReplaceLineEndings(" ")}); fetching without conditions");
            return null;
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new InvalidOperationException($"\"{name}\" is null");

    private static string? OptionalText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;
}
