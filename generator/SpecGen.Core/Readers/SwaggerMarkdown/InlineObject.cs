using SpecGen.Core.Drafts;

namespace SpecGen.Core.Readers.SwaggerMarkdown;

/// <summary>
/// swagger-markdown writes an inline object schema as <c>{ **"id"**: integer, **"tags"**: [ string ] }</c>
/// (nested objects the same way, arrays of them as <c>[ { … } ]</c>). This splits such a cell into
/// field rows; the type words of the leaves are left to the type parser.
/// </summary>
internal static class InlineObject
{
    /// <summary>The root type and rows of an inline object cell, or false when the cell is not one.</summary>
    public static bool TryRead(string cell, int line, int baseDepth, out string rootType, out List<FieldRow> rows)
    {
        rows = new List<FieldRow>();
        rootType = cell;
        var text = cell.Trim();
        var arrays = 0;
        while (text.StartsWith('[') && text.EndsWith(']') && text[1..^1].Trim().StartsWith('{'))
        {
            text = text[1..^1].Trim();
            arrays++;
        }

        if (TryReadIntersection(text, line, baseDepth, rows) is { } intersection)
        {
            rootType = intersection;
            return true;
        }

        if (!text.StartsWith('{') || !text.EndsWith('}') || arrays > 1)
        {
            return false;
        }

        if (!ReadObject(text, baseDepth, line, rows))
        {
            rows.Clear();
            return false;
        }

        rootType = arrays == 1 ? "[ object ]" : "object";
        return true;
    }

    /// <summary>
    /// An array of an intersection, <c>[ [Media](#media-model) &amp; { **"distance"**: number } ]</c>: an array of
    /// <c>allOf</c> whose branches (a model link, an inline object) are branch rows below it. Returns the root type, or null.
    /// </summary>
    private static string? TryReadIntersection(string text, int line, int baseDepth, List<FieldRow> rows)
    {
        if (!text.StartsWith('[') || !text.EndsWith(']'))
        {
            return null;
        }

        var parts = SplitTopLevel(text[1..^1].Trim(), '&').ToList();
        if (parts.Count < 2)
        {
            return null;
        }

        var branches = new List<FieldRow>();
        foreach (var part in parts)
        {
            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                var fields = new List<FieldRow>();
                if (!ReadObject(part, baseDepth + 1, line, fields))
                {
                    return null;
                }

                branches.Add(Branch("object", baseDepth, line));
                branches.AddRange(fields);
            }
            else if (part.StartsWith('[') && part.Contains("](#", StringComparison.Ordinal))
            {
                branches.Add(Branch(part, baseDepth, line));
            }
            else
            {
                return null;
            }
        }

        rows.AddRange(branches);
        return "[allOf]";
    }

    private static FieldRow Branch(string type, int depth, int line) =>
        new() { Depth = depth, Name = string.Empty, TypeText = type, Line = line, IsBranch = true, BranchKind = CompositionKind.AllOf };

    private static bool ReadObject(string text, int depth, int line, List<FieldRow> rows)
    {
        var body = text[1..^1].Trim();
        if (body.Length == 0)
        {
            return true;
        }

        List<string>? values = null; // the enum of the field before, written after it: <br>**Available values:** "a", "b"
        foreach (var item in SplitTopLevel(body))
        {
            var pair = item;
            var available = pair.IndexOf("<br>**Available values:**", StringComparison.Ordinal);
            if (available >= 0 && rows.Count > 0)
            {
                values = new List<string>();
                rows[^1] = rows[^1] with { Enum = values };
                pair = pair[(available + "<br>**Available values:**".Length)..].Trim();
            }

            if (values is not null && pair.Length >= 2 && pair[0] == '"' && pair[^1] == '"')
            {
                values.Add(pair[1..^1]);
                continue;
            }

            values = null;
            var colon = pair.IndexOf("**:", StringComparison.Ordinal);
            if (!pair.StartsWith("**\"", StringComparison.Ordinal) || colon < 0)
            {
                return false;
            }

            var name = pair[3..colon].TrimEnd('"');
            var value = pair[(colon + 3)..].Trim();
            if (!TryRead(value, line, depth + 1, out var type, out var children))
            {
                type = value;
                children.Clear();
            }

            rows.Add(new FieldRow { Depth = depth, Name = name, TypeText = type, Line = line });
            rows.AddRange(children);
        }

        return true;
    }

    /// <summary>Splits on <paramref name="separator"/> (a comma unless said) outside braces, brackets and parentheses.</summary>
    private static IEnumerable<string> SplitTopLevel(string text, char separator = ',')
    {
        var level = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{' or '[' or '(':
                    level++;
                    break;
                case '}' or ']' or ')':
                    level--;
                    break;
                case var c when c == separator && level == 0:
                    yield return text[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..].Trim();
    }
}
