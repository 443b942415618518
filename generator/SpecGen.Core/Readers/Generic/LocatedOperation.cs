namespace SpecGen.Core.Readers.Generic;

/// <summary>An operation the locator found: its method and path, and the blocks that document it.</summary>
/// <param name="Heading">The block of the heading it is documented under, or -1.</param>
/// <param name="Start">Its first block (the heading, or the block with its first evidence).</param>
/// <param name="End">Just past its last block.</param>
/// <param name="Line">The line of its first evidence.</param>
/// <param name="MethodGuessed">No method was written; <see cref="Method"/> is a guess the reader reports.</param>
/// <param name="Tag">The group heading above it, if any.</param>
/// <param name="Listed">Only a list of endpoints names it (a table of contents, an index table): no section documents it.</param>
internal sealed record LocatedOperation(string Method, string Path, int Heading, int Start, int End, int Line, string? Origin, bool MethodGuessed, string? Tag, bool Listed = false);
