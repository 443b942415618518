using System.Globalization;
using System.Text;
using System.Text.Json;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Model;
using SpecGen.Core.Writing;

namespace SpecGen.Core.Assembly;

/// <summary>
/// Checks a payload's example against its schema as the written spec states it (the keywords
/// <see cref="SpecWriter"/> writes, <c>$ref</c>s followed to their component): JSON type, <c>nullable</c>,
/// required properties, enum values, int32/int64 ranges, <c>items</c>, <c>additionalProperties</c>,
/// <c>allOf</c>, <c>anyOf</c> (one branch) and <c>oneOf</c> (exactly one branch). Each contradiction is
/// reported (<see cref="DiagnosticCodes.ExampleContradictsSchema"/>) at the example's line, naming the
/// field row's line; the caller then writes the example as <see cref="SpecWriter.ExampleExtension"/>.
/// Linear: every example value is visited once per schema it meets, union branches are probed within a
/// step budget proportional to the example's text, and nesting is cut at <see cref="MaxDepth"/> (what is
/// not checked counts as consistent).
/// </summary>
internal sealed class ExampleCheck
{
    /// <summary>The deepest level walked (example levels plus <c>$ref</c> hops); deeper values are not checked.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most contradictions reported for one example; the last one counts the rest.</summary>
    public const int MaxReported = 8;

    private readonly string _label;
    private readonly int _exampleLine;
    private readonly long _budget;
    private readonly List<(string? Property, int Index)> _path = new();
    private readonly List<string> _found = new();
    private Dictionary<SpecSchema, int>? _requiredCounts;
    private long _steps;

    /// <summary>How many walks were cut (depth or budget) and counted as consistent: a union probed across a cut is not judged.</summary>
    private long _cuts;
    private int _total;

    private ExampleCheck(string label, int exampleLine, long budget)
    {
        _label = label;
        _exampleLine = exampleLine;
        _budget = budget;
    }

    /// <returns>Whether the example agrees with the schema (true when nothing contradicts it).</returns>
    /// <param name="label">What the payload is, for messages: <c>the request body</c>, <c>the 200 response</c>.</param>
    /// <param name="exampleLine">The example's line (where the warnings are located).</param>
    /// <param name="tableLine">The payload's line, for a schema that carries none of its own.</param>
    /// <param name="textLength">The example's text length: the step budget is proportional to it.</param>
    public static bool Check(SpecSchema schema, JsonElement example, string label, int exampleLine, int tableLine, int textLength, DiagnosticBag diagnostics)
    {
        var check = new ExampleCheck(label, exampleLine, 16L * Math.Max(textLength, 64) + 1024);
        if (check.Walk(example, schema, tableLine, 0, probe: false))
        {
            return true;
        }

        for (var i = 0; i < check._found.Count; i++)
        {
            var more = i == check._found.Count - 1 && check._total > check._found.Count
                ? $" (and {check._total - check._found.Count} more contradictions in this example)"
                : string.Empty;
            diagnostics.Warn(exampleLine, DiagnosticCodes.ExampleContradictsSchema,
                $"{check._found[i]}{more}; the example is written as {SpecWriter.ExampleExtension}");
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="value"/> satisfies <paramref name="schema"/>. In probe mode (a union
    /// branch) nothing is reported and the walk stops at the first contradiction.
    /// </summary>
    private bool Walk(JsonElement value, SpecSchema schema, int line, int depth, bool probe)
    {
        if (depth > MaxDepth || ++_steps > _budget)
        {
            _cuts++;
            return true;
        }

        // A property's $ref is written alone: the component is the whole schema.
        if (schema.Reference is { } target && schema.ComponentKey is null)
        {
            return Walk(value, target, line, depth + 1, probe);
        }

        line = schema.Line ?? schema.SourceLine ?? line;
        if (schema.IsNullType)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.Null && schema.Nullable)
        {
            return true;
        }

        if (schema.Type != JsonType.None && !HasType(value, schema.Type))
        {
            if (Keeps(probe))
            {
                _found.Add($"example value {Show(value)} at line {_exampleLine} contradicts {Name()} typed {TypeText(schema)} at line {line}");
            }

            return false;
        }

        if (value.ValueKind == JsonValueKind.Number && !InRange(value, schema.Format))
        {
            if (Keeps(probe))
            {
                _found.Add($"example value {Show(value)} at line {_exampleLine} is out of range for {Name()} typed {TypeText(schema)} at line {line}");
            }

            return false;
        }

        if (schema.EnumCount > 0 && !Listed(value, schema.Enum))
        {
            if (Keeps(probe))
            {
                _found.Add($"example value {Show(value)} at line {_exampleLine} is not one of the values of {Name()} listed at line {line} ({Values(schema.Enum)})");
            }

            return false;
        }

        var consistent = true;
        if (value.ValueKind == JsonValueKind.Object && (schema.PropertyCount > 0 || schema.AdditionalProperties is not null))
        {
            consistent = WalkObject(value, schema, line, depth, probe);
            if (!consistent && probe)
            {
                return false;
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.Type == JsonType.Array && schema.Items is { } items)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                _path.Add((null, index++));
                var ok = Walk(item, items, line, depth + 1, probe);
                _path.RemoveAt(_path.Count - 1);
                consistent &= ok;
                if (!ok && probe)
                {
                    return false;
                }
            }
        }

        return Compositions(value, schema, line, depth, probe) && consistent;
    }

    private bool WalkObject(JsonElement value, SpecSchema schema, int line, int depth, bool probe)
    {
        var consistent = true;
        var requiredSeen = 0;
        foreach (var property in value.EnumerateObject())
        {
            SpecSchema? propertySchema = null;
            if (schema.PropertyCount > 0 && schema.Properties.TryGetValue(property.Name, out var declared))
            {
                propertySchema = declared;
                requiredSeen += declared.IsRequired ? 1 : 0;
            }

            propertySchema ??= schema.AdditionalProperties;
            if (propertySchema is null)
            {
                continue;
            }

            _path.Add((property.Name, 0));
            var ok = Walk(property.Value, propertySchema, line, depth + 1, probe);
            _path.RemoveAt(_path.Count - 1);
            consistent &= ok;
            if (!ok && probe)
            {
                return false;
            }
        }

        if (requiredSeen >= RequiredCount(schema))
        {
            return consistent;
        }

        if (probe)
        {
            return false;
        }

        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            present.Add(property.Name);
        }

        foreach (var (name, property) in schema.Properties)
        {
            if (property.IsRequired && !present.Contains(name))
            {
                _path.Add((name, 0));
                if (Keeps(probe))
                {
                    _found.Add($"example object at line {_exampleLine} has no {Name()}, required at line {property.Line ?? line}");
                }

                _path.RemoveAt(_path.Count - 1);
            }
        }

        return false;
    }

