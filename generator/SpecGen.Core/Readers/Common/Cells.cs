using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Readers.Common;

/// <summary>Cell vocabularies shared by the readers: required words, empty descriptions, depth markers.</summary>
internal static class Cells
{
    /// <summary>是/否, true/false, Yes/No, 必填 words. Null (with a warning) for anything else that is not empty.</summary>
    public static bool? Required(string cell, int line, DiagnosticBag diagnostics)
    {
        var word = Plain(cell).ToLowerInvariant();
        switch (word)
        {
            case "是" or "true" or "yes" or "y" or "required" or "必填" or "必选" or "1":
                return true;
            case "否" or "false" or "no" or "n" or "optional" or "可选" or "非必填" or "0":
                return false;
            case "" or "-":
                return null;
            default:
                diagnostics.Warn(line, DiagnosticCodes.UnknownRequiredWord, $"'{cell}' is not a required flag; treated as not required");
                return null;
        }
    }

    /// <summary>A description cell: trimmed; <c>none</c> (widdershins' empty) becomes null.</summary>
    public static string? Description(string cell)
    {
        var text = cell.Trim();
        return text.Length == 0 || text.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : text;
    }

    /// <summary>Removes surrounding <c>**bold**</c> and backticks.</summary>
    public static string Plain(string cell)
    {
        var text = cell.Trim();
        while (text.Length >= 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal))
        {
            text = text[2..^2].Trim();
        }

        if (text.Length >= 2 && text[0] == '`' && text[^1] == '`')
        {
            text = text[1..^1].Trim();
        }

        return text;
    }

    /// <summary>Counts leading depth markers (<c>»</c>, <c>⇥</c>) and returns the name after them.</summary>
    public static (int Depth, string Name) Depth(string cell, char marker)
    {
        var text = cell.Trim();
        var depth = 0;
        while (depth < text.Length && text[depth] == marker)
        {
            depth++;
        }

        return (depth, text[depth..].Trim());
    }

    /// <summary>widdershins' <c>*anonymous*</c> branch row name.</summary>
    public static bool IsAnonymous(string name) => name is "*anonymous*" or "_anonymous_";
}
