using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>Emits one model class: properties with wire names, reflection-free JSON read/write, an STJ converter.</summary>
internal static class ModelEmitter
{
    /// <param name="publicApiOnly">Leave out the internal JSON reader and writer (see <see cref="Emitter.Emit"/>).</param>
    public static string Emit(ApiNames names, ModelSpec model, bool publicApiOnly = false)
    {
        if (model.Shape == ModelShape.Family)
        {
            return FamilyEmitter.Emit(names, model);
        }

        if (model.Shape == ModelShape.Choice)
        {
            return ChoiceEmitter.Emit(names, model);
        }

        var types = new TypeSyntax(names, qualifyModels: true);
        var w = new CodeWriter();
        w.Header();
        w.Line("namespace " + names.Namespace + ";");
        w.Line();
        w.Doc("summary", model.Description ?? (model.IsForm ? "Form fields of a request body." : "The " + (model.SchemaName ?? model.Name) + " object."));
        if (model.SchemaName is not null || model.SourceLine is not null)
        {
            string remarks = model.SchemaName is null ? string.Empty : "OpenAPI schema <c>" + Literals.DocText(model.SchemaName) + "</c>.";
            if (model.SourceLine is { } line)
            {
                remarks += (remarks.Length > 0 ? " " : string.Empty) + "Documented at line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of the source document.";
            }

            w.DocXml("remarks", remarks);
        }

        if (!model.IsForm)
        {
            w.Line(ConvertersEmitter.Attribute);
        }

        w.Line(Emitter.GeneratedCodeAttribute);
        w.Open("public sealed partial class " + model.Name + (model.BaseType is null ? string.Empty : " : " + model.BaseType));
        bool first = true;
        if (model.HasRequiredMembers)
        {
            EmitConstructors(w, model);
            first = false;
        }

        if (model.Factory is { } factory)
        {
            if (!first)
            {
                w.Line();
            }

            EmitFactory(w, types, model, factory);
            first = false;
        }

        foreach (PropertySpec property in model.Properties)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            EmitProperty(w, types, property, model);
        }

        if (!model.IsForm)
        {
            if (!first)
            {
                w.Line();
            }

            EmitLosslessProperties(w);
            if (!publicApiOnly)
            {
                w.Line();
                EmitRead(w, types, model);
                w.Line();
                EmitWrite(w, types, model);
            }
        }