    /// <summary>How many of the schema's properties are required, counted once per schema.</summary>
    private int RequiredCount(SpecSchema schema)
    {
        if (schema.PropertyCount == 0)
        {
            return 0;
        }

        _requiredCounts ??= new Dictionary<SpecSchema, int>(ReferenceEqualityComparer.Instance);
        if (!_requiredCounts.TryGetValue(schema, out var count))
        {
            foreach (var (_, property) in schema.Properties)
            {
                count += property.IsRequired ? 1 : 0;
            }

            _requiredCounts[schema] = count;
        }

        return count;
    }

    /// <summary><c>allOf</c> (and a component documented as another one): every branch; <c>anyOf</c>: one; <c>oneOf</c>: exactly one.</summary>
    private bool Compositions(JsonElement value, SpecSchema schema, int line, int depth, bool probe)
    {
        var consistent = true;
        if (schema.ComponentKey is not null && schema.Reference is { } aliased && schema.AllOfCount == 0)
        {
            consistent &= Walk(value, aliased, line, depth + 1, probe);
        }

        for (var i = 0; i < schema.AllOfCount && (consistent || !probe); i++)
        {
            consistent &= Walk(value, schema.AllOf[i], line, depth + 1, probe);
        }

        if (!consistent && probe)
        {
            return false;
        }

        // A branch probe that met a cut (depth or budget) may have matched wrongly: such a union is not judged.
        var cuts = _cuts;
        if (schema.AnyOfCount > 0 && Matching(value, schema.AnyOf, line, depth, stopAt: 1) == 0 && _cuts == cuts)
        {
            consistent = false;
            if (Keeps(probe))
            {
                _found.Add($"example value {Show(value)} at line {_exampleLine} matches none of the {schema.AnyOfCount} anyOf branches of {Name()} at line {line}");
            }
        }

        if (schema.OneOfCount > 0 && (consistent || !probe))
        {
            cuts = _cuts;
            var matching = Matching(value, schema.OneOf, line, depth, stopAt: 2);
            if (matching != 1 && _cuts == cuts)
            {
                consistent = false;
                if (Keeps(probe))
                {
                    _found.Add(matching == 0
                        ? $"example value {Show(value)} at line {_exampleLine} matches none of the {schema.OneOfCount} oneOf branches of {Name()} at line {line}"
                        : $"example value {Show(value)} at line {_exampleLine} matches several of the {schema.OneOfCount} oneOf branches of {Name()} at line {line} (oneOf needs exactly one)");
                }
            }
        }

        return consistent;
    }

