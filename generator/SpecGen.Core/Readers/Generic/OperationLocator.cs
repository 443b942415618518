using System.Runtime.CompilerServices;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Generic;

/// <summary>
/// Finds every operation a doc shows, by method and path evidence alone, and the blocks that
/// document each. Evidence under one heading makes one operation: a method from one line and a
/// path from another (<c>请求方式：POST</c> + <c>请求地址：/x</c>) combine; a second, different
/// method + path under the same heading starts another operation there. A block that lists several
/// endpoints (a table of contents, an index table) is an index: its entries become operations only
/// when no section documents them. An operation ends where the next one starts, or at the next
/// heading as high as its own that is not a part label (请求参数, Response…); never at a heading
/// inside its own description.
/// </summary>
internal static partial class OperationLocator
{
    /// <summary>
    /// One location per document: every section profile that scores a doc, the generic reader's score
    /// and the reading itself ask for the same operations, so the scan runs once and its warnings are
    /// kept to be reported by the caller that reads.
    /// </summary>
    private static readonly ConditionalWeakTable<MdDocument, Located> Cache = new();

    private sealed record Located(IReadOnlyList<LocatedOperation> Operations, IReadOnlyList<Diagnostic> Warnings);

    /// <summary>The operations the document shows; their warnings go to <paramref name="diagnostics"/> when given (the reading), not when scoring.</summary>
    public static IReadOnlyList<LocatedOperation> Locate(MdDocument document, DiagnosticBag? diagnostics)
    {
        var located = Cache.GetValue(document, Scan);
        if (diagnostics is not null)
        {
            foreach (var warning in located.Warnings)
            {
                diagnostics.Warn(warning.Line, warning.Code, warning.Message);
            }
        }

        return located.Operations;
    }

    private static Located Scan(MdDocument document)
    {
        var warnings = new DiagnosticBag(string.Empty);
        return new Located(Scan(document, warnings), warnings.Items);
    }

    private static List<LocatedOperation> Scan(MdDocument document, DiagnosticBag diagnostics)
    {
        var blocks = document.Blocks;
        var parents = Parents(document);
        var evidence = new List<Evidence>();
        var owners = new List<int>();
        var inExample = new List<bool>();
        var index = new List<Evidence>();
        var heading = -1;
        var owner = -1;
        var headingIsExample = false;
        EvidenceKind? pending = null;
        var perBlock = new List<Evidence>();
        var evidenceBlocks = new HashSet<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == MdBlockKind.Heading)
            {
                heading = i;

                // Evidence under a part label (### 基本信息, ### 请求参数) belongs to the heading above it.
                owner = heading;
                while (owner >= 0 && parents[owner] >= 0 && SectionLabels.Role(blocks[owner].Text) is not null)
                {
                    owner = parents[owner];
                }

                headingIsExample = SectionLabels.Role(block.Text) is Role.RequestExample or Role.ResponseExample;
            }

            perBlock.Clear();
            if (pending is { } key && EvidenceFinder.PendingValue(key, block, i) is { } value)
            {
                perBlock.Add(value);
            }

            pending = EvidenceFinder.PendingKey(block);
            EvidenceFinder.Find(block, i, perBlock);
            var listing = perBlock.Count >= 2 && block.Kind != MdBlockKind.Heading && perBlock.Count(e => e.Kind == EvidenceKind.Both) >= 2;
            if (perBlock.Count > 0)
            {
                evidenceBlocks.Add(i);
            }

