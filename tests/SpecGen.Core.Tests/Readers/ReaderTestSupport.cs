using System.Text.Json.Nodes;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers;
using SpecGen.Core.Settings;
using SpecGen.Core.Tests.Support;

namespace SpecGen.Core.Tests.Readers;

/// <summary>Runs one reader on an inline snippet, or converts a snippet, for the dialect reader tests.</summary>
internal static class ReaderTestSupport
{
    public static (DocumentDraft Draft, IReadOnlyList<Diagnostic> Diagnostics) Read(IDialectReader reader, string markdown)
    {
        var diagnostics = new DiagnosticBag("x.md");
        var document = MdDocument.Parse(markdown, diagnostics);
        var draft = reader.Read(document, diagnostics);
        return (draft, diagnostics.Items);
    }

    public static int Detect(IDialectReader reader, string markdown) =>
        reader.Score(MdDocument.Parse(markdown, new DiagnosticBag("x.md"))).Operations;

    public static (JsonObject Json, ConversionResult Result) Convert(string markdown, ApiSettings? settings = null)
    {
        var result = SpecConverter.Convert(markdown, "x.md", settings);
        return (JsonNode.Parse(result.Json)!.AsObject(), result);
    }

    public static JsonNode Operation(JsonObject document, string method, string path) =>
        document["paths"]![path]![method.ToLowerInvariant()]!;

    public static JsonNode BodySchema(JsonObject document, string method, string path, string media = "application/json") =>
        Operation(document, method, path)["requestBody"]!["content"]![media]!["schema"]!;

    public static JsonNode? ResponseSchema(JsonObject document, string method, string path, string status = "200") =>
        Operation(document, method, path)["responses"]![status]!["content"]?["application/json"]?["schema"];

    public static IReadOnlyList<string> Keys(JsonNode? node) => node is JsonObject obj ? obj.Select(p => p.Key).ToList() : Array.Empty<string>();

    public static IReadOnlyList<string> Strings(JsonNode? node) => node is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToList() : Array.Empty<string>();

    public static string Source(string api) => File.ReadAllText(Path.Combine(Repository.Specs, api, "source.md"));

    /// <summary>Every markdown doc in the repository's specs and round-trip fixtures, by a short name.</summary>
    public static IEnumerable<(string Name, string Text)> AllDocs()
    {
        foreach (var folder in Directory.GetDirectories(Repository.Specs).OrderBy(f => f, StringComparer.Ordinal))
        {
            var source = Path.Combine(folder, "source.md");
            if (File.Exists(source))
            {
                yield return ("specs/" + Path.GetFileName(folder), File.ReadAllText(source));
            }
        }

        var fixtures = Repository.Fixture("RoundTrip");
        if (!Directory.Exists(fixtures))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(fixtures, "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return (Path.GetRelativePath(fixtures, file).Replace('\\', '/'), File.ReadAllText(file));
        }
    }
}
