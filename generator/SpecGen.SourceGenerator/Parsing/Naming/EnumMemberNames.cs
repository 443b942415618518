using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecGen.SourceGenerator.Json;

namespace SpecGen.SourceGenerator.Parsing.Naming;

/// <summary>A member name of a generated enum, and the documented meaning it came from (for its XML docs).</summary>
internal readonly struct EnumMemberName
{
    public EnumMemberName(string name, string? meaning)
    {
        Name = name;
        Meaning = meaning;
    }

    public string Name { get; }

    public string? Meaning { get; }
}

/// <summary>
/// Enum member names from documented meanings: <c>x-enum-varnames</c> / <c>x-enumNames</c>, else a meaning
/// listed in the description (<c>0: 男, 1: 女</c> → Male, Female through the glossary), else the value itself
/// ("owner" → Owner; "0" → Value0, the last resort, with the description in the member's XML docs).
/// </summary>
internal static class EnumMemberNames
{
    /// <summary>"0: 男", "1：女", "2=未知", separated by commas, semicolons, spaces or line breaks.</summary>
    private static readonly Regex ListedMeaning = new(@"(?<![\w.])(?<value>-?[A-Za-z0-9_]+)\s*[:：=]\s*(?<meaning>[^,，;；、\s]+)", RegexOptions.CultureInvariant);

    public static List<EnumMemberName> Choose(IReadOnlyList<string> values, JsonNode schema)
    {
        List<string>? declared = DeclaredNames(schema, values.Count);
        Dictionary<string, string> listed = ListedMeanings(schema.GetString("description"));
        string? description = schema.GetString("description");
        var names = new List<EnumMemberName>(values.Count);
        for (int i = 0; i < values.Count; i++)
        {
            string value = values[i];
            if (declared is not null && Identifiers.IsValidIdentifier(Identifiers.ToPascalCase(declared[i], string.Empty)))
            {
                names.Add(new EnumMemberName(Identifiers.ToPascalCase(declared[i], "Value", "Value"), null));
            }
            else if (listed.TryGetValue(value, out string? meaning) && MeaningName(meaning) is { } fromMeaning)
            {
                names.Add(new EnumMemberName(fromMeaning, meaning));
            }
            else
            {
                string fromValue = Identifiers.ToPascalCase(value, "Empty", "Value");
                bool lastResort = fromValue.StartsWith("Value", System.StringComparison.Ordinal) || fromValue == "Empty";
                names.Add(new EnumMemberName(fromValue, lastResort ? description : null));
            }
        }

        return names;
    }

    /// <summary>The names declared beside the enum (x-enum-varnames, x-enumNames), when there is one per value.</summary>
    private static List<string>? DeclaredNames(JsonNode schema, int count)
    {
        foreach (string key in new[] { "x-enum-varnames", "x-enumNames", "x-enum-names" })
        {
            JsonNode? node = schema.Get(key);
            if (node is { IsArray: true } && node.Items.Count == count)
            {
                var names = new List<string>(count);
                foreach (JsonNode item in node.Items)
                {
                    if (item.Text is not { Length: > 0 } text)
                    {
                        return null;
                    }

                    names.Add(text);
                }

                return names;
            }
        }

        return null;
    }

    private static Dictionary<string, string> ListedMeanings(string? description)
    {
        var meanings = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (description is null)
        {
            return meanings;
        }

        foreach (Match match in ListedMeaning.Matches(description))
        {
            string value = match.Groups["value"].Value;
            if (!meanings.ContainsKey(value))
            {
                meanings[value] = match.Groups["meaning"].Value;
            }
        }

        return meanings;
    }

    /// <summary>A meaning as a name: the glossary's English for Chinese text (男 → Male), PascalCase for English.</summary>
    private static string? MeaningName(string meaning)
    {
        string? name = Glossary.Translate(meaning);
        return name is not null && Identifiers.IsValidIdentifier(name) ? name : null;
    }
}
