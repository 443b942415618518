using System.Collections.Generic;
using System.Globalization;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>
/// Emits a family's abstract base class: reading looks ahead at the object's constant members (without consuming
/// it) and hands it to the member they match, most constants first; writing switches on the runtime type. An
/// object no member matches becomes the family's Unknown class, which keeps and writes back the JSON as received.
/// No reflection, so it works under Native AOT.
/// </summary>
internal static class FamilyEmitter
{
    private const string Reader = TypeSyntax.Reader;
    private const string Writer = TypeSyntax.Writer;
    private const string TokenType = TypeSyntax.TokenType;

    public static string Emit(ApiNames names, ModelSpec family)
    {
        var types = new TypeSyntax(names, qualifyModels: true);
        List<string> constantNames = ConstantNames(family);
        string remarks = "The kinds: " + string.Join(", ", See(family)) + "; any other object is read as <see cref=\"" + family.UnknownType + "\"/>. Use a <c>switch</c> on the type to handle each kind.";
        CodeWriter w = ModelEmitter.OpenJsonType(names, "public abstract partial class " + family.Name, family.Description, remarks);
        w.Line("/// <summary>Only the kinds listed above derive from this class.</summary>");
        w.Line("private protected " + family.Name + "()");
        w.Line("{");
        w.Line("}");
        w.Line();
        EmitRead(w, types, family, constantNames);
        w.Line();
        EmitWrite(w, types, family);
        w.Close();
        w.Line();
        EmitUnknown(w, family);
        return w.ToString();
    }

    private static void EmitRead(CodeWriter w, TypeSyntax types, ModelSpec family, List<string> constantNames)
    {
        w.Line("/// <summary>Reads the current JSON object as the kind its constant members name; null for JSON null or a value that is not an object.</summary>");
        w.Open("internal static " + family.Name + "? ReadJson(ref " + Reader + " reader)");
        w.Open("if (reader.TokenType != " + TokenType + ".StartObject)");
        w.Line("reader.Skip();");
        w.Line("return null;");
        w.Close();
        w.Line();
        for (int i = 0; i < constantNames.Count; i++)
        {
            w.Line("string? c" + Index(i) + " = null;");
        }

        // A copy of the reader looks ahead; the original still stands on the object for the member's own reader.
        w.Line(Reader + " scan = reader;");
        w.Open("while (scan.Read() && scan.TokenType == " + TokenType + ".PropertyName)");
        for (int i = 0; i < constantNames.Count; i++)
        {
            w.Open((i == 0 ? "if" : "else if") + " (scan.ValueTextEquals(" + Literals.Utf8(constantNames[i]) + "))");
            w.Line("scan.Read();");
            w.Line("c" + Index(i) + " = ConstantText(ref scan);");
            w.Line("continue;");
            w.Close();
            w.Line();
        }

        w.Line("scan.Read();");
        w.Line("scan.Skip();");
        w.Close();
        w.Line();
        foreach (VariantSpec variant in family.Variants)
        {
            var tests = new List<string>();
            foreach (ConstantSpec constant in variant.Constants)
            {
                tests.Add("c" + Index(constantNames.IndexOf(constant.WireName)) + " == " + Literals.String(constant.Value));
            }

            w.Open("if (" + string.Join(" && ", tests) + ")");
            w.Line("return " + types.Qualified(variant.Type.Name!) + ".ReadJson(ref reader);");
            w.Close();
            w.Line();
        }

        w.Line("return new " + types.Qualified(family.UnknownType!) + "(global::System.Text.Json.JsonElement.ParseValue(ref reader));");
        w.Close();
        w.Line();
        w.Line("/// <summary>A constant member's value as text: a string's value, <c>true</c>/<c>false</c>, a number as written; null for anything else.</summary>");
        w.Open("private static string? ConstantText(ref " + Reader + " reader)");
        w.Open("switch (reader.TokenType)");
        w.Line("case " + TokenType + ".String:");
        w.Line("    return reader.GetString();");
        w.Line("case " + TokenType + ".True:");
        w.Line("    return \"true\";");
        w.Line("case " + TokenType + ".False:");
        w.Line("    return \"false\";");
        w.Line("case " + TokenType + ".Number:");
        w.Line("    return global::System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());");
        w.Line("default:");
        w.Line("    reader.Skip();");
        w.Line("    return null;");
        w.Close();
        w.Close();
    }

    private static void EmitWrite(CodeWriter w, TypeSyntax types, ModelSpec family)
    {
        w.Line("/// <summary>Writes the object as its kind; an unknown one as it was received.</summary>");
        w.Open("internal static void WriteJson(" + Writer + " writer, " + family.Name + " value)");
        w.Open("switch (value)");
        int index = 0;
        foreach (VariantSpec variant in family.Variants)
        {
            string name = types.Qualified(variant.Type.Name!);
            w.Line("case " + name + " v" + Index(index) + ":");
            w.Line("    " + name + ".WriteJson(writer, v" + Index(index) + ");");
            w.Line("    break;");
            index++;
        }

        w.Line("case " + types.Qualified(family.UnknownType!) + " unknown:");
        w.Line("    unknown.Json.WriteTo(writer);");
        w.Line("    break;");
        w.Close();
        w.Close();
    }

    private static void EmitUnknown(CodeWriter w, ModelSpec family)
    {
        string name = family.UnknownType!;
        w.Line("/// <summary>A <see cref=\"" + family.Name + "\"/> of a kind the spec does not document, kept as received and written back unchanged.</summary>");
        w.Line(Emitter.GeneratedCodeAttribute);
        w.Open("public sealed partial class " + name + " : " + family.Name);
        w.Line("/// <summary>Holds an object as received.</summary>");
        w.Line("/// <param name=\"json\">The object.</param>");
        w.Line("public " + name + "(global::System.Text.Json.JsonElement json)");
        w.Line("{");
        w.Line("    Json = json;");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>The object as received.</summary>");
        w.Line("public global::System.Text.Json.JsonElement Json { get; }");
        w.Close();
    }

    /// <summary>Every constant member name, in the order members list them.</summary>
    private static List<string> ConstantNames(ModelSpec family)
    {
        var names = new List<string>();
        foreach (VariantSpec variant in family.Variants)
        {
            foreach (ConstantSpec constant in variant.Constants)
            {
                if (!names.Contains(constant.WireName))
                {
                    names.Add(constant.WireName);
                }
            }
        }

        return names;
    }

    private static IEnumerable<string> See(ModelSpec family)
    {
        foreach (VariantSpec variant in family.Variants)
        {
            yield return "<see cref=\"" + variant.Type.Name + "\"/>";
        }
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
