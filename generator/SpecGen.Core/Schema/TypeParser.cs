using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Schema;

/// <summary>
/// The one place where type cells are read, for every dialect: widdershins (<c>[[X](#schemax)]</c>,
/// <c>string¦null</c>, <c>[anyOf]</c>, <c>integer(int32)</c>), 002 (<c>array[int32]</c>), 003
/// (<c>String\[\]</c>, <c>JSONObject</c>, <c>long</c>), swagger-markdown (<c>[ [X](#x) ]</c>,
/// <c>integer (uint64)</c>, <c>[  ]</c>), swagger2markup (<c>&lt; [Pet](#pet) &gt; array</c>,
/// <c>&lt; string, string &gt; map</c>, <c>enum (a, b)</c>, <c>&lt; string &gt; array(multi)</c>, <c>Pet array</c>).
/// </summary>
public static partial class TypeParser
{
    /// <summary>
    /// Type cells repeat (7,495 cells, 200 distinct texts in the five seeds) and a <see cref="TypeExpr"/>
    /// is immutable, so each text is parsed once. Bounded, so a long-lived host can't grow it without limit.
    /// </summary>
    private static readonly ConcurrentDictionary<string, TypeExpr> Cache = new(StringComparer.Ordinal);

    private const int MaxCached = 4096;

    /// <summary>The deepest nesting of brackets (<c>[ &lt; « (</c>) plus <c>[]</c> suffixes a type cell may have.</summary>
    public const int MaxDepth = 16;

    /// <summary>The longest type cell read as a type (a long swagger2markup <c>enum (…)</c> fits); longer ones are damage.</summary>
    public const int MaxLength = 4096;

    /// <summary>Longer cells are parsed each time: the cache holds type words, not paragraphs.</summary>
    private const int MaxCachedLength = 256;

    public static TypeExpr Parse(string? text)
    {
        text ??= string.Empty;
        if (text.Length > MaxLength)
        {
            return new UnreadableType($"a type cell of {text.Length:N0} characters (the limit is {MaxLength}) was not read as a type");
        }

        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var depth = Nesting(text);
        if (depth > MaxDepth)
        {
            return new UnreadableType($"a type nested {depth:N0} levels deep (the limit is {MaxDepth}) was not read");
        }

        var parsed = ParseText(text);
        if (text.Length > MaxCachedLength)
        {
            return parsed;
        }

        if (Cache.Count >= MaxCached)
        {
            // Full of one doc's distinct (or junk) cells: start again rather than stop caching for good.
            Cache.Clear();
        }

        Cache.TryAdd(text, parsed);
        return parsed;
    }

