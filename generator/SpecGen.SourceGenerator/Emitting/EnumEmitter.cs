using System.Collections.Generic;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>
/// Emits an extensible string enum: a struct around the raw value with one static property per
/// documented value. Unknown values round-trip instead of throwing.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(ApiNames names, EnumSpec spec)
    {
        string n = spec.Name;
        var w = new CodeWriter();
        w.Header();
        w.Line("namespace " + names.Namespace + ";");
        w.Line();
        w.Doc("summary", spec.Description ?? "Values of " + (spec.SchemaName ?? spec.Name) + ".");
        w.DocXml("remarks", "An extensible enum: values the spec does not list are kept as they are (see <see cref=\"IsKnown\"/>)." + (spec.SchemaName is null ? string.Empty : " OpenAPI schema <c>" + Literals.DocText(spec.SchemaName) + "</c>."));
        w.Line(ConvertersEmitter.Attribute);
        w.Line(Emitter.GeneratedCodeAttribute);
        w.Open("public readonly partial struct " + n + " : global::System.IEquatable<" + n + ">");
        w.Line("private readonly string? _value;");
        w.Line();
        w.Line("/// <summary>Creates a value; any string is accepted, documented or not.</summary>");
        w.Line("/// <param name=\"value\">The raw value as sent on the wire.</param>");
        w.Open("public " + n + "(string value)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        w.Line("_value = value;");
        w.Close();
        foreach (EnumMemberSpec member in spec.Members)
        {
            w.Line();
            w.DocXml("summary", "The value <c>" + Literals.DocText(member.Value) + "</c>" + (member.Description is null ? "." : ": " + Literals.DocText(member.Description)));
            w.Line("public static " + n + " " + member.Name + " { get; } = new(" + Literals.String(member.Value) + ");");
        }

        w.Line();
        w.Line("/// <summary>The raw value as sent on the wire.</summary>");
        w.Line("public string Value => _value ?? string.Empty;");
        w.Line();
        EmitIsKnown(w, spec);
        w.Line();
        w.Line("/// <summary>Converts a raw value.</summary>");
        w.Line("/// <param name=\"value\">The raw value.</param>");
        w.Line("public static implicit operator " + n + "(string value) => new(value);");
        w.Line();
        w.Line("/// <summary>Compares raw values (ordinal).</summary>");
        w.Line("/// <param name=\"left\">The first value.</param>");
        w.Line("/// <param name=\"right\">The second value.</param>");
        w.Line("public static bool operator ==(" + n + " left, " + n + " right) => left.Equals(right);");
        w.Line();
        w.Line("/// <summary>Compares raw values (ordinal).</summary>");
        w.Line("/// <param name=\"left\">The first value.</param>");
        w.Line("/// <param name=\"right\">The second value.</param>");
        w.Line("public static bool operator !=(" + n + " left, " + n + " right) => !left.Equals(right);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public bool Equals(" + n + " other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override bool Equals(object? obj) => obj is " + n + " other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        w.Line();
        w.Line("/// <summary>Returns the raw value.</summary>");
        w.Line("public override string ToString() => Value;");
        w.Line();
        w.Line("internal static " + n + "? ReadJson(ref global::System.Text.Json.Utf8JsonReader reader)");
        w.Line("    => " + ApiNames.JsonHelperName + ".ReadString(ref reader) is { } text ? new " + n + "(text) : default(" + n + "?);");
        w.Line();
        w.Line("internal static void WriteJson(global::System.Text.Json.Utf8JsonWriter writer, " + n + " value) => writer.WriteStringValue(value.Value);");
        w.Close();
        return w.ToString();
    }

    /// <summary>
    /// A <c>switch</c> over the documented values when there are few (it reads best); a set otherwise,
    /// because the compiler's cost for string switches grows faster than their size.
    /// </summary>
    private static void EmitIsKnown(CodeWriter w, EnumSpec spec)
    {
        var values = new List<string>(spec.Members.Count + spec.UnnamedValues.Count);
        foreach (EnumMemberSpec member in spec.Members)
        {
            values.Add(member.Value);
        }

        values.AddRange(spec.UnnamedValues);
        bool asSwitch = values.Count <= CodeLimits.MaxStringSwitchArms;
        w.Line("/// <summary>True when the value is one the spec documents.</summary>");
        if (!asSwitch)
        {
            w.Line("public bool IsKnown => s_knownValues.Contains(Value);");
            w.Line();
        }

        w.Open(asSwitch ? "public bool IsKnown => Value switch" : "private static readonly global::System.Collections.Generic.HashSet<string> s_knownValues = new(global::System.StringComparer.Ordinal)");
        foreach (string value in values)
        {
            w.Line(Literals.String(value) + (asSwitch ? " => true," : ","));
        }

        if (asSwitch)
        {
            w.Line("_ => false,");
        }

        w.Close(";");
    }
}
