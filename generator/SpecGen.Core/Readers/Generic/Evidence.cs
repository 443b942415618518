namespace SpecGen.Core.Readers.Generic;

/// <summary>What a line says about an operation: a method, a path, or both.</summary>
internal enum EvidenceKind
{
    /// <summary><c>POST /api/send</c> on one line (heading, paragraph, quote, bullet, code span, one-line code block).</summary>
    Both,

    /// <summary><c>请求方式：POST</c>, <c>**Type:** POST</c>, <c>| Method | GET |</c>.</summary>
    Method,

    /// <summary><c>请求地址：/api/send</c>, <c>**URL:** http://host/api/send</c>, <c>### /api/send</c>.</summary>
    Path,
}

/// <summary>One piece of evidence for an operation, where it was written.</summary>
/// <param name="Block">The index of the block it is in.</param>
/// <param name="Line">Its source line.</param>
/// <param name="Method">Upper case, or null for <see cref="EvidenceKind.Path"/>.</param>
/// <param name="Path">As written, host removed, or null for <see cref="EvidenceKind.Method"/>.</param>
/// <param name="Origin">The scheme and host the path was written with (<c>http://host</c>), if any.</param>
/// <param name="Listed">It is an entry of a list of endpoints (a table row naming method and path), not a section's own.</param>
/// <param name="Anchor">For a listed entry: the anchor its row links to (<c>[**delete_order**](StoreApi.md#delete_order)</c>), where its section may be.</param>
internal sealed record Evidence(EvidenceKind Kind, int Block, int Line, string? Method, string? Path, string? Origin = null, bool Listed = false, string? Anchor = null);
