namespace SpecGen.Core.Readers;

/// <summary>
/// What a reader saw of its dialect in a document: the operations it would read, and in a few
/// words the evidence (<c>"130 H2 headings followed by a request line"</c>). Zero operations means
/// "not this dialect".
/// </summary>
internal readonly record struct DialectScore(int Operations, string Evidence)
{
    public static DialectScore None(string evidence) => new(0, evidence);
}
