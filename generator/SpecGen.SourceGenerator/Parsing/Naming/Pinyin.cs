using System.Collections.Generic;

namespace SpecGen.SourceGenerator.Parsing.Naming;

/// <summary>Tells pinyin (the converter's ASCII for Chinese text: xiao_xi_fa_song, shipinhao) from English words.</summary>
internal static class Pinyin
{
    private const int MaxSyllableLength = 6;

    /// <summary>
    /// How many pinyin syllables <paramref name="word"/> spells (0: not pinyin). An English word that also
    /// spells as pinyin ("long", "change", "name") is English: 0.
    /// </summary>
    public static int Syllables(string word)
    {
        string lower = word.ToLowerInvariant();
        if (lower.Length == 0 || NamingData.EnglishLookalikes.Contains(lower))
        {
            return 0;
        }

        // fewest[i]: the fewest syllables that spell lower[..i], or -1.
        var fewest = new int[lower.Length + 1];
        for (int i = 1; i <= lower.Length; i++)
        {
            fewest[i] = -1;
            for (int j = i - 1; j >= 0 && i - j <= MaxSyllableLength; j--)
            {
                if (fewest[j] >= 0 && NamingData.PinyinSyllables.Contains(lower.Substring(j, i - j))
                    && (fewest[i] < 0 || fewest[j] + 1 < fewest[i]))
                {
                    fewest[i] = fewest[j] + 1;
                }
            }
        }

        return fewest[lower.Length] < 0 ? 0 : fewest[lower.Length];
    }

    /// <summary>
    /// True when a name's words hold pinyin: a word of two or more syllables (shipinhao, Xiaoxi) or two
    /// one-syllable pinyin words in a row (qun_cao_zuo). One such word alone ("Pin", "Ban") is not enough.
    /// An English word that spells as pinyin neither counts nor breaks a run (peng_you_quan: peng, quan).
    /// </summary>
    public static bool HasPinyin(IReadOnlyList<string> words)
    {
        int run = 0;
        foreach (string word in words)
        {
            if (NamingData.EnglishLookalikes.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            int syllables = Syllables(word);
            if (syllables >= 2)
            {
                return true;
            }

            run = syllables == 1 ? run + 1 : 0;
            if (run >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