        w.Close();
        return w.ToString();
    }

    /// <summary>A public constructor that leaves the required members to the caller, and one for reading that does not.</summary>
    private static void EmitConstructors(CodeWriter w, ModelSpec model)
    {
        w.Line("/// <summary>Creates an instance; the compiler asks for the members the spec requires.</summary>");
        w.Line("public " + model.Name + "()");
        w.Line("{");
        w.Line("}");
        if (!model.IsForm)
        {
            w.Line();
            w.Line("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
            w.Line("private " + model.Name + "(bool reading)");
            w.Line("{");
            w.Line("    _ = reading;");
            w.Line("}");
        }
    }

    private static void EmitProperty(CodeWriter w, TypeSyntax types, PropertySpec property, ModelSpec model)
    {
        ConstantSpec? constant = model.ConstantOf(property.WireName);
        w.Doc("summary", property.Description ?? "The " + property.WireName + " value.");
        string remarks = (model.IsForm ? "Form field name: <c>" : "JSON name: <c>") + Literals.DocText(property.WireName) + "</c>."
            + (property.Required ? " Required." : string.Empty)
            + (constant is null ? string.Empty : " Always <c>" + Literals.DocText(constant.Value) + "</c> for this kind of object (set by default).")
            + (property.Deprecated ? " Deprecated." : string.Empty);
        w.DocXml("remarks", remarks);
        w.Line("[global::System.Text.Json.Serialization.JsonPropertyName(" + Literals.String(property.WireName) + ")]");
        // Required in a request: the caller must set it (C# required). The type stays nullable: the same class reads
        // responses, where a member the spec requires can still be missing. A constant is set by default instead.
        string required = model.InRequest && property.Required && constant is null ? "required " : string.Empty;
        string initializer = constant is null ? string.Empty : " = " + ConstantLiteral(constant) + ";";
        w.Line("public " + required + types.Nullable(property.Type) + " " + property.Name + " { get; set; }" + initializer);
    }

    /// <summary>A constant as a C# value; a string also converts to the property's enum struct.</summary>
    private static string ConstantLiteral(ConstantSpec constant) =>
        constant.Shape == JsonShape.String ? Literals.String(constant.Value) : constant.Value;

    /// <summary><c>TextSegment.Of(text)</c>: a member built from its required values, its constants set by default.</summary>
    private static void EmitFactory(CodeWriter w, TypeSyntax types, ModelSpec model, FactorySpec factory)
    {
        var parameters = new System.Collections.Generic.List<string>();
        var assignments = new System.Collections.Generic.List<string>();
        foreach (PropertySpec parameter in factory.Parameters)
        {
            string name = ParameterName(parameter);
            parameters.Add(types.Name(parameter.Type) + " " + name);
            assignments.Add(parameter.Name + " = " + name);
        }

        w.Line("/// <summary>Creates this kind of object from its required values.</summary>");
        foreach (PropertySpec parameter in factory.Parameters)
        {
            w.Doc("param", parameter.Description ?? "The " + parameter.WireName + " value.", "name=\"" + ParameterName(parameter).TrimStart('@') + "\"");
        }

        string values = string.Join(", ", assignments);
        string body = factory.Wrapper is null
            ? values
            : factory.Wrapper + " = new " + types.Qualified(factory.WrapperType!) + " { " + values + " }";
        w.Line("public static " + model.Name + " Of(" + string.Join(", ", parameters) + ") => new() { " + body + " };");
    }

    private static string ParameterName(PropertySpec property) =>
        Parsing.Identifiers.EscapeKeyword(Parsing.Identifiers.ToCamelCase(property.Name, "value"));

    private const string RawMembers = "global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>";

    private static void EmitLosslessProperties(CodeWriter w)
    {
        w.Line("/// <summary>JSON members the spec does not document, kept as received and written back after the documented ones.</summary>");
        w.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
        w.Line("public " + RawMembers + "? AdditionalProperties { get; set; }");
        w.Line();
        w.Line("/// <summary>Documented members whose value was not of the documented type (text for a number), kept as received (the property stays null) and reported (the client options' <c>ReadProblem</c>, <c>StrictReading</c>); not written back.</summary>");
        w.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
        w.Line("public " + RawMembers + "? UnreadValues { get; set; }");
    }

    private static void EmitRead(CodeWriter w, TypeSyntax types, ModelSpec model)
    {
        w.Open("internal static " + (model.BaseType is null ? string.Empty : "new ") + model.Name + "? ReadJson(ref global::System.Text.Json.Utf8JsonReader reader)");
        w.Line("if (!" + ApiNames.JsonHelperName + ".IsObject(ref reader)) return null;");
        w.Line();
        w.Line("var result = new " + model.Name + (model.HasRequiredMembers ? "(reading: true);" : "();"));
        w.Line(RawMembers + "? additional = null;");
        if (!model.Properties.IsEmpty)
        {
            w.Line(RawMembers + "? unread = null;");
        }

        w.Open("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
        if (model.Properties.IsEmpty)
        {
            w.Line(ApiNames.JsonHelperName + ".KeepMember(ref reader, ref additional);");
        }
        else
        {
            w.Line("int property = " + PropertyIndexEmitter.Find(ApiNames.JsonHelperName + ".PropertyName(ref reader)") + ";");
            w.Open("if (property < 0)");
            w.Line(ApiNames.JsonHelperName + ".KeepMember(ref reader, ref additional);");
            w.Line("continue;");
            w.Close();
            // One switch expression arm per property, each a direct, non-generic call (or one generic list/map call
            // with a method group): a generic ReadMember<T>(ref reader, Foo.ReadJson, ...) per property cost the
            // compiler several times as much. The lossless check is made once, after the switch.
            w.Line("global::System.Text.Json.Utf8JsonReader name = reader;");
            w.Line("int dropped = " + ApiNames.JsonHelperName + ".DroppedItems;");
            w.Line("reader.Read();");
            w.Line("bool readNull = property switch");
            w.Line("{");
            w.Indent();
            int index = 0;
            foreach (PropertySpec property in model.Properties)
            {
                w.Line(index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " => (result." + property.Name + " = " + types.Read(property.Type, "reader") + ") is null,");
                index++;
            }

            w.Line("_ => false,");
            w.Outdent();
            w.Line("};");
            w.Line(ApiNames.JsonHelperName + ".CheckMember(ref name, readNull, dropped, ref unread, nameof(" + model.Name + "));");
        }

        w.Close();
        w.Line();
        w.Line("result.AdditionalProperties = additional;");
        if (!model.Properties.IsEmpty)
        {
            w.Line("result.UnreadValues = unread;");
        }

        w.Line("return result;");
        w.Close();
        if (!model.Properties.IsEmpty)
        {
            w.Line();
            PropertyIndexEmitter.Emit(w, model.Properties);
        }
    }

    private static void EmitWrite(CodeWriter w, TypeSyntax types, ModelSpec model)
    {
        w.Open("internal static void WriteJson(global::System.Text.Json.Utf8JsonWriter writer, " + model.Name + " value)");
        w.Line("writer.WriteStartObject();");
        foreach (PropertySpec property in model.Properties)
        {
            string access = "value." + property.Name;
            string nonNull = property.Type.IsValueType ? access + ".Value" : access;
            string name = Literals.Utf8(property.WireName);
            // One non-overloaded helper per scalar kind, one line per property: Utf8JsonWriter's WriteString/WriteNumber
            // have 10-20 overloads each, and resolving them for every property was a large part of the compile time of
            // a model. The helper leaves an unset value out (or writes null for a required property).
            string? scalar = property.Type.Kind switch
            {
                // An enum writes its raw value as a string (EnumEmitter's WriteJson).
                TypeKind.String or TypeKind.Enum => ".WriteStringProperty(writer, ",
                TypeKind.Int32 or TypeKind.Int64 => ".WriteInt64Property(writer, ",
                TypeKind.UInt64 => ".WriteUInt64Property(writer, ",
                TypeKind.Boolean => ".WriteBooleanProperty(writer, ",
                _ => null,
            };
            if (scalar is not null)
            {
                w.Line(ApiNames.JsonHelperName + scalar + name + ", " + access + (property.Type.Kind == TypeKind.Enum ? "?.Value, " : ", ") + (property.Required ? "true" : "false") + ");");
                continue;
            }

            w.Open("if (" + access + " is not null)");
            w.Line(ApiNames.JsonHelperName + ".WritePropertyName(writer, " + name + ");");
            w.Line(types.Write(property.Type, "writer", nonNull));
            w.Close();
            if (property.Required)
            {
                w.Open("else");
                w.Line(ApiNames.JsonHelperName + ".WriteNullProperty(writer, " + Literals.Utf8(property.WireName) + ");");
                w.Close();
            }
        }

        w.Line(ApiNames.JsonHelperName + ".WriteMembers(writer, value.AdditionalProperties);");
        w.Line("writer.WriteEndObject();");
        w.Close();
    }

    /// <summary>
    /// Starts a file holding one JSON type: the namespace, the type's docs, its <c>[JsonConverter]</c> naming the
    /// API's converter factory, and the open declaration (<paramref name="declaration"/> ends with the type's name).
    /// </summary>
    internal static CodeWriter OpenJsonType(ApiNames names, string declaration, string? summary, string remarksXml)
    {
        var w = new CodeWriter();
        w.Header();
        w.Line("namespace " + names.Namespace + ";");
        w.Line();
        w.Doc("summary", summary);
        w.DocXml("remarks", remarksXml);
        w.Line(ConvertersEmitter.Attribute);
        w.Line(Emitter.GeneratedCodeAttribute);
        w.Open(declaration);
        return w;
    }
}
