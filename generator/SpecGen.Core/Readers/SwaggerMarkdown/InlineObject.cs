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

    private static bool ReadObject(string text, int depth, int line, List<FieldRow> rows)
    {
        var body = text[1..^1].Trim();
        if (body.Length == 0)
        {
            return true;
        }

        foreach (var pair in SplitTopLevel(body))
        {
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

    /// <summary>Splits on commas outside braces, brackets and parentheses.</summary>
    private static IEnumerable<string> SplitTopLevel(string text)
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
                case ',' when level == 0:
                    yield return text[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..].Trim();
    }
}
