using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>
/// Escaping of untrusted spec text into C#: string literals and XML doc comments. Line breaks of every
/// kind split doc lines (each gets its own <c>///</c>), control and format characters (bidi overrides,
/// zero-width characters) are removed from docs and escaped as <c>\uXXXX</c> in literals.
/// </summary>
internal static class Literals
{
    public const int MaxDocLength = 4000;

    /// <summary>A regular C# string literal, quotes included.</summary>
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>A UTF-8 literal (<c>"..."u8</c>).</summary>
    public static string Utf8(string value) => String(value) + "u8";

    /// <summary>Splits and escapes untrusted text for XML doc comments. Empty result: nothing to write.</summary>
    public static string[] DocLines(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new string[0];
        }

        if (text!.Length > MaxDocLength)
        {
            text = text.Substring(0, MaxDocLength) + "…";
        }

        var lines = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lines.Add(current.ToString().TrimEnd());
                current.Clear();
                continue;
            }

            switch (c)
            {
                case '&': current.Append("&amp;"); break;
                case '<': current.Append("&lt;"); break;
                case '>': current.Append("&gt;"); break;
                case '\t': current.Append("    "); break;
                default:
                    if (!NeedsEscape(c))
                    {
                        current.Append(c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        current.Append(c).Append(text[i + 1]);
                        i++;
                    }

                    break;
            }
        }

        lines.Add(current.ToString().TrimEnd());
        int start = 0;
        int end = lines.Count;
        while (start < end && lines[start].Length == 0)
        {
            start++;
        }

        while (end > start && lines[end - 1].Length == 0)
        {
            end--;
        }

        return lines.GetRange(start, end - start).ToArray();
    }

    /// <summary>Escapes a short trusted-structure fragment (a wire name) for use inside XML docs.</summary>
    public static string DocText(string value) => string.Join(" ", DocLines(value));

    private static bool NeedsEscape(char c)
    {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        {
            return true;
        }

        if (c < 0x80)
        {
            return false;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }
}
