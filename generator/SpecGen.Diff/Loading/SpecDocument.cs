using System.Text.Json;

namespace SpecGen.Diff;

/// <summary>A parsed OpenAPI 3.x document, with local <c>$ref</c> resolution.</summary>
public sealed class SpecDocument
{
    private const int MaxRefChain = 32;

    private SpecDocument(string name, string text, JsonElement root)
    {
        Name = name;
        Text = text;
        Root = root;
    }

    /// <summary>The name used in messages, usually the file name.</summary>
    public string Name { get; }

    public JsonElement Root { get; }

    /// <summary>The document's text, as read (the C# surface diff generates the SDK from it).</summary>
    public string Text { get; }

    /// <summary>Parses and validates <paramref name="json"/>; <paramref name="name"/> appears in every error message.</summary>
    /// <exception cref="DiffInputException">Not JSON, or not an OpenAPI 3.x document.</exception>
    public static SpecDocument Parse(string json, string name)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                MaxDepth = 512,
            });
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new DiffInputException($"{name}: not valid JSON: {ex.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DiffInputException($"{name}: not an OpenAPI document (the top level is a JSON {Json.KindName(root.ValueKind)}, not an object)");
        }

        if (Json.String(root, "swagger") is { } swagger)
        {
            throw new DiffInputException($"{name}: Swagger {swagger} documents are not supported; convert it to OpenAPI 3.x first");
        }

        var version = Json.String(root, "openapi")
            ?? throw new DiffInputException($"{name}: not an OpenAPI document (no \"openapi\" version field)");
        if (!version.StartsWith("3.", StringComparison.Ordinal))
        {
            throw new DiffInputException($"{name}: OpenAPI version '{version}' is not supported (expected 3.x)");
        }

        if (root.TryGetProperty("paths", out var paths) && paths.ValueKind != JsonValueKind.Object)
        {
            throw new DiffInputException($"{name}: \"paths\" must be an object, found a JSON {Json.KindName(paths.ValueKind)}");
        }

        return new SpecDocument(name, json, root);
    }

    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    /// <exception cref="DiffInputException">Missing or unreadable file, not JSON, or not OpenAPI 3.x.</exception>
    public static SpecDocument Load(string path)
    {
        if (Directory.Exists(path))
        {
            throw new DiffInputException($"{path}: is a directory, expected an OpenAPI JSON file");
        }

        if (!File.Exists(path))
        {
            throw new DiffInputException($"{path}: file not found");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DiffInputException($"{path}: cannot be read: {ex.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>
    /// Follows <c>$ref</c>s from <paramref name="element"/> until a non-reference object. Returns the target and the
    /// last reference followed (null when <paramref name="element"/> was not a reference). A reference that cannot
    /// be resolved (external, dangling or cyclic) is returned as is, with <c>Unresolved</c> set.
    /// </summary>
    public Resolved Resolve(JsonElement element)
    {
        string? lastRef = null;
        var current = element;
        for (var i = 0; i < MaxRefChain; i++)
        {
            if (current.ValueKind != JsonValueKind.Object || Json.String(current, "$ref") is not { } reference)
            {
                return new Resolved(current, lastRef, Unresolved: false);
            }

            if (Pointer(reference) is not { } target)
            {
                return new Resolved(current, reference, Unresolved: true);
            }

            lastRef = reference;
            current = target;
        }

        return new Resolved(current, lastRef, Unresolved: true);
    }

    private JsonElement? Pointer(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return null;
        }

        var current = Root;
        var pointer = reference.Length > 1 && reference[1] == '/' ? reference[2..] : reference[1..];
        if (pointer.Length == 0)
        {
            return current;
        }

        foreach (var rawSegment in pointer.Split('/'))
        {
            var segment = Uri.UnescapeDataString(rawSegment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The result of <see cref="Resolve"/>.</summary>
    public readonly record struct Resolved(JsonElement Element, string? Reference, bool Unresolved)
    {
        /// <summary>The last segment of the reference, e.g. <c>User</c> for <c>#/components/schemas/User</c>.</summary>
        public string? ReferenceName => Reference is null ? null : Reference[(Reference.LastIndexOf('/') + 1)..];
    }
}
