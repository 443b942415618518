namespace SpecGen.Diff;

/// <summary>Rule family: the document's <c>info</c> object (documentation only).</summary>
internal static class InfoComparer
{
    public static void Compare(DiffContext context)
    {
        var oldInfo = Json.Object(context.Old.Root, "info") ?? Json.EmptyObject;
        var newInfo = Json.Object(context.New.Root, "info") ?? Json.EmptyObject;
        foreach (var field in new[] { "title", "version", "description" })
        {
            TextChanges.Compare(context, Rules.ApiInfoChanged, Direction.None, null, $"info.{field}", $"API {field}",
                Json.String(oldInfo, field), Json.String(newInfo, field));
        }
    }
}
