using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>
/// C# type names and JSON read/write expressions for a <see cref="TypeRef"/>. Expressions use
/// <c>global::</c>-qualified names so no spec-derived member name can shadow them.
/// </summary>
internal sealed class TypeSyntax
{
    /// <summary>The JSON reader, writer and token types as emitted code names them.</summary>
    internal const string Reader = "global::System.Text.Json.Utf8JsonReader";
    internal const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    internal const string TokenType = "global::System.Text.Json.JsonTokenType";

    private readonly string _ns;

    /// <param name="qualifyModels">
    /// Qualify model names in expressions: a spec-derived member name (a property, or a client helper such as
    /// CreateUserRequest()) could shadow a model type. Type positions never need it. Helper types are never
    /// shadowed (their names are reserved for members), so they always use short names.
    /// </param>
    public TypeSyntax(ApiNames names, bool qualifyModels)
    {
        _ns = qualifyModels ? "global::" + names.Namespace + "." : string.Empty;
        Json = ApiNames.JsonHelperName;
        Http = ApiNames.HttpHelperName;
    }

    /// <summary>The JSON helper class, fully qualified.</summary>
    public string Json { get; }

    /// <summary>The HTTP helper class, fully qualified.</summary>
    public string Http { get; }

    public string Qualified(string typeName) => _ns + typeName;

    /// <summary>The non-nullable C# type.</summary>
    public string Name(TypeRef type) => TypeMapping.Keyword(type.Kind) ?? type.Kind switch
    {
        TypeKind.NumberOrString => ApiNames.NumberOrStringName,
        TypeKind.Json => "global::System.Text.Json.JsonElement",
        TypeKind.Model or TypeKind.Enum => type.Name!,
        TypeKind.Array => "global::System.Collections.Generic.List<" + Name(type.Element!) + ">",
        TypeKind.Map => "global::System.Collections.Generic.Dictionary<string, " + Name(type.Element!) + ">",
        TypeKind.File => ApiNames.FileUploadName,
        _ => "global::System.IO.Stream",
    };

    public string Nullable(TypeRef type) => Name(type) + "?";

    /// <summary>An expression reading the current JSON value with <paramref name="reader"/>; yields <c>T?</c>.</summary>
    public string Read(TypeRef type, string reader, int depth = 0) => type.Kind switch
    {
        TypeKind.Array => Json + (type.Element!.IsValueType ? ".ReadValueList<" : ".ReadList<") + Name(type.Element) + ">(ref " + reader + ", " + ReadFunc(type.Element, depth + 1) + ")",
        TypeKind.Map => Json + (type.Element!.IsValueType ? ".ReadValueMap<" : ".ReadMap<") + Name(type.Element) + ">(ref " + reader + ", " + ReadFunc(type.Element, depth + 1) + ")",
        _ => ReadMethod(type) is { } method ? method + "(ref " + reader + ")" : Json + ".SkipValue<" + Name(type) + ">(ref " + reader + ")",
    };

    /// <summary>A delegate (method group or static lambda) reading one value.</summary>
    public string ReadFunc(TypeRef type, int depth = 0) =>
        ReadMethod(type) ?? "static (ref " + Reader + " r" + depth + ") => " + Read(type, "r" + depth, depth);

    /// <summary>The runtime or model method that reads one value of a simple type; null for arrays, maps and the rest.</summary>
    private string? ReadMethod(TypeRef type) => type.Kind switch
    {
        TypeKind.String => Json + ".ReadString",
        TypeKind.Int32 => Json + ".ReadInt32",
        TypeKind.Int64 => Json + ".ReadInt64",
        TypeKind.UInt64 => Json + ".ReadUInt64",
        TypeKind.Double => Json + ".ReadDouble",
        TypeKind.Boolean => Json + ".ReadBoolean",
        TypeKind.NumberOrString => Json + ".ReadNumberOrString",
        TypeKind.Json => Json + ".ReadElement",
        TypeKind.Model or TypeKind.Enum => Qualified(type.Name!) + ".ReadJson",
        _ => null,
    };

    /// <summary>A statement writing <paramref name="value"/> (non-null) with <paramref name="writer"/>.</summary>
    public string Write(TypeRef type, string writer, string value, int depth = 0) => type.Kind switch
    {
        TypeKind.String => writer + ".WriteStringValue(" + value + ");",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 => writer + ".WriteNumberValue(" + value + ");",
        TypeKind.Double => Json + ".WriteDouble(" + writer + ", " + value + ");",
        TypeKind.Boolean => writer + ".WriteBooleanValue(" + value + ");",
        TypeKind.NumberOrString => Json + ".WriteNumberOrString(" + writer + ", " + value + ");",
        TypeKind.Json => value + ".WriteTo(" + writer + ");",
        TypeKind.Model or TypeKind.Enum => Qualified(type.Name!) + ".WriteJson(" + writer + ", " + value + ");",
        TypeKind.Array => Json + ".WriteList(" + writer + ", " + value + ", " + WriteFunc(type.Element!, depth + 1) + ");",
        TypeKind.Map => Json + ".WriteMap(" + writer + ", " + value + ", " + WriteFunc(type.Element!, depth + 1) + ");",
        _ => writer + ".WriteNullValue();",
    };

    /// <summary>A delegate writing one value: <c>Action&lt;Utf8JsonWriter, T&gt;</c>.</summary>
    public string WriteFunc(TypeRef type, int depth = 0) => type.Kind switch
    {
        TypeKind.String => Json + ".WriteString",
        TypeKind.Int32 => Json + ".WriteInt32",
        TypeKind.Int64 => Json + ".WriteInt64",
        TypeKind.UInt64 => Json + ".WriteUInt64",
        TypeKind.Double => Json + ".WriteDouble",
        TypeKind.Boolean => Json + ".WriteBoolean",
        TypeKind.NumberOrString => Json + ".WriteNumberOrString",
        TypeKind.Json => Json + ".WriteElement",
        TypeKind.Model or TypeKind.Enum => Qualified(type.Name!) + ".WriteJson",
        _ => "static (" + Writer + " w" + depth + ", " + Name(type) + " v" + depth + ") => " + Write(type, "w" + depth, "v" + depth, depth).TrimEnd(';'),
    };

    /// <summary>Text of a non-null value for a query string, header, path segment or form field.</summary>
    public string ToText(TypeRef type, string value) => type.Kind switch
    {
        TypeKind.String => value,
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 => value + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
        TypeKind.Double => value + ".ToString(\"R\", global::System.Globalization.CultureInfo.InvariantCulture)",
        TypeKind.Boolean => "(" + value + " ? \"true\" : \"false\")",
        TypeKind.NumberOrString => value + ".ToString()",
        TypeKind.Enum => value + ".Value",
        TypeKind.Json => value + ".GetRawText()",
        TypeKind.Model or TypeKind.Array or TypeKind.Map => Json + ".ToJsonString(" + value + ", " + WriteFunc(type) + ")",
        _ => "string.Empty",
    };

    /// <summary>Text of a nullable envelope code or message (for comparison with success values).</summary>
    public string ToNullableText(TypeRef type, string value) => type.Kind switch
    {
        TypeKind.String => value,
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Double or TypeKind.Boolean or TypeKind.Json => Json + ".ToText(" + value + ")",
        TypeKind.NumberOrString => value + "?.ToString()",
        TypeKind.Enum => value + "?.Value",
        _ => "null",
    };
}
