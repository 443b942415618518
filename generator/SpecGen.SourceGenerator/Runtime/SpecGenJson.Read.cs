namespace SpecGen.Runtime.Template;

/// <summary>Reflection-free JSON helpers used by the generated models. Reading is lenient: numbers sent as strings are accepted, wrong shapes become null.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
internal static partial class SpecGenJson
{
    internal delegate T ReadFunc<T>(ref global::System.Text.Json.Utf8JsonReader reader);

    /// <summary>The current property name as UTF-8 bytes, unescaped; the reader's own buffer when it needs no unescaping.</summary>
    internal static global::System.ReadOnlySpan<byte> PropertyName(ref global::System.Text.Json.Utf8JsonReader reader)
        => reader.HasValueSequence || reader.ValueIsEscaped
            ? global::System.Text.Encoding.UTF8.GetBytes(reader.GetString() ?? string.Empty)
            : reader.ValueSpan;

    /// <summary>Problems found while reading one response on this thread (reading is synchronous); null when nobody listens.</summary>
    [global::System.ThreadStatic]
    private static global::System.Collections.Generic.List<JsonReadProblem>? t_problems;

    /// <summary>Items of the wrong type a list or map left out on this thread; a member's reader compares it before and after.</summary>
    [global::System.ThreadStatic]
    private static int t_droppedItems;

    /// <summary>Reports the items of the wrong type a whole response (a top-level list or map) left out since <paramref name="before"/>.</summary>
    internal static void ReportDroppedItems(int before, byte[] body)
    {
        if (t_droppedItems != before)
        {
            string text = global::System.Text.Encoding.UTF8.GetString(body, 0, global::System.Math.Min(body.Length, 1000));
            t_problems?.Add(new JsonReadProblem("(response)", "(items)", text));
        }

        t_droppedItems = before;
    }

    /// <summary>The count of left-out items, to pass to <see cref="ReportDroppedItems"/>.</summary>
    internal static int DroppedItems => t_droppedItems;

    /// <summary>Starts collecting read problems on this thread; returns the previous collector, to pass to <see cref="EndProblems"/>.</summary>
    internal static global::System.Collections.Generic.List<JsonReadProblem>? BeginProblems()
    {
        global::System.Collections.Generic.List<JsonReadProblem>? previous = t_problems;
        t_problems = new global::System.Collections.Generic.List<JsonReadProblem>();
        return previous;
    }

    /// <summary>Stops collecting and returns what was found.</summary>
    internal static global::System.Collections.Generic.List<JsonReadProblem> EndProblems(global::System.Collections.Generic.List<JsonReadProblem>? previous)
    {
        global::System.Collections.Generic.List<JsonReadProblem> found = t_problems ?? new global::System.Collections.Generic.List<JsonReadProblem>();
        t_problems = previous;
        return found;
    }

    /// <summary>Whether the current value is an object (a model's reader starts so); any other value is skipped.</summary>
    internal static bool IsObject(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject)
        {
            return true;
        }

