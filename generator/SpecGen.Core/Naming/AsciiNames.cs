using System.Text;
using System.Text.RegularExpressions;

namespace SpecGen.Core.Naming;

/// <summary>Deterministic ASCII names for component keys and operationIds (pinyin for Han characters).</summary>
internal static partial class AsciiNames
{
    /// <summary>True when the name is a valid OpenAPI component key as it stands.</summary>
    public static bool IsComponentKey(string name) => ComponentKeyPattern().IsMatch(name);

    /// <summary>ASCII words of a text: Han characters become pinyin syllables, other non-alphanumerics separate words.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var romanized = Pinyin.Romanize(text);
        var words = new List<string>();
        foreach (var match in WordPattern().EnumerateMatches(romanized))
        {
            words.Add(romanized.Substring(match.Index, match.Length));
        }

        return words;
    }

    /// <summary><c>文本消息</c> → <c>WenBenXiaoXi</c>, <c>number | string</c> → <c>NumberString</c>.</summary>
    public static string Pascal(string text)
    {
        var builder = new StringBuilder();
        foreach (var word in Words(text))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        return builder.ToString();
    }

    /// <summary><c>/send_group_msg</c> → <c>send_group_msg</c>; <c>/users/{uid}</c> → <c>users_by_uid</c>.</summary>
    public static string Snake(string text)
    {
        var words = Words(text.Replace("{", " by ").Replace("}", " "));
        return string.Join('_', words);
    }

    /// <summary>Appends 2, 3, … until <paramref name="taken"/> does not contain the name, then takes it.</summary>
    public static string Unique(string name, ISet<string> taken, string separator = "")
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = name + separator + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex ComponentKeyPattern();

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex WordPattern();
}
