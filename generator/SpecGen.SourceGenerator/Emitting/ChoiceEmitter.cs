using System.Collections.Generic;
using System.Globalization;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>
/// Emits a choice: a class holding one value of several JSON kinds (a string id or an object), one read-only
/// property per kind, a constructor and an implicit conversion from each. Reading picks the branch from the JSON
/// token; a token of no documented kind reads as null and is reported as an unread value by the model holding it.
/// </summary>
internal static class ChoiceEmitter
{
    private const string Reader = TypeSyntax.Reader;
    private const string Writer = TypeSyntax.Writer;
    private const string TokenType = TypeSyntax.TokenType;

    public static string Emit(ApiNames names, ModelSpec choice)
    {
        var types = new TypeSyntax(names, qualifyModels: true);
        CodeWriter w = ModelEmitter.OpenJsonType(names, "public sealed partial class " + choice.Name, choice.Description, "Exactly one property is set; a value of each kind converts implicitly.");
        foreach (VariantSpec variant in choice.Variants)
        {
            w.Line("/// <summary>Holds " + Article(variant) + ".</summary>");
            w.Line("/// <param name=\"value\">The value.</param>");
            w.Line("public " + choice.Name + "(" + types.Name(variant.Type) + " value)");
            w.Line("{");
            w.Line("    " + variant.MemberName + " = value;");
            w.Line("}");
            w.Line();
        }

        foreach (VariantSpec variant in choice.Variants)
        {
            w.Line("/// <summary>The value when it is " + Article(variant) + "; otherwise null.</summary>");
            w.Line("public " + types.Nullable(variant.Type) + " " + variant.MemberName + " { get; }");
            w.Line();
        }

        foreach (VariantSpec variant in choice.Variants)
        {
            w.Line("/// <summary>Holds " + Article(variant) + ".</summary>");
            w.Line("/// <param name=\"value\">The value.</param>");
            w.Line("public static implicit operator " + choice.Name + "(" + types.Name(variant.Type) + " value) => new(value);");
            w.Line();
        }

        EmitRead(w, types, choice);
        w.Line();
        EmitWrite(w, types, choice);
        w.Close();
        return w.ToString();
    }

    private static void EmitRead(CodeWriter w, TypeSyntax types, ModelSpec choice)
    {
        w.Line("/// <summary>Reads the current JSON value as the branch of its kind; null for JSON null or a value of no documented kind.</summary>");
        w.Open("internal static " + choice.Name + "? ReadJson(ref " + Reader + " reader)");
        w.Open("switch (reader.TokenType)");
        int index = 0;
        foreach (VariantSpec variant in choice.Variants)
        {
            foreach (string token in Tokens(variant.Shape))
            {
                w.Line("case " + TokenType + "." + token + ":");
            }

            string local = "v" + index.ToString(CultureInfo.InvariantCulture);
            w.Line("    return " + types.Read(variant.Type, "reader") + " is { } " + local + " ? new " + choice.Name + "(" + local + ") : null;");
            index++;
        }

        w.Line("default:");
        w.Line("    reader.Skip();");
        w.Line("    return null;");
        w.Close();
        w.Close();
    }

    private static void EmitWrite(CodeWriter w, TypeSyntax types, ModelSpec choice)
    {
        w.Line("/// <summary>Writes the value of the set branch.</summary>");
        w.Open("internal static void WriteJson(" + Writer + " writer, " + choice.Name + " value)");
        int index = 0;
        foreach (VariantSpec variant in choice.Variants)
        {
            string local = "v" + index.ToString(CultureInfo.InvariantCulture);
            w.Open((index == 0 ? "if" : "else if") + " (value." + variant.MemberName + " is { } " + local + ")");
            w.Line(types.Write(variant.Type, "writer", local));
            w.Close();
            index++;
        }

        w.Open("else");
        w.Line("writer.WriteNullValue();");
        w.Close();
        w.Close();
    }

    private static IEnumerable<string> Tokens(JsonShape shape) => shape switch
    {
        JsonShape.String => new[] { "String" },
        JsonShape.Number => new[] { "Number" },
        JsonShape.Boolean => new[] { "True", "False" },
        JsonShape.Array => new[] { "StartArray" },
        _ => new[] { "StartObject" },
    };

    private static string Article(VariantSpec variant) => variant.Shape switch
    {
        JsonShape.String => variant.Type.Kind == TypeKind.Enum ? "a <see cref=\"" + variant.Type.Name + "\"/> value" : "a string",
        JsonShape.Number => "a number",
        JsonShape.Boolean => "a boolean",
        JsonShape.Array => "a list",
        _ => variant.Type.Kind == TypeKind.Model ? "a <see cref=\"" + variant.Type.Name + "\"/>" : "an object",
    };
}