        reader.Skip();
        return false;
    }

    /// <summary>Keeps an undocumented member (the reader is on its name) as raw JSON.</summary>
    internal static void KeepMember(ref global::System.Text.Json.Utf8JsonReader reader, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? members)
    {
        string name = reader.GetString() ?? string.Empty;
        reader.Read();
        members ??= new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(global::System.StringComparer.Ordinal);
        members[name] = global::System.Text.Json.JsonElement.ParseValue(ref reader);
    }

    /// <summary>A kept member, or null.</summary>
    internal static global::System.Text.Json.JsonElement? Member(global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? members, string name)
        => members is not null && members.TryGetValue(name, out global::System.Text.Json.JsonElement value) ? value : null;

    /// <summary>Writes kept members back.</summary>
    internal static void WriteMembers(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement> member in members)
        {
            writer.WritePropertyName(member.Key);
            member.Value.WriteTo(writer);
        }
    }

    /// <summary>
    /// The check after reading a documented member (<paramref name="name"/>: a copy of the reader on its name, taken
    /// with <paramref name="dropped"/> = <see cref="DroppedItems"/> before reading): a value that is not JSON null but
    /// was read as null (not of the documented type), or a list or map that had to leave out items of the wrong type,
    /// is kept raw in <paramref name="unread"/> and reported. The dropped count is restored.
    /// </summary>
    internal static void CheckMember(ref global::System.Text.Json.Utf8JsonReader name, bool readNull, int dropped, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? unread, string type)
    {
        if (readNull || t_droppedItems != dropped)
        {
            // The member's name is made a string only when it is kept: a JSON null read as null (most nulls in a
            // Stripe object) must not allocate.
            global::System.Text.Json.Utf8JsonReader start = name;
            start.Read();
            if ((readNull && start.TokenType != global::System.Text.Json.JsonTokenType.Null) || t_droppedItems != dropped)
            {
                KeepUnread(ref start, ref unread, type, name.GetString() ?? string.Empty);
            }
        }

        t_droppedItems = dropped;
    }

    private static void KeepUnread(ref global::System.Text.Json.Utf8JsonReader start, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? unread, string type, string member)
    {
        global::System.Text.Json.JsonElement raw = global::System.Text.Json.JsonElement.ParseValue(ref start);
        unread ??= new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(global::System.StringComparer.Ordinal);
        unread[member] = raw;
        t_problems?.Add(new JsonReadProblem(type, member, raw.GetRawText()));
    }

    internal static string? ReadString(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.String:
                return reader.GetString();
            case global::System.Text.Json.JsonTokenType.Number:
                return RawText(ref reader);
            case global::System.Text.Json.JsonTokenType.True:
                return "true";
            case global::System.Text.Json.JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }

    internal static long? ReadInt64(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.Number:
                if (reader.TryGetInt64(out long number))
                {
                    return number;
                }

                return reader.TryGetDouble(out double real) && real == global::System.Math.Floor(real) && real >= long.MinValue && real <= long.MaxValue ? (long)real : null;
            case global::System.Text.Json.JsonTokenType.String:
                return long.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out long parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    internal static int? ReadInt32(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        long? value = ReadInt64(ref reader);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value.Value : null;
    }

    internal static ulong? ReadUInt64(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.Number:
                return reader.TryGetUInt64(out ulong number) ? number : null;
            case global::System.Text.Json.JsonTokenType.String:
                return ulong.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out ulong parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    internal static double? ReadDouble(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.Number:
                return reader.TryGetDouble(out double number) ? number : null;
            case global::System.Text.Json.JsonTokenType.String:
                return double.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out double parsed) ? parsed : null;
            default:
                reader.Skip();
                return null;
        }
    }

    internal static bool? ReadBoolean(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case global::System.Text.Json.JsonTokenType.True:
                return true;
            case global::System.Text.Json.JsonTokenType.False:
                return false;
            case global::System.Text.Json.JsonTokenType.Number:
                return reader.TryGetInt64(out long number) ? number != 0 : null;
            case global::System.Text.Json.JsonTokenType.String:
                return reader.GetString() switch
                {
                    "true" or "True" or "1" => true,
                    "false" or "False" or "0" => false,
                    _ => null,
                };
            default:
                reader.Skip();
                return null;
        }
    }

    internal static global::System.Text.Json.JsonElement? ReadElement(ref global::System.Text.Json.Utf8JsonReader reader)
        => global::System.Text.Json.JsonElement.ParseValue(ref reader);

    internal static T? SkipValue<T>(ref global::System.Text.Json.Utf8JsonReader reader)
        where T : class
    {
        reader.Skip();
        return null;
    }

    private static string RawText(ref global::System.Text.Json.Utf8JsonReader reader)
        => reader.HasValueSequence
            ? global::System.Text.Encoding.UTF8.GetString(global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence))
            : global::System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
}
