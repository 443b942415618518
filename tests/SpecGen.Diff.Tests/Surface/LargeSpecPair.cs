using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecGen.Diff.Tests.Surface;

/// <summary>
/// A pair of ~3 MB specs made from NapCat's committed spec: six copies side by side (paths under <c>/c1</c> … <c>/c6</c>,
/// operationIds and component schemas suffixed with the copy number). The new one has three edits in copy 1: an
/// operation removed, a schema renamed, a property's type changed.
/// </summary>
internal static class LargeSpecPair
{
    public const int Copies = 6;

    private static readonly Lazy<(string Old, string New)> Pair = new(Make);

    /// <summary>Written like the committed specs: indented, non-ASCII text as is.</summary>
    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Old => Pair.Value.Old;

    public static string New => Pair.Value.New;

    private static (string Old, string New) Make()
    {
        var source = File.ReadAllText(RepositoryPaths.Find(Path.Combine("specs", "napcat", "openapi.json")));
        var old = Replicate(source);
        var edited = JsonNode.Parse(old)!.AsObject();
        var paths = edited["paths"]!.AsObject();
        paths.Remove("/c1/send_group_msg");
        var schemas = edited["components"]!["schemas"]!.AsObject();
        var renamed = schemas["WenBenXiaoXiC1"]!.DeepClone();
        schemas.Remove("WenBenXiaoXiC1");
        schemas["TextMessageC1"] = renamed;
        var text = edited.ToJsonString().Replace("\"#/components/schemas/WenBenXiaoXiC1\"", "\"#/components/schemas/TextMessageC1\"", StringComparison.Ordinal);
        var typed = JsonNode.Parse(text)!.AsObject();
        var groupId = typed["paths"]!["/c1/get_group_info"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]!["group_id"]!;
        groupId.AsObject().Clear();
        groupId["type"] = "string";
        return (old, typed.ToJsonString(Written));
    }

    private static string Replicate(string source)
    {
        var root = JsonNode.Parse(source)!.AsObject();
        var paths = new JsonObject();
        var schemas = new JsonObject();
        for (var copy = 1; copy <= Copies; copy++)
        {
            var suffix = "C" + copy;
            var text = source;
            foreach (var (name, _) in root["components"]!["schemas"]!.AsObject())
            {
                text = text.Replace($"\"#/components/schemas/{name}\"", $"\"#/components/schemas/{name}{suffix}\"", StringComparison.Ordinal);
            }

            var copyRoot = JsonNode.Parse(text)!.AsObject();
            foreach (var (path, item) in copyRoot["paths"]!.AsObject().ToList())
            {
                foreach (var (_, operation) in item!.AsObject())
                {
                    if (operation is JsonObject op && op["operationId"] is JsonValue id)
                    {
                        op["operationId"] = id.GetValue<string>() + "_c" + copy;
                    }
                }

                paths[$"/c{copy}{path}"] = item.DeepClone();
            }

            foreach (var (name, schema) in copyRoot["components"]!["schemas"]!.AsObject())
            {
                schemas[name + suffix] = schema!.DeepClone();
            }
        }

        root["paths"] = paths;
        root["components"]!["schemas"] = schemas;
        return root.ToJsonString(Written);
    }
}
