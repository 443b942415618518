using System.Text;

namespace SpecGen.Core.Naming;

/// <summary>
/// Mandarin readings of Han characters, for deterministic ASCII names made from Chinese text.
/// The data is <c>Naming/pinyin.txt</c> (embedded), written by <c>tools/pinyin/make-table.sh</c>
/// from Unihan's kMandarin field: the first reading of each character, without tone marks,
/// ü written <c>v</c> (消 → <c>xiao</c>, 绿 → <c>lv</c>, 长 → <c>zhang</c>). It covers the CJK
/// Unified Ideographs (U+4E00–U+9FFF) and the CJK Compatibility Ideographs (U+F900–U+FAFF).
/// The table is parsed once, on first use, thread-safely, into an array indexed by code point.
/// </summary>
internal static class Pinyin
{
    private const string ResourceName = "SpecGen.Core.Naming.pinyin.txt";
    private const char First = '\u4E00';
    private const char Last = '\uFAFF';

    private static readonly Lazy<Table> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The toneless syllable of a Han character (消 → <c>xiao</c>); false for anything else.</summary>
    public static bool TryGet(char c, out string syllable)
    {
        if (c >= First && c <= Last)
        {
            var table = Data.Value;
            var id = table.Ids[c - First];
            if (id != 0)
            {
                syllable = table.Syllables[id];
                return true;
            }
        }

        syllable = string.Empty;
        return false;
    }

    /// <summary>
    /// Words of a text, separated by single spaces: each Han character becomes its syllable, each
    /// run of ASCII letters and digits is kept as one word (case kept; full-width letters and
    /// digits count as ASCII), and every other character only separates words (punctuation,
    /// spaces, Han characters without a reading, other scripts). No leading or trailing space.
    /// <c>一级合并转发消息</c> → <c>yi ji he bing zhuan fa xiao xi</c>;
    /// <c>发送forward</c> → <c>fa song forward</c>; <c>number | string</c> → <c>number string</c>.
    /// </summary>
    public static string Romanize(string text)
    {
        var builder = new StringBuilder(text.Length * 3);
        var inAsciiWord = false;
        foreach (var raw in text)
        {
            var c = ToAscii(raw);
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (!inAsciiWord)
                {
                    Separate(builder);
                }

                builder.Append(c);
                inAsciiWord = true;
                continue;
            }

            inAsciiWord = false;
            if (TryGet(c, out var syllable))
            {
                Separate(builder);
                builder.Append(syllable);
            }
        }

        return builder.ToString();
    }

    private static void Separate(StringBuilder builder)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }
    }

    /// <summary>Full-width ASCII letters and digits (Ａ, ｚ, ０) to their ASCII form.</summary>
    private static char ToAscii(char c) =>
        c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A'
            ? (char)(c - 0xFEE0)
            : c;

    private static Table Load()
    {
        using var stream = typeof(Pinyin).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(Pinyin).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    /// <summary>Parses the table format: <c># comment</c> lines, then <c>&lt;syllable&gt; &lt;characters&gt;</c> lines.</summary>
    internal static Table Parse(TextReader reader)
    {
        var ids = new ushort[Last - First + 1];
        var syllables = new List<string> { string.Empty };
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOf(' ');
            if (space <= 0)
            {
                throw new FormatException($"pinyin table: malformed line '{line}'");
            }

            var id = (ushort)syllables.Count;
            syllables.Add(line[..space]);
            foreach (var c in line.AsSpan(space + 1))
            {
                if (c >= First && c <= Last)
                {
                    ids[c - First] = id;
                }
            }
        }

        return new Table(ids, syllables.ToArray());
    }

    /// <summary>Syllable id per code point from U+4E00 (0 = no reading), and the syllables by id.</summary>
    internal sealed record Table(ushort[] Ids, string[] Syllables);
}
