using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>
/// Emits a model's <c>PropertyIndex</c>: its JSON property names in <c>ReadJson</c>'s order, as one
/// <c>NameIndex</c> (Runtime/SpecGenJson.Names.cs) that maps a UTF-8 name to its position (-1 for an
/// unknown name) with one hash and one comparison. A list of strings is the cheapest code for the
/// compiler: a switch on the length and bytes, with a comparison per name, cost each SDK build a tenth
/// of box's compile time, and a chain of <c>else if</c> or a string <c>switch</c> is not even linear.
/// </summary>
internal static class PropertyIndexEmitter
{
    public const string FieldName = "PropertyIndex";

    /// <summary>The expression that finds the position of the name <paramref name="nameExpression"/> (a UTF-8 span).</summary>
    public static string Find(string nameExpression) => FieldName + ".Find(" + nameExpression + ")";

    public static void Emit(CodeWriter w, EquatableArray<PropertySpec> properties)
    {
        w.Line("private static readonly " + ApiNames.JsonHelperName + ".NameIndex " + FieldName + " = new(");
        w.Indent();
        int index = 0;
        foreach (PropertySpec property in properties)
        {
            w.Line(Literals.String(property.WireName) + (++index == properties.Count ? ");" : ","));
        }

        w.Outdent();
    }
}