            foreach (var item in perBlock)
            {
                if (item.Listed || (listing && item.Kind == EvidenceKind.Both))
                {
                    index.Add(item);
                    continue;
                }

                evidence.Add(item);
                owners.Add(owner);
                inExample.Add(headingIsExample);
            }
        }

        var candidates = Group(evidence, owners, inExample, parents, diagnostics);
        AddIndexEntries(document, candidates, index);
        return DropBareListings(document, Bound(document, candidates, parents), evidenceBlocks);
    }

    private sealed class Candidate(int heading, int block, int line)
    {
        public int Heading { get; } = heading;

        public int Block { get; } = block;

        public int Line { get; } = line;

        public string? Method { get; set; }

        public string? Path { get; set; }

        public string? Origin { get; set; }

        public bool FromIndex { get; init; }
    }

    private static List<Candidate> Group(List<Evidence> evidence, List<int> owners, List<bool> inExample, int[] parents, DiagnosticBag diagnostics)
    {
        var candidates = new List<Candidate>();
        for (var e = 0; e < evidence.Count; e++)
        {
            var item = evidence[e];
            var owner = owners[e];
            // The open candidate: one under the same heading, or one under a heading above this one that still lacks what this evidence gives.
            var last = candidates.Count > 0 ? candidates[^1] : null;
            if (last is not null && last.Heading != owner && !(Within(owner, last.Heading, parents) && Completes(last, item)))
            {
                last = null;
            }

            switch (item.Kind)
            {
                case EvidenceKind.Both when last is not null && (last.Path is null || last.Path == item.Path) && (last.Method is null || last.Method == item.Method):
                    last.Method = item.Method;
                    last.Path ??= item.Path;
                    last.Origin ??= item.Origin;
                    break;
                case EvidenceKind.Method when last is not null && last.Method is null:
                    last.Method = item.Method;
                    break;
                case EvidenceKind.Path when last is not null && last.Path is null:
                    last.Path = item.Path;
                    last.Origin ??= item.Origin;
                    break;
                case EvidenceKind.Method when last is not null && last.Method == item.Method:
                case EvidenceKind.Path when last is not null && last.Path == item.Path:
                    break;
                case EvidenceKind.Both when last is { Path: not null } && last.Method == item.Method && IsExampleOf(item.Path!, last.Path):
                case EvidenceKind.Both when inExample[e] && last is not null:
                    // A request shown in the operation's examples (a concrete path of its template, or anything under 示例/Examples).
                    diagnostics.Warn(item.Line, DiagnosticCodes.DuplicateOperation, $"{item.Method} {item.Path} is an example request of {last.Method} {last.Path} (line {last.Line}); no operation of its own");
                    break;
                default:
                    candidates.Add(new Candidate(owner, item.Block, item.Line) { Method = item.Method, Path = item.Path, Origin = item.Origin });
                    break;
            }
        }

        var kept = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (candidate.Path is null)
            {
                diagnostics.Warn(candidate.Line, DiagnosticCodes.TruncatedOperation, $"request method {candidate.Method} is documented without a path; no operation made");
                continue;
            }

            kept.Add(candidate);
        }

        return kept;
    }

    /// <summary>A concrete path (<c>/node/ADD/be</c>) that <paramref name="template"/> (<c>/node/{action}/be</c>) matches, segment by segment.</summary>
    private static bool IsExampleOf(string concrete, string template)
    {
        if (concrete == template || !(template.Contains('{') || template.Contains('<') || template.Contains("/:", StringComparison.Ordinal)))
        {
            return false;
        }

        var segments = Segments(concrete);
        var pattern = Segments(template);
        return segments.Length == pattern.Length && Matches(pattern, segments);
    }

    private static string[] Segments(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static bool Matches(string[] template, string[] concrete)
    {
        for (var i = 0; i < template.Length; i++)
        {
            var t = template[i];
            var isPlaceholder = (t.StartsWith('{') && t.EndsWith('}')) || (t.StartsWith('<') && t.EndsWith('>')) || t.StartsWith(':');
            if (!isPlaceholder && !string.Equals(t, concrete[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Within(int heading, int ancestor, int[] parents)
    {
        for (var h = heading; h >= 0; h = parents[h])
        {
            if (h == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Completes(Candidate candidate, Evidence item) => item.Kind switch
    {
        EvidenceKind.Method => candidate.Method is null,
        EvidenceKind.Path => candidate.Path is null,
        _ => (candidate.Path is null && candidate.Method == item.Method) || (candidate.Method is null && candidate.Path == item.Path),
    };

    private static List<LocatedOperation> Bound(MdDocument document, List<Candidate> candidates, int[] parents)
    {
        var blocks = document.Blocks;
        var sections = candidates.Where(c => !c.FromIndex).ToList();
        var result = new List<LocatedOperation>(candidates.Count);
        var titleHeading = SoleTitle(document);
        for (var k = 0; k < sections.Count; k++)
        {
            var candidate = sections[k];
            var firstUnderHeading = candidate.Heading >= 0 && (k == 0 || sections[k - 1].Heading != candidate.Heading);
            var start = firstUnderHeading ? candidate.Heading : candidate.Block;
            var nextStart = k + 1 < sections.Count ? Start(sections, k + 1) : blocks.Count;
            var end = nextStart;
            if (candidate.Heading >= 0)
            {
                var level = blocks[candidate.Heading].Level;
                for (var j = Math.Max(start, candidate.Block) + 1; j < nextStart; j++)
                {
                    if (blocks[j].Kind == MdBlockKind.Heading && blocks[j].Level <= level && SectionLabels.Role(blocks[j].Text) is null or Role.Ignore)
                    {
                        end = j;
                        break;
                    }
                }
            }

            result.Add(new LocatedOperation(candidate.Method ?? "GET", candidate.Path!, candidate.Heading, start, Math.Max(end, start + 1), candidate.Line, candidate.Origin,
                candidate.Method is null, candidate.Heading >= 0 && parents[candidate.Heading] is var parent and >= 0 && parent != titleHeading ? EvidenceFinder.Clean(blocks[parent].Text) : null));
        }

        foreach (var entry in candidates.Where(c => c.FromIndex))
        {
            result.Add(new LocatedOperation(entry.Method!, entry.Path!, -1, entry.Block, entry.Block + 1, entry.Line, entry.Origin, false, null, Listed: true));
        }

        return result;
    }

    private static int Start(List<Candidate> sections, int k) =>
        sections[k].Heading >= 0 && sections[k - 1].Heading != sections[k].Heading ? sections[k].Heading : sections[k].Block;

    /// <summary>For each heading block, the nearest heading above it with a lower level (-1 if none), in one pass.</summary>
    private static int[] Parents(MdDocument document)
    {
        var parents = new int[document.Blocks.Count];
        var open = new List<int>();
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            parents[i] = -1;
            var block = document.Blocks[i];
            if (block.Kind != MdBlockKind.Heading)
            {
                continue;
            }

            while (open.Count > 0 && document.Blocks[open[^1]].Level >= block.Level)
            {
                open.RemoveAt(open.Count - 1);
            }

            parents[i] = open.Count > 0 ? open[^1] : -1;
            open.Add(i);
        }

        return parents;
    }

    /// <summary>The first H1 when it is the only one: the doc's title, not a group.</summary>
    private static int SoleTitle(MdDocument document)
    {
        var first = -1;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i].IsHeading(1))
            {
                if (first >= 0)
                {
                    return -1;
                }

                first = i;
            }
        }

        return first;
    }
}
