using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>
/// Emits the API's one <c>SpecGenConverter</c>: a <c>JsonConverterFactory</c> every model, union and enum names in its
/// <c>[JsonConverter]</c>, which hands System.Text.Json a converter calling the type's generated reader and writer.
/// One factory per API instead of a converter class nested in every type (a class overriding <c>JsonConverter&lt;T&gt;</c>
/// per type): box's 700 such classes were 6% of its compile time (2.50 s -> 2.35 s) and 10,000 lines.
/// The factory compares types, it does not reflect: it is trimming- and NativeAOT-safe.
/// </summary>
internal static class ConvertersEmitter
{
    public const string Name = "SpecGenConverter";

    public const string ObjectMessage = "Expected a JSON object.";

    public const string StringMessage = "Expected a JSON string.";

    public const string ChoiceMessage = "Expected a JSON value of a documented kind.";

    /// <summary>The attribute each converted type carries.</summary>
    public const string Attribute = "[global::System.Text.Json.Serialization.JsonConverter(typeof(" + Name + "))]";

    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    private const string Options = "global::System.Text.Json.JsonSerializerOptions";
    private const string Converter = "global::System.Text.Json.Serialization.JsonConverter";

    public static string Emit(ApiNames names, EquatableArray<ConverterSpec> converters)
    {
        string ns = "global::" + names.Namespace + ".";
        var w = new CodeWriter();
        w.Header();
        w.Line("namespace " + names.Namespace + ";");
        w.Line();
        w.Line("/// <summary>Lets <see cref=\"global::System.Text.Json.JsonSerializer\"/> (and source-generated contexts) use the generated, reflection-free code for the types of this API (each names this factory in its <c>[JsonConverter]</c>).</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line(Emitter.GeneratedCodeAttribute);
        w.Open("public sealed class " + Name + " : global::System.Text.Json.Serialization.JsonConverterFactory");
        w.Line("private const string NotObject = " + Literals.String(ObjectMessage) + ";");
        w.Line("private const string NotString = " + Literals.String(StringMessage) + ";");
        w.Line("private const string NotChoice = " + Literals.String(ChoiceMessage) + ";");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override bool CanConvert(global::System.Type typeToConvert) => Create(typeToConvert) is not null;");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override " + Converter + "? CreateConverter(global::System.Type typeToConvert, " + Options + " options) => Create(typeToConvert);");
        w.Line();
        w.Open("private static " + Converter + "? Create(global::System.Type type)");
        foreach (ConverterSpec converter in converters)
        {
            string type = ns + converter.TypeName;
            string message = converter.NullMessage switch
            {
                ObjectMessage => "NotObject",
                StringMessage => "NotString",
                ChoiceMessage => "NotChoice",
                _ => Literals.String(converter.NullMessage),
            };
            w.Line("if (type == typeof(" + type + ")) return new " + (converter.IsValueType ? "Value<" : "Class<") + type + ">(" + type + ".ReadJson, " + type + ".WriteJson, " + message + ");");
        }

        w.Line("return null;");
        w.Close();
        bool classes = false;
        bool values = false;
        foreach (ConverterSpec converter in converters)
        {
            classes |= !converter.IsValueType;
            values |= converter.IsValueType;
        }

        if (classes)
        {
            EmitConverterClass(w, "Class", "class");
        }

        if (values)
        {
            EmitConverterClass(w, "Value", "struct");
        }
        w.Close();
        return w.ToString();
    }

    private static void EmitConverterClass(CodeWriter w, string name, string constraint)
    {
        w.Line();
        string read = ApiNames.JsonHelperName + ".ReadFunc<T?>";
        string write = "global::System.Action<" + Writer + ", T>";
        w.Line("private sealed class " + name + "<T> : " + Converter + "<T>");
        w.Line("    where T : " + constraint);
        w.Line("{");
        w.Line("    private readonly " + read + " _read;");
        w.Line("    private readonly " + write + " _write;");
        w.Line("    private readonly string _nullMessage;");
        w.Line();
        w.Line("    public " + name + "(" + read + " read, " + write + " write, string nullMessage)");
        w.Line("    {");
        w.Line("        _read = read;");
        w.Line("        _write = write;");
        w.Line("        _nullMessage = nullMessage;");
        w.Line("    }");
        w.Line();
        w.Line("    public override bool HandleNull => false;");
        w.Line();
        w.Line("    public override T Read(ref " + Reader + " reader, global::System.Type typeToConvert, " + Options + " options)");
        w.Line("        => _read(ref reader) ?? throw new global::System.Text.Json.JsonException(_nullMessage);");
        w.Line();
        w.Line("    public override void Write(" + Writer + " writer, T value, " + Options + " options) => _write(writer, value);");
        w.Line("}");
    }
}
