using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpecGen.SourceGenerator.Json;

/// <summary>Thrown by <see cref="JsonParser"/>; always caught by the spec parser and turned into a diagnostic.</summary>
internal sealed class JsonParseException : Exception
{
    public JsonParseException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    public int Position { get; }
}

/// <summary>
/// A small strict JSON (RFC 8259) reader that keeps source offsets for diagnostics.
/// It does not depend on System.Text.Json so the generator loads in any compiler host.
/// Invalid surrogate escapes become U+FFFD so every produced string is well-formed UTF-16.
/// </summary>
internal sealed class JsonParser
{
    /// <summary>Maximum nesting depth; deeper documents are rejected instead of overflowing the stack.</summary>
    public const int MaxDepth = 256;

    private readonly string _text;
    private readonly StringPool _strings = new();

    // The members and items of the containers being read, innermost last: each container's list is made once, at its
    // end, with its exact size (growing one list per container made about half of the parser's garbage).
    private readonly List<KeyValuePair<string, JsonNode>> _openMembers = new();
    private readonly List<JsonNode> _openItems = new();
    private int _pos;

    private JsonParser(string text)
    {
        _text = text;
    }

    public static JsonNode Parse(string text)
    {
        var parser = new JsonParser(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            parser._pos = 1;
        }

        parser.SkipWhitespace();
        JsonNode root = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser._pos < text.Length)
        {
            throw new JsonParseException("Unexpected content after the end of the JSON document.", parser._pos);
        }

        return root;
    }

    private JsonNode ParseValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new JsonParseException($"JSON nesting deeper than {MaxDepth} levels.", _pos);
        }

        if (_pos >= _text.Length)
        {
            throw new JsonParseException("Unexpected end of JSON.", _pos);
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{':
                return ParseObject(depth);
            case '[':
                return ParseArray(depth);
            case '"':
            {
                int start = _pos;
                string s = ParseString();
                return JsonNode.CreateScalar(JsonKind.String, start, _pos - start, s);
            }
            case 't':
                return ParseLiteral("true", JsonKind.True);
            case 'f':
                return ParseLiteral("false", JsonKind.False);
            case 'n':
                return ParseLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                throw new JsonParseException($"Unexpected character '{Printable(c)}'.", _pos);
        }
    }

    private JsonNode ParseObject(int depth)
    {
        int start = _pos;
        _pos++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            JsonNode empty = JsonNode.CreateObject(start, new List<KeyValuePair<string, JsonNode>>(0));
            empty.Length = _pos - start;
            return empty;
        }

        int first = _openMembers.Count;

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw new JsonParseException("Expected a property name in double quotes.", _pos);
            }

            string key = ParseString();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            JsonNode value = ParseValue(depth + 1);
            _openMembers.Add(new KeyValuePair<string, JsonNode>(key, value));
            SkipWhitespace();
            char c = Peek();
            if (c == ',')
            {
                _pos++;
                continue;
            }

            if (c == '}')
            {
                _pos++;
                break;
            }

            throw new JsonParseException("Expected ',' or '}' in object.", _pos);
        }

        JsonNode node = JsonNode.CreateObject(start, Take(_openMembers, first));
        node.Length = _pos - start;
        return node;
    }

    private JsonNode ParseArray(int depth)
    {
        int start = _pos;
        _pos++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            JsonNode empty = JsonNode.CreateArray(start, new List<JsonNode>(0));
            empty.Length = _pos - start;
            return empty;
        }

        int first = _openItems.Count;

        while (true)
        {
            SkipWhitespace();
            _openItems.Add(ParseValue(depth + 1));
            SkipWhitespace();
            char c = Peek();
            if (c == ',')
            {
                _pos++;
                continue;
            }

            if (c == ']')
            {
                _pos++;
                break;
            }

            throw new JsonParseException("Expected ',' or ']' in array.", _pos);
        }

        JsonNode node = JsonNode.CreateArray(start, Take(_openItems, first));
        node.Length = _pos - start;
        return node;
    }

    /// <summary>Moves the entries of <paramref name="open"/> from <paramref name="first"/> on into a list of their exact size.</summary>
    private static List<T> Take<T>(List<T> open, int first)
    {
        var taken = new List<T>(open.Count - first);
        for (int i = first; i < open.Count; i++)
        {
            taken.Add(open[i]);
        }

        open.RemoveRange(first, open.Count - first);
        return taken;
    }

    private string ParseString()
    {
        int start = _pos;
        _pos++; // opening quote
        StringBuilder? sb = null;
        int runStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new JsonParseException("Unterminated string.", start);
            }

            char c = _text[_pos];
            if (c == '"')
            {
                string result;
                if (sb is null)
                {
                    int length = _pos - runStart;
                    result = length <= StringPool.MaxLength ? _strings.Get(_text, runStart, length) : _text.Substring(runStart, length);
                }
                else
                {
                    sb.Append(_text, runStart, _pos - runStart);
                    result = sb.ToString();
                }

                _pos++;
                return SanitizeSurrogates(result);
            }

            if (c < 0x20)
            {
                throw new JsonParseException("Control character in string (must be escaped).", _pos);
            }

            if (c != '\\')
            {
                _pos++;
                continue;
            }

            sb ??= new StringBuilder();
            sb.Append(_text, runStart, _pos - runStart);
            _pos++;
            if (_pos >= _text.Length)
            {
                throw new JsonParseException("Unterminated escape sequence.", _pos);
            }

            char e = _text[_pos];
            _pos++;
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        throw new JsonParseException("Invalid \\u escape.", _pos - 2);
                    }

                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw new JsonParseException($"Invalid escape '\\{Printable(e)}'.", _pos - 2);
            }

            runStart = _pos;
        }
    }

    private JsonNode ParseNumber()
    {
        int start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        if (Peek() == '0')
        {
            _pos++;
        }
        else if (IsDigit(Peek()))
        {
            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }
        else
        {
            throw new JsonParseException("Invalid number.", start);
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!IsDigit(Peek()))
            {
                throw new JsonParseException("Invalid number: digit expected after '.'.", _pos);
            }

            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (!IsDigit(Peek()))
            {
                throw new JsonParseException("Invalid number: digit expected in exponent.", _pos);
            }

            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }

        return JsonNode.CreateScalar(JsonKind.Number, start, _pos - start, _text.Substring(start, _pos - start));
    }

    private JsonNode ParseLiteral(string literal, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
        {
            throw new JsonParseException("Invalid literal.", _pos);
        }

        int start = _pos;
        _pos += literal.Length;
        return JsonNode.CreateScalar(kind, start, literal.Length, null);
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw new JsonParseException($"Expected '{c}'.", _pos);
        }

        _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipWhitespace()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                _pos++;
            }
            else
            {
                break;
            }
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static string Printable(char c) => c < 0x20 || c > 0x7E ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

    private static string SanitizeSurrogates(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsSurrogate(s[i]))
            {
                return Rebuild(s);
            }
        }

        return s;

        static string Rebuild(string s)
        {
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    sb.Append(c).Append(s[i + 1]);
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    sb.Append('\uFFFD');
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }
    }
}
