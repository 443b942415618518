using System.Text.Json;

namespace SpecGen.Diff;

/// <summary>Rule family: an operation's request body: presence, required flag, media types, then its schemas.</summary>
internal static class RequestBodyComparer
{
    public static void Compare(DiffContext context, OperationInfo oldOperation, OperationInfo newOperation)
    {
        var key = newOperation.Ref;
        var location = $"{key} request body";
        var before = Json.Object(oldOperation.Operation, "requestBody") is { } oldRaw ? context.Old.Resolve(oldRaw).Element : (JsonElement?)null;
        var after = Json.Object(newOperation.Operation, "requestBody") is { } newRaw ? context.New.Resolve(newRaw).Element : (JsonElement?)null;

        switch (before, after)
        {
            case (null, null):
                return;
            case (null, { } added):
                var required = Json.Bool(added, "required");
                context.Report(required ? Rules.RequestBodyAddedRequired : Rules.RequestBodyAddedOptional, Direction.Request, key, location,
                    $"{(required ? "a required" : "an optional")} request body was added");
                return;
            case ({ }, null):
                context.Report(Rules.RequestBodyRemoved, Direction.Request, key, location, "the request body was removed");
                return;
        }

        var (oldBody, newBody) = (before.Value, after.Value);
        var (wasRequired, isRequired) = (Json.Bool(oldBody, "required"), Json.Bool(newBody, "required"));
        if (!wasRequired && isRequired)
        {
            context.Report(Rules.RequestBodyBecameRequired, Direction.Request, key, location, "the request body became required", "optional", "required");
        }
        else if (wasRequired && !isRequired)
        {
            context.Report(Rules.RequestBodyBecameOptional, Direction.Request, key, location, "the request body became optional", "required", "optional");
        }

        TextChanges.Compare(context, Rules.RequestBodyDescriptionChanged, Direction.Request, key, location, "request body description",
            Json.String(oldBody, "description"), Json.String(newBody, "description"));

        var oldContent = Json.Members(oldBody, "content");
        var newContent = Json.Members(newBody, "content");
        foreach (var (mediaType, oldMedia) in oldContent)
        {
            if (!newContent.TryGetValue(mediaType, out var newMedia))
            {
                context.Report(Rules.RequestMediaTypeRemoved, Direction.Request, key, $"{location} ({mediaType})",
                    $"the request body no longer accepts {mediaType}", mediaType);
                continue;
            }

            SchemaComparer.Compare(context, Direction.Request, SchemaScope.Body, key, location + MediaTypes.Suffix(mediaType), "the request body",
                Json.Object(oldMedia, "schema") ?? Json.EmptyObject, Json.Object(newMedia, "schema") ?? Json.EmptyObject);
        }

        foreach (var (mediaType, _) in newContent)
        {
            if (!oldContent.ContainsKey(mediaType))
            {
                context.Report(Rules.RequestMediaTypeAdded, Direction.Request, key, $"{location} ({mediaType})",
                    $"the request body now accepts {mediaType}", newValue: mediaType);
            }
        }
    }
}
