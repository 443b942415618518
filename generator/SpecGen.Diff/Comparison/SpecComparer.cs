namespace SpecGen.Diff;

/// <summary>Compares two OpenAPI 3.x documents. The entry point of the diff engine.</summary>
public static class SpecComparer
{
    /// <summary>Every change from <paramref name="oldDocument"/> to <paramref name="newDocument"/>, in report order.</summary>
    public static DiffResult Compare(SpecDocument oldDocument, SpecDocument newDocument)
    {
        ArgumentNullException.ThrowIfNull(oldDocument);
        ArgumentNullException.ThrowIfNull(newDocument);

        var context = new DiffContext(oldDocument, newDocument);
        InfoComparer.Compare(context);
        SecurityComparer.CompareSchemes(context);
        OperationComparer.Compare(context);
        return new DiffResult(oldDocument.Name, newDocument.Name, context.Changes);
    }
}
