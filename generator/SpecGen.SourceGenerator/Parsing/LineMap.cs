using System.Collections.Generic;
using SpecGen.SourceGenerator.Json;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Parsing;

/// <summary>Maps character offsets in a spec file to line/column locations for diagnostics.</summary>
internal sealed class LineMap
{
    private readonly string _path;
    private readonly string _text;
    private List<int>? _lineStarts;

    public LineMap(string path, string text)
    {
        _path = path;
        _text = text;
    }

    public LocationInfo At(int start, int length)
    {
        if (start < 0)
        {
            start = 0;
        }

        if (length < 0)
        {
            length = 0;
        }

        (int startLine, int startColumn) = Position(start);
        (int endLine, int endColumn) = Position(start + length);
        return new LocationInfo(_path, start, length, startLine, startColumn, endLine, endColumn);
    }

    public LocationInfo At(JsonNode? node) => node is null ? At(0, 0) : At(node.Start, System.Math.Min(node.Length, 200));

    private (int Line, int Column) Position(int offset)
    {
        List<int> lineStarts = _lineStarts ??= LineStarts(_text);
        int lo = 0;
        int hi = lineStarts.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (lo, offset - lineStarts[lo]);
    }

    /// <summary>
    /// The offset of each line's first character, found when the first location is asked for: most specs get no
    /// diagnostic, and scanning a large one would be wasted (the diff parses two 3 MB specs per run).
    /// </summary>
    private static List<int> LineStarts(string text)
    {
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lineStarts.Add(i + 1);
            }
        }

        return lineStarts;
    }
}
