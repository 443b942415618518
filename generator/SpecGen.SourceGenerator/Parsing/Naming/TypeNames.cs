using System.Collections.Generic;
using System.Linq;

namespace SpecGen.SourceGenerator.Parsing.Naming;

/// <summary>Names of generated types: short enough to read (≤ <see cref="MaxLength"/>), from their wire role where known.</summary>
internal static class TypeNames
{
    public const int MaxLength = 40;

    /// <summary>
    /// A composed name (operation + property + Item…) kept to <see cref="MaxLength"/> characters: first a word
    /// that comes again later is dropped (its last, most specific occurrence stays), then the most specific
    /// end is kept, as many whole words as fit. Names within the limit are returned as they are.
    /// </summary>
    public static string Shorten(string name) => Shorten(name, MaxLength);

    /// <summary>
    /// Reserves the shortened name in <paramref name="scope"/>; a clash's numeric suffix stays within the limit
    /// too (the name is shortened further to make room for it).
    /// </summary>
    public static string Reserve(NameScope scope, string composed)
    {
        string name = Shorten(composed);
        string reserved = scope.Reserve(name);
        if (reserved.Length <= MaxLength)
        {
            return reserved;
        }

        scope.Release(reserved);
        return scope.Reserve(Shorten(composed, MaxLength - (reserved.Length - name.Length)));
    }

    /// <summary>
    /// Reserves the name of <paramref name="parts"/> joined by <paramref name="joiner"/> (a choice's
    /// <c>StringOrCustomer</c>). A long one is shortened whole, as any composed name, unless that would make it start
    /// with the joiner (<c>BooleanOrV1PaymentIntentsRequestOffSession</c> → <c>OrV1PaymentIntentsRequestOffSession</c>)
    /// or land on a taken name, so that a number is added (<c>…RequestSource</c> or <c>…RequestSource2</c> →
    /// <c>…RequestSource22</c>, read as a copy of <c>…RequestSource2</c>). Then each part is shortened instead: the
    /// longest loses its first word until the name fits with room for a clash's number, so every part keeps its most
    /// specific end (<c>BooleanOrIntentsRequestOffSession</c>, <c>SiteRequestSourceOrSiteRequestSource2</c>).
    /// </summary>
    public static string ReserveJoined(NameScope scope, IReadOnlyList<string> parts, string joiner)
    {
        string joined = string.Join(joiner, parts);
        string whole = Shorten(joined);
        if (joined.Length <= MaxLength || (!Identifiers.Words(whole)[0].Equals(joiner, System.StringComparison.Ordinal) && !scope.IsUsed(whole)))
        {
            return Reserve(scope, joined);
        }

        const int NumberRoom = 3;
        List<List<string>> words = parts.Select(Identifiers.Words).ToList();
        int length = joined.Length;
        while (length > MaxLength - NumberRoom)
        {
            List<string>? longest = null;
            int longestLength = 0;
            foreach (List<string> part in words)
            {
                int partLength = part.Sum(w => w.Length);
                if (part.Count > 1 && partLength > longestLength)
                {
                    longest = part;
                    longestLength = partLength;
                }
            }

            if (longest is null)
            {
                // Every part is down to one word: the name is shortened whole after all.
                return Reserve(scope, joined);
            }

            length -= longest[0].Length;
            longest.RemoveAt(0);
        }

        return scope.Reserve(string.Join(joiner, words.Select(part => Identifiers.ToPascalCase(Names.Join(part), "Model", "Model"))));
    }

    private static string Shorten(string name, int maxLength)
    {
        if (name.Length <= maxLength)
        {
            return name;
        }

        List<string> words = Identifiers.Words(name);
        var kept = new List<string>();
        var later = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        for (int i = words.Count - 1; i >= 0; i--)
        {
            if (later.Add(words[i]))
            {
                kept.Insert(0, words[i]);
            }
        }

        int length = 0;
        int start = kept.Count;
        while (start > 0 && length + kept[start - 1].Length <= maxLength)
        {
            start--;
            length += kept[start].Length;
        }

        if (start == kept.Count)
        {
            // One word longer than the limit: its start.
            return kept[kept.Count - 1].Substring(0, maxLength);
        }

        string shortened = Names.Join(kept.GetRange(start, kept.Count - start));
        return Identifiers.ToPascalCase(shortened, "Model", "Model");
    }

    /// <summary>
    /// The name of a component schema: its <c>x-specgen-name</c>; else the glossary translation of its Chinese
    /// title (好友信息 → FriendInfo; the converter made the key, pinyin, from that title), else its key. A message
    /// segment (an object of exactly <c>type</c> and <c>data</c>) is named from its constant <c>type</c>
    /// (<c>"text"</c> → TextSegment) or its name with "Segment" for "Message" (文本消息 → TextSegment).
    /// The parser and specgen diff (ComponentComparer) both name components here.
    /// </summary>
    public static string ForComponent(string key, string? chosenName, string? title, IReadOnlyCollection<string> propertyNames, string? typeConstant)
    {
        if (chosenName is not null && Identifiers.IsValidIdentifier(chosenName))
        {
            return chosenName;
        }

        bool isSegment = propertyNames.Count == 2 && propertyNames.Contains("type") && propertyNames.Contains("data");
        if (isSegment && typeConstant is not null && Identifiers.Words(typeConstant).Count > 0)
        {
            return Identifiers.ToPascalCase(typeConstant, "Segment", "Segment") + "Segment";
        }

        string keyName = Identifiers.ToPascalCase(key, "Schema", "Schema");
        string? translated = title is not null && HasHan(title) ? Glossary.Translate(title) : null;
        string name = translated ?? keyName;
        if (isSegment && (translated is not null || !Pinyin.HasPinyin(Identifiers.Words(keyName))))
        {
            name = (name.EndsWith("Message", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Message".Length) : name) + "Segment";
        }

        return Shorten(name);
    }

    private static bool HasHan(string text)
    {
        foreach (char c in text)
        {
            if (Glossary.IsHan(c))
            {
                return true;
            }
        }

        return false;
    }
}
