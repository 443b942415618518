using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpecGen.SourceGenerator.Parsing;

/// <summary>
/// Turns arbitrary spec strings into safe, idiomatic C# identifiers. Only letters, digits and
/// combining marks survive; everything else (punctuation, spaces, bidi and other format
/// characters, surrogates) separates words, so a name can never smuggle code or invisible text.
/// </summary>
internal static class Identifiers
{
    public const int MaxLength = 128;

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",

        // Contextual keywords that break code when used as a local or parameter name.
        "await", "var", "dynamic", "nameof", "yield", "async", "value", "global", "partial", "record", "required",
        "scoped", "file", "field", "when", "where", "with", "and", "or", "not", "let", "select", "from", "get", "set",
        "init", "add", "remove", "args", "managed", "unmanaged", "notnull", "nint", "nuint",
    };

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>The client's name when none is configured: the title in PascalCase, ending in <c>Client</c> (<c>NapCat API</c> → <c>NapCatApiClient</c>).</summary>
    public static string ClientNameFor(string title)
    {
        string baseName = ToPascalCase(title, "Api", "Api");
        return baseName.EndsWith("Client", StringComparison.Ordinal) ? baseName : baseName + "Client";
    }

    /// <summary>PascalCase from any text. Returns <paramref name="fallback"/> when nothing usable is left.</summary>
    public static string ToPascalCase(string? text, string fallback, string digitPrefix = "_")
    {
        List<string> words = SplitWords(text ?? string.Empty);
        var sb = new StringBuilder();
        foreach (string word in words)
        {
            sb.Append(char.ToUpperInvariant(word[0]));
            sb.Append(word, 1, word.Length - 1);
        }

        string result = sb.ToString();
        if (result.Length == 0)
        {
            return fallback;
        }

        if (!IsIdentifierStart(result[0]))
        {
            result = digitPrefix + result;
        }

        return Truncate(result);
    }

    /// <summary>camelCase for parameters and locals, escaped with '@' when it is a keyword.</summary>
    public static string ToCamelCase(string? text, string fallback)
    {
        string pascal = ToPascalCase(text, fallback);
        int upperRun = 0;
        while (upperRun < pascal.Length && char.IsUpper(pascal[upperRun]))
        {
            upperRun++;
        }

        string camel;
        if (upperRun <= 1 || upperRun == pascal.Length)
        {
            camel = upperRun == 0 ? pascal : pascal.Substring(0, upperRun).ToLowerInvariant() + pascal.Substring(upperRun);
        }
        else
        {
            // "URLPath" → "urlPath"
            camel = pascal.Substring(0, upperRun - 1).ToLowerInvariant() + pascal.Substring(upperRun - 1);
        }

        return EscapeKeyword(camel);
    }

    public static string EscapeKeyword(string identifier) => IsKeyword(identifier) ? "@" + identifier : identifier;

    /// <summary>True when <paramref name="text"/> is usable verbatim as a C# identifier (not a keyword).</summary>
    public static bool IsValidIdentifier(string? text)
    {
        if (string.IsNullOrEmpty(text) || text!.Length > MaxLength || IsKeyword(text) || !IsIdentifierStart(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> is a dotted namespace of valid identifiers.</summary>
    public static bool IsValidNamespace(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (string part in text!.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of any text: separators, '_' and camelCase boundaries split ("userId" → user, Id).</summary>
    public static List<string> Words(string text) => SplitWords(text);

    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        char previous = '\0';
        foreach (char c in text)
        {
            if (c == '_' || !IsWordChar(c))
            {
                Flush();
                previous = '\0';
                continue;
            }

            // camelCase boundary: "userId" → "user" + "Id"; keeps "ID" and "URL" together.
            if (current.Length > 0 && char.IsUpper(c) && char.IsLower(previous))
            {
                Flush();
            }

            current.Append(c);
            previous = c;
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        return IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsLetter(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool IsIdentifierStart(char c) => c == '_' || IsLetter(c);

    private static bool IsIdentifierPart(char c) => c == '_' || IsWordChar(c);

    private static string Truncate(string name) => name.Length <= MaxLength ? name : name.Substring(0, MaxLength);
}

/// <summary>Hands out unique names inside one scope (a namespace, a type, a method).</summary>
internal sealed class NameScope
{
    private static readonly HashSet<string> NoneReserved = new(StringComparer.Ordinal);

    /// <summary>Names taken in every scope of a kind (a type's generated members); shared, never changed.</summary>
    private readonly HashSet<string> _reserved;

    private readonly HashSet<string> _used;

    /// <summary>Per taken name, the next numeric suffix to try, so a thousand clashes stay linear; made at the first clash.</summary>
    private Dictionary<string, int>? _nextSuffix;

    public NameScope(bool ignoreCase = false)
        : this(NoneReserved, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
    {
    }

    /// <param name="reserved">Names no scope of this kind hands out (ordinal): one set for all, instead of adding them to each of thousands of scopes.</param>
    public NameScope(HashSet<string> reserved)
        : this(reserved, StringComparer.Ordinal)
    {
    }

    private NameScope(HashSet<string> reserved, StringComparer comparer)
    {
        _reserved = reserved;
        _used = new HashSet<string>(comparer);
    }

    public bool IsUsed(string name) => _reserved.Contains(name) || _used.Contains(name);

    public void Add(string name) => _used.Add(name);

    /// <summary>Frees a name reserved for a type that turned out to be another one (never one of the shared reserved names).</summary>
    public void Release(string name) => _used.Remove(name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name);

    /// <summary>Returns <paramref name="candidate"/>, or candidate2, candidate3… if taken, and marks it used.</summary>
    public string Reserve(string candidate)
    {
        string bare = candidate.StartsWith("@", StringComparison.Ordinal) ? candidate.Substring(1) : candidate;
        if (TryTake(bare))
        {
            return candidate;
        }

        _nextSuffix ??= new Dictionary<string, int>(_used.Comparer);
        int i = _nextSuffix.TryGetValue(bare, out int next) ? next : 2;
        for (; ; i++)
        {
            string numbered = bare + i.ToString(CultureInfo.InvariantCulture);
            if (TryTake(numbered))
            {
                _nextSuffix[bare] = i + 1;
                return numbered;
            }
        }
    }

    private bool TryTake(string name) => !_reserved.Contains(name) && _used.Add(name);
}
