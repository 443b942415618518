using System.Collections.Generic;
using System.Text;

namespace SpecGen.SourceGenerator.Parsing.Naming;

/// <summary>Chinese text → an English PascalCase name through the reviewed glossary (Parsing/Naming/glossary.tsv).</summary>
internal static class Glossary
{
    private const int MaxWordLength = 6;

    /// <summary>
    /// The English name of <paramref name="text"/> ("撤回消息" → RecallMessage; "发送emoji表情" → SendEmojiEmoji
    /// collapsed to SendEmoji), or null when a Chinese word is not in the glossary. Text in parentheses
    /// (a remark such as "（第二步）") is left out; ASCII words are kept.
    /// </summary>
    public static string? Translate(string text)
    {
        var words = new List<string>();
        int depth = 0;
        var ascii = new StringBuilder();
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            if (c is '(' or '（' or '[' or '【')
            {
                depth++;
                i++;
                continue;
            }

            if (c is ')' or '）' or ']' or '】')
            {
                depth = depth > 0 ? depth - 1 : 0;
                i++;
                continue;
            }

            if (depth > 0)
            {
                i++;
                continue;
            }

            if (IsHan(c))
            {
                FlushAscii();
                int length = LongestMatch(text, i);
                if (length == 0)
                {
                    return null;
                }

                string english = NamingData.Glossary[text.Substring(i, length)];
                if (english.Length > 0)
                {
                    words.Add(english);
                }

                i += length;
                continue;
            }

            if (c < 0x80 && char.IsLetterOrDigit(c))
            {
                ascii.Append(c);
            }
            else
            {
                FlushAscii();
            }

            i++;
        }

        FlushAscii();
        string name = Names.Join(Names.DropRepeatedWords(words));
        return name.Length == 0 ? null : name;

        void FlushAscii()
        {
            if (ascii.Length > 0)
            {
                words.AddRange(Names.Pascal(Identifiers.Words(ascii.ToString())));
                ascii.Clear();
            }
        }
    }

    /// <summary>The glossary name of the first Chinese word of <paramref name="text"/>, when the text starts with one.</summary>
    public static string? FirstWord(string text)
    {
        if (text.Length == 0 || !IsHan(text[0]))
        {
            return null;
        }

        int length = LongestMatch(text, 0);
        return length == 0 ? null : NamingData.Glossary[text.Substring(0, length)];
    }

    public static bool IsHan(char c) => c >= '\u4e00' && c <= '\u9fff';

    private static int LongestMatch(string text, int start)
    {
        for (int length = System.Math.Min(MaxWordLength, text.Length - start); length > 0; length--)
        {
            if (NamingData.Glossary.ContainsKey(text.Substring(start, length)))
            {
                return length;
            }
        }

        return 0;
    }
}
