namespace SpecGen.Diff;

/// <summary>Compares two OpenAPI 3.x documents. The entry point of the diff engine.</summary>
public static class SpecComparer
{
    /// <summary>How many schema comparisons one diff may make; the seed specs need 600 to 3,000.</summary>
    public const int DefaultSchemaWalkBudget = 250_000;

    /// <summary>Every change from <paramref name="oldDocument"/> to <paramref name="newDocument"/>, in report order.</summary>
    /// <exception cref="DiffInputException">The schemas unfold into more than <paramref name="schemaWalkBudget"/> comparisons.</exception>
    public static DiffResult Compare(SpecDocument oldDocument, SpecDocument newDocument, int schemaWalkBudget = DefaultSchemaWalkBudget)
    {
        ArgumentNullException.ThrowIfNull(oldDocument);
        ArgumentNullException.ThrowIfNull(newDocument);

        var context = new DiffContext(oldDocument, newDocument, schemaWalkBudget);
        InfoComparer.Compare(context);
        SecurityComparer.CompareSchemes(context);
        ComponentComparer.Compare(context);
        OperationComparer.Compare(context);
        return new DiffResult(oldDocument.Name, newDocument.Name, context.Changes);
    }
}