    /// <summary>How many branches the value satisfies, counting no further than <paramref name="stopAt"/>.</summary>
    private int Matching(JsonElement value, List<SpecSchema> branches, int line, int depth, int stopAt)
    {
        var matching = 0;
        foreach (var branch in branches)
        {
            if (Walk(value, branch, line, depth + 1, probe: true) && ++matching >= stopAt)
            {
                break;
            }
        }

        return matching;
    }

    /// <summary>Counts a contradiction (none in probe mode); true when its message is to be kept (formatted only then).</summary>
    private bool Keeps(bool probe)
    {
        if (probe)
        {
            return false;
        }

        _total++;
        return _found.Count < MaxReported;
    }

    /// <summary>The value's place: <c>'data[0].type'</c>, or the payload itself.</summary>
    private string Name()
    {
        if (_path.Count == 0)
        {
            return _label;
        }

        var text = new StringBuilder("'");
        foreach (var (property, index) in _path)
        {
            if (property is null)
            {
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                text.Append(text.Length > 1 ? "." : string.Empty).Append(property);
            }
        }

        return text.Append('\'').ToString();
    }

    private static bool HasType(JsonElement value, JsonType type) => type switch
    {
        JsonType.String => value.ValueKind == JsonValueKind.String,
        JsonType.Integer => value.ValueKind == JsonValueKind.Number && IsInteger(value),
        JsonType.Number => value.ValueKind == JsonValueKind.Number,
        JsonType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        JsonType.Object => value.ValueKind == JsonValueKind.Object,
        JsonType.Array => value.ValueKind == JsonValueKind.Array,
        _ => true,
    };

    private static bool IsInteger(JsonElement value) =>
        value.TryGetDecimal(out var number) ? decimal.IsInteger(number) : value.TryGetDouble(out var real) && double.IsInteger(real);

    /// <summary>int32 and int64 bound a number; other formats do not.</summary>
    private static bool InRange(JsonElement value, string? format) => format switch
    {
        "int32" => !IsInteger(value) || value.TryGetInt32(out _) || (value.TryGetDecimal(out var n) && n is >= int.MinValue and <= int.MaxValue),
        "int64" => !IsInteger(value) || value.TryGetInt64(out _) || (value.TryGetDecimal(out var m) && m is >= long.MinValue and <= long.MaxValue),
        _ => true,
    };

    /// <summary>Enum values are typed by <see cref="Schema.Enums"/> (long, decimal, bool or string) and written so.</summary>
    private static bool Listed(JsonElement value, List<object> values)
    {
        foreach (var item in values)
        {
            var equal = item switch
            {
                long integer => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var n) && n == integer,
                decimal number => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == number,
                bool flag => value.ValueKind == (flag ? JsonValueKind.True : JsonValueKind.False),
                _ => value.ValueKind == JsonValueKind.String && value.GetString() == item.ToString(),
            };
            if (equal)
            {
                return true;
            }
        }

        return false;
    }

    private static string Values(List<object> values)
    {
        var shown = string.Join(", ", values.Take(6).Select(v => v is bool b ? (b ? "true" : "false") : Convert.ToString(v, CultureInfo.InvariantCulture)));
        return values.Count > 6 ? shown + ", …" : shown;
    }

    private static string TypeText(SpecSchema schema)
    {
        var type = schema.Type.ToString().ToLowerInvariant();
        var format = schema.Format is { Length: > 0 } f ? $" ({f})" : string.Empty;
        var model = schema.ComponentKey is { } key ? $" ('{key}')" : string.Empty;
        return type + format + model;
    }

    /// <summary>A short rendering of the value: scalars as JSON (cut at 40 characters), containers as <c>{…}</c> / <c>[…]</c>.</summary>
    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "{…}",
        JsonValueKind.Array => "[…]",
        _ => Cut(value.GetRawText()),
    };

    private static string Cut(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 40 ? line : line[..39] + "…";
    }
}
