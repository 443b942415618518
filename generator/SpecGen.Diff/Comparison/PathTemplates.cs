namespace SpecGen.Diff;

/// <summary>Path templates: the parameter names in <c>{…}</c>, in order, and the template with the names left out.</summary>
internal static class PathTemplates
{
    /// <summary>The names of the template's parameters, left to right: <c>/users/{id}/items/{itemId}</c> → id, itemId.</summary>
    public static List<string> Names(string path)
    {
        var result = new List<string>();
        var index = 0;
        while ((index = path.IndexOf('{', index)) >= 0)
        {
            var end = path.IndexOf('}', index + 1);
            if (end < 0)
            {
                break;
            }

            result.Add(path[(index + 1)..end]);
            index = end + 1;
        }

        return result;
    }

    /// <summary>The template with its parameter names left out (<c>/users/{}</c>): two paths with the same shape are one operation renamed.</summary>
    public static string Shape(string path)
    {
        var names = Names(path);
        var shape = path;
        foreach (var name in names)
        {
            shape = shape.Replace("{" + name + "}", "{}", StringComparison.Ordinal);
        }

        return shape;
    }
}
