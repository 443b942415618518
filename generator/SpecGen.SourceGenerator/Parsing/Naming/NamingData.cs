using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SpecGen.SourceGenerator.Parsing.Naming;

/// <summary>
/// The embedded naming tables written by tools/glossary: the reviewed Chinese → English glossary, the
/// pinyin syllables and the English words that spell as pinyin. Loaded once, read-only.
/// </summary>
internal static class NamingData
{
    private static readonly Lazy<Dictionary<string, string>> LazyGlossary = new(() => LoadPairs("glossary.tsv"));
    private static readonly Lazy<HashSet<string>> LazySyllables = new(() => LoadWords("pinyin-syllables.txt"));
    private static readonly Lazy<HashSet<string>> LazyEnglishLookalikes = new(() => LoadWords("english-lookalikes.txt"));

    /// <summary>Chinese word → English PascalCase name (empty: a word that names nothing, e.g. 的).</summary>
    public static Dictionary<string, string> Glossary => LazyGlossary.Value;

    /// <summary>Lowercase pinyin syllables without tones ("xiao", "qun", "lv").</summary>
    public static HashSet<string> PinyinSyllables => LazySyllables.Value;

    /// <summary>Lowercase English words that also spell as pinyin ("long", "change", "name").</summary>
    public static HashSet<string> EnglishLookalikes => LazyEnglishLookalikes.Value;

    private static IEnumerable<string> Lines(string file)
    {
        using Stream stream = typeof(NamingData).Assembly.GetManifestResourceStream("SpecGen.Naming." + file)
            ?? throw new InvalidOperationException("missing embedded naming table " + file);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static HashSet<string> LoadWords(string file) => new(Lines(file), StringComparer.Ordinal);

    private static Dictionary<string, string> LoadPairs(string file)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in Lines(file))
        {
            int tab = line.IndexOf('\t');
            pairs[line.Substring(0, tab)] = line.Substring(tab + 1);
        }

        return pairs;
    }
}
