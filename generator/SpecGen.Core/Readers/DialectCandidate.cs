namespace SpecGen.Core.Readers;

/// <summary>One reader's view of a document, as <c>specgen convert --explain</c> prints it.</summary>
/// <param name="Dialect">The reader's name.</param>
/// <param name="Operations">Operations it would read.</param>
/// <param name="Points">Operations × the reader's weight: the highest wins.</param>
/// <param name="Evidence">What it saw, in a few words.</param>
public sealed record DialectCandidate(string Dialect, int Operations, int Points, string Evidence)
{
    public override string ToString() => $"{Dialect,-18} {Points,6} points  {Operations,5} operations  {Evidence}";
}
