using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Generic;

/// <summary>
/// Listings: endpoints named in a table of contents, an index table or a section of bare
/// method + path lines. They become operations only where no section documents them; an index
/// row that links to a heading reads that heading's section.
/// </summary>
internal static partial class OperationLocator
{
    /// <summary>
    /// An operation whose section holds nothing but method + path lines (a "## Request" list of every
    /// endpoint, one per paragraph) is a listing when a later section documents the same method and
    /// path: that section is the operation.
    /// </summary>
    private static List<LocatedOperation> DropBareListings(MdDocument document, List<LocatedOperation> located, HashSet<int> evidenceBlocks)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var operation in located)
        {
            counts[(operation.Method, operation.Path)] = counts.GetValueOrDefault((operation.Method, operation.Path)) + 1;
        }

        if (counts.Values.All(c => c == 1))
        {
            return located;
        }

        var kept = new List<LocatedOperation>(located.Count);
        foreach (var operation in located)
        {
            var key = (operation.Method, operation.Path);
            if (counts[key] > 1 && IsBare(document, operation, evidenceBlocks))
            {
                counts[key]--;
                continue;
            }

            kept.Add(operation);
        }

        return kept;
    }

    private static bool IsBare(MdDocument document, LocatedOperation operation, HashSet<int> evidenceBlocks)
    {
        for (var i = operation.Start; i < operation.End; i++)
        {
            if (!evidenceBlocks.Contains(i) && document.Blocks[i].Kind is not (MdBlockKind.Heading or MdBlockKind.ThematicBreak))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Index entries (tables of contents, endpoint tables) documented by no section become operations of their own.</summary>
    private static void AddIndexEntries(MdDocument document, List<Candidate> candidates, List<Evidence> index)
    {
        Dictionary<string, int>? headings = null; // heading slug → block, built when an entry links to an anchor
        var owned = new HashSet<int>(candidates.Select(c => c.Heading));
        var linked = false;
        var known = new HashSet<(string?, string?)>(candidates.Select(c => (c.Method, c.Path)));
        // Templates by method and segment count, so each entry is tested against the few of its shape (linear, not entries × templates).
        var templates = candidates.Where(c => c.Path!.Contains('{') || c.Path.Contains('<'))
            .ToLookup(c => (c.Method, Segments(c.Path!).Length));
        foreach (var entry in index)
        {
            if (templates[(entry.Method, Segments(entry.Path!).Length)].Any(t => IsExampleOf(entry.Path!, t.Path!)))
            {
                continue;
            }

            if (!known.Add((entry.Method, entry.Path)))
            {
                continue;
            }

            // An index row that links to a heading no operation owns (OpenAPI Generator's API docs): that heading's section documents it.
            headings ??= entry.Anchor is null ? null : Slugs(document);
            if (entry.Anchor is { } anchor && headings!.TryGetValue(anchor.ToLowerInvariant(), out var heading) && owned.Add(heading))
            {
                candidates.Add(new Candidate(heading, heading, entry.Line) { Method = entry.Method, Path = entry.Path, Origin = entry.Origin });
                linked = true;
                continue;
            }

            candidates.Add(new Candidate(-1, entry.Block, entry.Line) { Method = entry.Method, Path = entry.Path, Origin = entry.Origin, FromIndex = true });
        }

        if (linked)
        {
            var ordered = candidates.OrderBy(c => c.FromIndex).ThenBy(c => c.Block).ToList();
            candidates.Clear();
            candidates.AddRange(ordered);
        }
    }

    /// <summary>Headings by their anchor slug (lower case, spaces as dashes, punctuation other than <c>-</c>/<c>_</c> dropped); the first heading wins.</summary>
    private static Dictionary<string, int> Slugs(MdDocument document)
    {
        var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i].Kind != MdBlockKind.Heading)
            {
                continue;
            }

            var text = EvidenceFinder.Clean(document.Blocks[i].Text).ToLowerInvariant();
            var slug = new string(text.Select(c => c == ' ' ? '-' : c).Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').ToArray());
            slugs.TryAdd(slug, i);
        }

        return slugs;
    }
}
