using System;
using System.Collections.Generic;
using System.Text;

namespace SpecGen.SourceGenerator.Parsing.Naming;

/// <summary>Word-level helpers shared by the naming rules: PascalCase words, repeated words, plurals.</summary>
internal static class Names
{
    /// <summary>"user" → "User"; "ID" stays "ID".</summary>
    public static List<string> Pascal(IEnumerable<string> words)
    {
        var result = new List<string>();
        foreach (string word in words)
        {
            if (word.Length > 0)
            {
                result.Add(char.ToUpperInvariant(word[0]) + word.Substring(1));
            }
        }

        return result;
    }

    public static string Join(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (string word in words)
        {
            sb.Append(word);
        }

        return sb.ToString();
    }

    /// <summary>Keeps the first occurrence of each word (case-insensitive): Client Restore Client → Client Restore.</summary>
    public static List<string> DropRepeatedWords(IEnumerable<string> words)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (string word in words)
        {
            if (seen.Add(word))
            {
                result.Add(word);
            }
        }

        return result;
    }

    /// <summary>A regular English plural: "members", "devices", "blacklists" (not "status", "address", "sns").</summary>
    public static bool IsPlural(string word)
    {
        string lower = word.ToLowerInvariant();
        return lower.Length > 3 && lower.EndsWith("s", StringComparison.Ordinal)
            && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
            && !lower.EndsWith("is", StringComparison.Ordinal);
    }

    /// <summary>"groups" → "group", "replies" → "reply"; a word that is not plural is returned as it is.</summary>
    public static string Singular(string word)
    {
        if (!IsPlural(word))
        {
            return word;
        }

        return word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? word.Substring(0, word.Length - 3) + "y" : word.Substring(0, word.Length - 1);
    }
}