    /// <summary>How deep a type cell nests, in one pass: bracket levels plus <c>[]</c> suffixes (each an array level).</summary>
    private static int Nesting(string text)
    {
        int level = 0, deepest = 0, suffixes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[' when i + 1 < text.Length && text[i + 1] == ']':
                    suffixes++;
                    i++;
                    break;
                case '[' or '<' or '«' or '(':
                    deepest = Math.Max(deepest, ++level);
                    break;
                case ']' or '>' or '»' or ')':
                    level = Math.Max(0, level - 1);
                    break;
            }
        }

        return deepest + suffixes;
    }

    private static TypeExpr ParseText(string text)
    {
        var value = PipeTableParser.Unescape(text.Trim());
        value = StripEmphasis(value);
        if (value.Length == 0)
        {
            return new EmptyType();
        }

        // swagger-markdown's OpenAPI 3 layout: "[Category](#category-schema) or null", "[Pet](#pet-schema) or string or integer".
        if (value.Contains(" or ", StringComparison.Ordinal))
        {
            var branches = value.Split(" or ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var typed = branches.Where(b => !b.Equals("null", StringComparison.OrdinalIgnoreCase)).Select(ParseSingle).ToList();
            var nullable = typed.Count < branches.Length;
            if (typed.Count == 1)
            {
                return typed[0] with { Nullable = nullable || typed[0].Nullable };
            }

            if (typed.Count > 1 && typed.TrueForAll(t => t is not UnknownType))
            {
                return new UnionType(typed) { Nullable = nullable };
            }
        }

        var alternatives = value.Split('¦', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (alternatives.Length > 1)
        {
            var nonNull = alternatives.Where(a => !a.Equals("null", StringComparison.OrdinalIgnoreCase)).ToArray();
            if (nonNull.Length == 1)
            {
                return ParseSingle(nonNull[0]) with { Nullable = true };
            }
        }

        return ParseSingle(value);
    }

    private static TypeExpr ParseSingle(string value)
    {
        var page = PageLinkPattern().Match(value);
        if (page.Success)
        {
            // A link to another page (OpenAPI Generator's "[**Order**](Order.md)"): the model is not in this doc; its name is the type.
            return ParseSingle(StripEmphasis(page.Groups["name"].Value.Trim()));
        }

        // widdershins writes a primitive model's format after its link: "[TotalSize](#schematotalsize)(int64)".
        var linkWithFormat = LinkWithFormatPattern().Match(value);
        if (linkWithFormat.Success)
        {
            value = linkWithFormat.Groups["link"].Value;
        }

        var link = LinkPattern().Match(value);
        if (link.Success)
        {
            return new RefType(link.Groups["name"].Value.Trim(), link.Groups["anchor"].Value.Trim());
        }

        if (Generic(value) is { } generic)
        {
            return generic;
        }

        var enumeration = EnumPattern().Match(value);
        if (enumeration.Success)
        {
            return new EnumType(enumeration.Groups["values"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        var trailing = TrailingArrayPattern().Match(value);
        if (trailing.Success)
        {
            return new ArrayType(ParseItem(trailing.Groups["item"].Value));
        }

        if (value.StartsWith('[') && value.EndsWith(']'))
        {
            var inner = value[1..^1].Trim();
            return inner.Length == 0 ? new ArrayType(null) : new ArrayType(ParseItem(inner));
        }

        var javaGeneric = GenericPattern().Match(value);
        if (javaGeneric.Success)
        {
            var container = javaGeneric.Groups["container"].Value.ToLowerInvariant();
            var item = javaGeneric.Groups["item"].Value.Trim();
            if (container is "map" or "hashmap" or "dictionary")
            {
                var comma = TopLevelComma(item);
                var values = comma < 0 ? item : item[(comma + 1)..].Trim();
                return new MapType(values.Length == 0 ? null : ParseSingle(values));
            }

            return new ArrayType(ParseItem(item));
        }

        var arrayOf = ArrayOfPattern().Match(value);
        if (arrayOf.Success)
        {
            return new ArrayType(ParseItem(arrayOf.Groups["item"].Value.Trim()));
        }

        if (value.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = value[..^2].Trim();
            return element.Equals("byte", StringComparison.OrdinalIgnoreCase)
                ? new ScalarType("string", "byte")
                : new ArrayType(ParseItem(element));
        }

        var formatted = FormattedPattern().Match(value);
        if (formatted.Success)
        {
            var baseType = Word(formatted.Groups["type"].Value);
            if (baseType is ScalarType scalar)
            {
                var format = formatted.Groups["format"].Value.Trim();
                return scalar with { Format = NormalizeFormat(scalar.Type, format) ?? scalar.Format };
            }
        }

        return Word(value);
    }

    /// <summary>
    /// swagger2markup's generics: <c>&lt; X &gt; array</c> and <c>&lt; K, V &gt; map</c>, nested
    /// (<c>&lt; &lt; string, X &gt; map &gt; array</c>), an array with its collection format
    /// (<c>array(multi)</c>, <c>array(csv)</c>). Null when the text is not one.
    /// </summary>
    private static TypeExpr? Generic(string value)
    {
        if (!value.StartsWith('<'))
        {
            return null;
        }

        var close = MatchingAngle(value);
        if (close < 0)
        {
            return null;
        }

        var inner = value[1..close].Trim();
        var kind = CollectionFormatPattern().Replace(value[(close + 1)..].Trim(), string.Empty).Trim();
        if (kind.Equals("array", StringComparison.OrdinalIgnoreCase))
        {
            return new ArrayType(inner.Length == 0 ? null : ParseItem(inner));
        }

        if (!kind.Equals("map", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var comma = TopLevelComma(inner);
        var values = comma < 0 ? inner : inner[(comma + 1)..].Trim();
        return new MapType(values.Length == 0 ? null : ParseSingle(values));
    }

    /// <summary>The index of the <c>&gt;</c> closing the <c>&lt;</c> at 0, or -1.</summary>
    private static int MatchingAngle(string value)
    {
        var level = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '<')
            {
                level++;
            }
            else if (value[i] == '>' && --level == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int TopLevelComma(string text)
    {
        var level = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '<' or '[' or '(':
                    level++;
                    break;
                case '>' or ']' or ')':
                    level--;
                    break;
                case ',' when level == 0:
                    return i;
            }
        }

        return -1;
    }

    private static TypeExpr ParseItem(string inner) => inner.ToLowerInvariant() switch
    {
        "anyof" => new AnyType(CompositionKind.AnyOf),
        "oneof" => new AnyType(CompositionKind.OneOf),
        "allof" => new AnyType(CompositionKind.AllOf),
        _ => ParseSingle(inner),
    };

    /// <summary>A format in parentheses: kept, except <c>int</c> which says nothing beyond integer.</summary>
    private static string? NormalizeFormat(string type, string format) => (type, format.ToLowerInvariant()) switch
    {
        (_, "") => null,
        ("integer", "int") => null,
        ("integer", "long") => "int64",
        _ => format,
    };

    private static TypeExpr Word(string word) => word.Trim().ToLowerInvariant() switch
    {
        "string" or "str" or "char" or "text" => new ScalarType("string"),
        "xml" or "html" => new ScalarType("string"),
        "date" => new ScalarType("string", "date"),
        "datetime" or "date-time" => new ScalarType("string", "date-time"),
        "file" or "binary" => new ScalarType("string", "binary"),
        "byte" => new ScalarType("string", "byte"),
        "password" => new ScalarType("string", "password"),
        "integer" => new ScalarType("integer"),
        "int" or "int32" or "short" => new ScalarType("integer", "int32"),
        "int64" or "long" or "bigint" => new ScalarType("integer", "int64"),
        "uint8" or "uint16" or "uint32" or "uint64" or "int8" or "int16" => new ScalarType("integer", word.Trim().ToLowerInvariant()),
        "number" or "decimal" or "bigdecimal" => new ScalarType("number"),
        "float" => new ScalarType("number", "float"),
        "double" => new ScalarType("number", "double"),
        "boolean" or "bool" => new ScalarType("boolean"),
        "object" or "jsonobject" or "map" or "dict" => new ScalarType("object"),
        "array" or "jsonarray" or "list" => new ArrayType(null),
        "any" => new AnyType(CompositionKind.None),
        "字符串" or "字符" or "文本" => new ScalarType("string"),
        "整数" or "整型" or "整形" => new ScalarType("integer"),
        "长整型" or "长整形" => new ScalarType("integer", "int64"),
        "数字" or "数值" or "浮点" or "浮点数" or "浮点型" or "小数" => new ScalarType("number"),
        "布尔" or "布尔值" or "布尔型" => new ScalarType("boolean"),
        "对象" or "json对象" or "json" => new ScalarType("object"),
        "数组" or "列表" or "集合" or "json数组" => new ArrayType(null),
        "文件" => new ScalarType("string", "binary"),
        "日期" => new ScalarType("string", "date"),
        "日期时间" => new ScalarType("string", "date-time"),
        "null" => new NullType(),
        _ => new UnknownType(word.Trim()),
    };

    private static string StripEmphasis(string value)
    {
        if (value.Length > 4 && value.StartsWith("**", StringComparison.Ordinal) && value.EndsWith("**", StringComparison.Ordinal))
        {
            return value[2..^2].Trim();
        }

        return value;
    }

    /// <summary><c>[Pet](#pet)</c>, or with the file of a split document: <c>[Pet](definitions.md#pet)</c>.</summary>
    [GeneratedRegex(@"^\[(?<name>[^\[\]]+)\]\((?:[^)#\s]*)#(?<anchor>[^)]*)\)$")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^(?<link>\[[^\[\]]+\]\([^)]*\))\s*\([A-Za-z0-9_-]+\)$")]
    private static partial Regex LinkWithFormatPattern();

    [GeneratedRegex(@"^\[(?<name>[^\[\]]+)\]\((?<page>[^)#\s]+\.md)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageLinkPattern();

    [GeneratedRegex(@"^(?<container>List|Array|ArrayList|Set|Collection|Iterable|Map|HashMap|Dictionary)\s*<(?<item>.+)>$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericPattern();

    /// <summary>A Java/C# class name used as a type (<c>UserDTO</c>, <c>Result«List«User»»</c>, <c>R&lt;Page&gt;</c>).</summary>
    [GeneratedRegex(@"^[A-Z][A-Za-z0-9_]*(?:[«<].*[»>])?$")]
    internal static partial Regex ClassNamePattern();

    [GeneratedRegex(@"^array\s*\[(?<item>.*)\]$", RegexOptions.IgnoreCase)]
    private static partial Regex ArrayOfPattern();

    [GeneratedRegex(@"^enum\s*\((?<values>.*)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex EnumPattern();

    /// <summary>swagger2markup 0.x: <c>Pet array</c>, <c>string array</c>, <c>number (float) array</c>.</summary>
    [GeneratedRegex(@"^(?<item>[^\s<>\[\]][^<>\[\]]*?)\s+array$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingArrayPattern();

    [GeneratedRegex(@"^\((?:multi|csv|ssv|tsv|pipes)\)|\((?:multi|csv|ssv|tsv|pipes)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex CollectionFormatPattern();

    [GeneratedRegex(@"^(?<type>[A-Za-z]+)\s*\((?<format>[A-Za-z0-9_-]*)\)$")]
    private static partial Regex FormattedPattern();
}
