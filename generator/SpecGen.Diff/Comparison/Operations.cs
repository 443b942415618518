using System.Text.Json;

namespace SpecGen.Diff;

/// <summary>One operation of a document, with the path item it belongs to (for path-level parameters).</summary>
internal sealed record OperationInfo(OperationRef Ref, JsonElement Operation, JsonElement PathItem);

/// <summary>Lists a document's operations.</summary>
internal static class Operations
{
    /// <summary>HTTP methods in the order OpenAPI lists them; the order of operations on one path in reports.</summary>
    public static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static int MethodRank(string? method) =>
        method is null ? -1 : Array.IndexOf(Methods, method.ToLowerInvariant()) is var i and >= 0 ? i : Methods.Length;

    /// <summary>Every operation keyed by <c>METHOD path</c>.</summary>
    public static Dictionary<OperationRef, OperationInfo> Collect(SpecDocument document)
    {
        var result = new Dictionary<OperationRef, OperationInfo>();
        foreach (var (path, rawItem) in Json.Members(document.Root, "paths"))
        {
            var item = document.Resolve(rawItem).Element;
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var method in Methods)
            {
                if (Json.Object(item, method) is { } operation)
                {
                    var key = new OperationRef(method.ToUpperInvariant(), path);
                    result[key] = new OperationInfo(key, operation, item);
                }
            }
        }

        return result;
    }
}
