using System.Text.Json;

namespace SpecGen.Diff;

/// <summary>Rule family: an operation's responses: status codes, media types, then their schemas.</summary>
internal static class ResponseComparer
{
    public static void Compare(DiffContext context, OperationInfo oldOperation, OperationInfo newOperation)
    {
        var key = newOperation.Ref;
        var oldResponses = Json.Members(oldOperation.Operation, "responses");
        var newResponses = Json.Members(newOperation.Operation, "responses");

        foreach (var (status, oldRaw) in oldResponses)
        {
            var location = $"{key} response {status}";
            if (!newResponses.TryGetValue(status, out var newRaw))
            {
                var success = status.StartsWith('2');
                context.Report(success ? Rules.ResponseSuccessStatusRemoved : Rules.ResponseNonSuccessStatusRemoved, Direction.Response, key, location,
                    $"response status {status} was removed", status);
                continue;
            }

            CompareResponse(context, key, status, location, context.Old.Resolve(oldRaw).Element, context.New.Resolve(newRaw).Element);
        }

        foreach (var (status, _) in newResponses)
        {
            if (!oldResponses.ContainsKey(status))
            {
                context.Report(Rules.ResponseStatusAdded, Direction.Response, key, $"{key} response {status}",
                    $"response status {status} was added", newValue: status);
            }
        }
    }

    private static void CompareResponse(DiffContext context, OperationRef key, string status, string location, JsonElement before, JsonElement after)
    {
        TextChanges.Compare(context, Rules.ResponseDescriptionChanged, Direction.Response, key, location, "response description",
            Json.String(before, "description"), Json.String(after, "description"));

        var oldContent = Json.Members(before, "content");
        var newContent = Json.Members(after, "content");
        var bodyLocation = $"{location} body";
        foreach (var (mediaType, oldMedia) in oldContent)
        {
            if (!newContent.TryGetValue(mediaType, out var newMedia))
            {
                context.Report(Rules.ResponseMediaTypeRemoved, Direction.Response, key, $"{bodyLocation} ({mediaType})",
                    newContent.Count == 0 ? $"the response no longer has a body ({mediaType})" : $"the response is no longer returned as {mediaType}", mediaType);
                continue;
            }

            SchemaComparer.Compare(context, Direction.Response, SchemaScope.Body, key, bodyLocation + MediaTypes.Suffix(mediaType), $"the response {status} body",
                Json.Object(oldMedia, "schema") ?? Json.EmptyObject, Json.Object(newMedia, "schema") ?? Json.EmptyObject);
        }

        foreach (var (mediaType, _) in newContent)
        {
            if (!oldContent.ContainsKey(mediaType))
            {
                context.Report(Rules.ResponseMediaTypeAdded, Direction.Response, key, $"{bodyLocation} ({mediaType})",
                    oldContent.Count == 0 ? $"the response now has a body ({mediaType})" : $"the response may now be returned as {mediaType}", newValue: mediaType);
            }
        }
    }
}
