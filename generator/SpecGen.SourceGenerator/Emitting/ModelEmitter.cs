using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>Emits one model class: properties with wire names, reflection-free JSON read/write, an STJ converter.</summary>
internal static class ModelEmitter
{
    public static string Emit(ApiNames names, ModelSpec model)
    {
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
            w.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + model.Name + ".SpecGenConverter))]");
        }

        w.Line(Emitter.GeneratedCodeAttribute);
        w.Open("public sealed partial class " + model.Name);
        bool first = true;
        foreach (PropertySpec property in model.Properties)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            EmitProperty(w, types, property, model.IsForm);
        }

        if (!model.IsForm)
        {
            w.Line();
            EmitRead(w, types, model);
            w.Line();
            EmitWrite(w, types, model);
            w.Line();
            EmitConverter(w, model.Name, "Expected a JSON object.");
        }

        w.Close();
        return w.ToString();
    }

    private static void EmitProperty(CodeWriter w, TypeSyntax types, PropertySpec property, bool isForm)
    {
        w.Doc("summary", property.Description ?? "The " + property.WireName + " value.");
        string remarks = (isForm ? "Form field name: <c>" : "JSON name: <c>") + Literals.DocText(property.WireName) + "</c>." + (property.Required ? " Required." : string.Empty) + (property.Deprecated ? " Deprecated." : string.Empty);
        w.DocXml("remarks", remarks);
        w.Line("[global::System.Text.Json.Serialization.JsonPropertyName(" + Literals.String(property.WireName) + ")]");
        w.Line("public " + types.Nullable(property.Type) + " " + property.Name + " { get; set; }");
    }

    private static void EmitRead(CodeWriter w, TypeSyntax types, ModelSpec model)
    {
        w.Line("/// <summary>Reads the current JSON value; null for JSON null or a value that is not an object. Unknown properties are skipped.</summary>");
        w.Open("internal static " + model.Name + "? ReadJson(ref global::System.Text.Json.Utf8JsonReader reader)");
        w.Open("if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)");
        w.Line("reader.Skip();");
        w.Line("return null;");
        w.Close();
        w.Line();
        w.Line("var result = new " + model.Name + "();");
        w.Open("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
        if (model.Properties.IsEmpty)
        {
            w.Line("reader.Read();");
            w.Line("reader.Skip();");
        }
        else
        {
            w.Line("int property = " + PropertyDispatchEmitter.MethodName + "(" + ApiNames.JsonHelperName + ".PropertyName(ref reader));");
            w.Line("reader.Read();");
            w.Open("switch (property)");
            int index = 0;
            foreach (PropertySpec property in model.Properties)
            {
                w.Line("case " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":");
                w.Indent();
                w.Line("result." + property.Name + " = " + types.Read(property.Type, "reader") + ";");
                w.Line("break;");
                w.Outdent();
                index++;
            }

            w.Line("default:");
            w.Indent();
            w.Line("reader.Skip();");
            w.Line("break;");
            w.Outdent();
            w.Close();
        }

        w.Close();
        w.Line();
        w.Line("return result;");
        w.Close();
        if (!model.Properties.IsEmpty)
        {
            w.Line();
            PropertyDispatchEmitter.Emit(w, model.Properties);
        }
    }

    private static void EmitWrite(CodeWriter w, TypeSyntax types, ModelSpec model)
    {
        w.Line("/// <summary>Writes this object; unset optional properties are omitted, unset required ones are written as null.</summary>");
        w.Open("internal static void WriteJson(global::System.Text.Json.Utf8JsonWriter writer, " + model.Name + " value)");
        w.Line("writer.WriteStartObject();");
        foreach (PropertySpec property in model.Properties)
        {
            string access = "value." + property.Name;
            string nonNull = property.Type.IsValueType ? access + ".Value" : access;
            string name = Literals.Utf8(property.WireName);
            w.Open("if (" + access + " is not null)");
            switch (property.Type.Kind)
            {
                // One non-overloaded helper per kind: Utf8JsonWriter's WriteString/WriteNumber have 10-20 overloads
                // each, and resolving them for every property was a large part of the compile time of a model.
                case TypeKind.String:
                    w.Line(ApiNames.JsonHelperName + ".WriteStringProperty(writer, " + name + ", " + nonNull + ");");
                    break;
                case TypeKind.Int32 or TypeKind.Int64:
                    w.Line(ApiNames.JsonHelperName + ".WriteInt64Property(writer, " + name + ", " + nonNull + ");");
                    break;
                case TypeKind.UInt64:
                    w.Line(ApiNames.JsonHelperName + ".WriteUInt64Property(writer, " + name + ", " + nonNull + ");");
                    break;
                case TypeKind.Boolean:
                    w.Line(ApiNames.JsonHelperName + ".WriteBooleanProperty(writer, " + name + ", " + nonNull + ");");
                    break;
                default:
                    w.Line(ApiNames.JsonHelperName + ".WritePropertyName(writer, " + name + ");");
                    w.Line(types.Write(property.Type, "writer", nonNull));
                    break;
            }

            w.Close();
            if (property.Required)
            {
                w.Open("else");
                w.Line(ApiNames.JsonHelperName + ".WriteNullProperty(writer, " + Literals.Utf8(property.WireName) + ");");
                w.Close();
            }
        }

        w.Line("writer.WriteEndObject();");
        w.Close();
    }

    internal static void EmitConverter(CodeWriter w, string typeName, string nullMessage)
    {
        w.Line("/// <summary>Lets <see cref=\"global::System.Text.Json.JsonSerializer\"/> (and source-generated contexts) use the generated, reflection-free code for this type.</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open("public sealed class SpecGenConverter : global::System.Text.Json.Serialization.JsonConverter<" + typeName + ">");
        w.Line("/// <inheritdoc />");
        w.Line("public override bool HandleNull => false;");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override " + typeName + " Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        w.Line("    => ReadJson(ref reader) ?? throw new global::System.Text.Json.JsonException(" + Literals.String(nullMessage) + ");");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override void Write(global::System.Text.Json.Utf8JsonWriter writer, " + typeName + " value, global::System.Text.Json.JsonSerializerOptions options)");
        w.Line("    => WriteJson(writer, value);");
        w.Close();
    }
}
