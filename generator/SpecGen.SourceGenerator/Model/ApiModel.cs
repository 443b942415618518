namespace SpecGen.SourceGenerator.Model;

// The value-equatable model between parser and emitter. It holds only strings, enums and
// other records (no Roslyn symbols, no JSON nodes), so every pipeline step can be cached.

internal enum TypeKind
{
    String,
    Int32,
    Int64,
    UInt64,
    Double,
    Boolean,

    /// <summary>A JSON number or string (vendors send IDs both ways): the emitted <c>NumberOrString</c> struct.</summary>
    NumberOrString,

    /// <summary>Any JSON: untyped schemas, unions of several objects (documented choice: JsonElement).</summary>
    Json,
    Model,

    /// <summary>A string enum: an extensible struct that accepts unknown values.</summary>
    Enum,
    Array,

    /// <summary>An object with only <c>additionalProperties</c>: a string-keyed dictionary.</summary>
    Map,

    /// <summary>A file part in a multipart/form-data body.</summary>
    File,

    /// <summary>A raw binary request body (a Stream).</summary>
    Binary,
}

internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Element = null)
{
    public static readonly TypeRef String = new(TypeKind.String);
    public static readonly TypeRef Int32 = new(TypeKind.Int32);
    public static readonly TypeRef Int64 = new(TypeKind.Int64);
    public static readonly TypeRef UInt64 = new(TypeKind.UInt64);
    public static readonly TypeRef Double = new(TypeKind.Double);
    public static readonly TypeRef Boolean = new(TypeKind.Boolean);
    public static readonly TypeRef NumberOrString = new(TypeKind.NumberOrString);
    public static readonly TypeRef Json = new(TypeKind.Json);
    public static readonly TypeRef File = new(TypeKind.File);
    public static readonly TypeRef Binary = new(TypeKind.Binary);

    public static TypeRef ArrayOf(TypeRef element) => new(TypeKind.Array, null, element);

    public static TypeRef MapOf(TypeRef element) => new(TypeKind.Map, null, element);

    public static TypeRef ModelNamed(string name) => new(TypeKind.Model, name);

    public static TypeRef EnumNamed(string name) => new(TypeKind.Enum, name);

    /// <summary>True for types emitted as C# structs (nullable via <c>Nullable&lt;T&gt;</c>).</summary>
    public bool IsValueType => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Double
        or TypeKind.Boolean or TypeKind.NumberOrString or TypeKind.Json or TypeKind.Enum;

    /// <summary>True for scalars that travel as one text value in a query, header, path or form field.</summary>
    public bool IsScalar => Kind is TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64
        or TypeKind.Double or TypeKind.Boolean or TypeKind.NumberOrString or TypeKind.Enum;
}

/// <param name="WireName">The JSON property name, exactly as in the spec.</param>
/// <param name="Name">The C# property name (PascalCase, unique in its type).</param>
internal sealed record PropertySpec(string WireName, string Name, TypeRef Type, bool Required, string? Description, bool Deprecated);

/// <param name="IsForm">A multipart/form-urlencoded request model: no JSON code, fields go into form parts.</param>
/// <param name="InRequest">Reachable from a request body (set by the emitter's split): its required properties are C# <c>required</c>.</param>
internal sealed record ModelSpec(
    string Name,
    string? SchemaName,
    string? Description,
    int? SourceLine,
    EquatableArray<PropertySpec> Properties,
    bool IsForm,
    bool InRequest = false)
{
    /// <summary>An object with properties, the base of a family of objects, or a choice between JSON kinds.</summary>
    public ModelShape Shape { get; init; } = ModelShape.Object;

    /// <summary>For a family: its members; for a choice: its branches. Empty for an object.</summary>
    public EquatableArray<VariantSpec> Variants { get; init; } = EquatableArray<VariantSpec>.Empty;

    /// <summary>For an object in a family: the family's base class.</summary>
    public string? BaseType { get; init; }

    /// <summary>For an object in a family: the members whose fixed value tells it apart (<c>type: "text"</c>).</summary>
    public EquatableArray<ConstantSpec> Constants { get; init; } = EquatableArray<ConstantSpec>.Empty;

    /// <summary>For a family: the class of an object none of its members matches, kept as received.</summary>
    public string? UnknownType { get; init; }

    /// <summary>For an object in a family: a static <c>Of</c> factory taking its required values (set by the emitter's split).</summary>
    public FactorySpec? Factory { get; init; }

    /// <summary>Whether a caller must set some properties when creating it (C# <c>required</c> members).</summary>
    public bool HasRequiredMembers => InRequest && System.Linq.Enumerable.Any(Properties, p => p.Required && !IsConstant(p.WireName));

    /// <summary>Whether <paramref name="wireName"/> is one of <see cref="Constants"/> (it has a default, so it is never C# required).</summary>
    public bool IsConstant(string wireName) => ConstantOf(wireName) is not null;

    /// <summary>The constant of the member <paramref name="wireName"/>; null when it has none.</summary>
    public ConstantSpec? ConstantOf(string wireName) => System.Linq.Enumerable.FirstOrDefault(Constants, c => c.WireName == wireName);
}

internal enum ModelShape
{
    /// <summary>A class with properties.</summary>
    Object,

    /// <summary>
    /// An abstract class whose subclasses are the objects of a oneOf/anyOf, told apart by constant members
    /// (a discriminator, or a single-value enum such as <c>type: "text"</c>); an unknown variant is kept raw.
    /// </summary>
    Family,

    /// <summary>A class holding one of several JSON kinds (a string id or an object, a string or an array).</summary>
    Choice,
}

/// <summary>The JSON token kind a choice branch is read from.</summary>
internal enum JsonShape
{
    String,
    Number,
    Boolean,
    Array,
    Object,
}

/// <summary>A member's constant: its JSON name, its value's text (<c>text</c>, <c>true</c>, <c>2</c>) and JSON kind.</summary>
internal sealed record ConstantSpec(string WireName, string Value, JsonShape Shape);

/// <summary>
/// A family member's <c>Of</c> factory: its parameters are the member's required properties, or, when its only
/// required value is a small object (OneBot's <c>data</c>), that object's required properties (TextSegment.Of(text)).
/// </summary>
/// <param name="Wrapper">The property holding the small object, or null when the parameters are the member's own.</param>
/// <param name="WrapperType">The small object's class.</param>
internal sealed record FactorySpec(string? Wrapper, string? WrapperType, EquatableArray<PropertySpec> Parameters);

/// <summary>A family member (a model and its constants) or a choice branch (a type, its JSON kind and member name).</summary>
internal sealed record VariantSpec(TypeRef Type, string MemberName, JsonShape Shape, EquatableArray<ConstantSpec> Constants);

/// <summary>What the compilation offers for registering clients with Microsoft.Extensions.DependencyInjection.</summary>
[System.Flags]
internal enum DependencyInjectionSupport
{
    /// <summary>No IHttpClientFactory: no registration extension.</summary>
    None = 0,

    /// <summary>IHttpClientFactory (Microsoft.Extensions.Http): a typed-client registration.</summary>
    HttpClientFactory = 1,

    /// <summary>Keyed services (Microsoft.Extensions.DependencyInjection 8+): named clients, each with its own options.</summary>
    KeyedServices = 2,

    /// <summary>Microsoft.Extensions.Http.Resilience: a resilience setup that retries only requests safe to repeat.</summary>
    Resilience = 4,

    /// <summary>Microsoft.Extensions.Logging.Abstractions: the client takes an optional ILogger and logs every request.</summary>
    Logging = 8,
}

/// <param name="Description">The documented meaning the name came from, or the enum's description when the name is only the value (Value0).</param>
internal sealed record EnumMemberSpec(string Value, string Name, string? Description);

/// <summary>An extensible string enum.</summary>
/// <param name="Members">The documented values that get a named static member.</param>
/// <param name="UnnamedValues">Documented values beyond <see cref="Parsing.CodeLimits.MaxNamedEnumMembers"/>: known, but without a member.</param>
internal sealed record EnumSpec(string Name, string? SchemaName, string? Description, int? SourceLine, EquatableArray<EnumMemberSpec> Members, EquatableArray<string> UnnamedValues);

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

/// <param name="OptionsProperty">For a header most operations take (Maxim's <c>app_id</c>): the options property that supplies a default.</param>
internal sealed record ParameterSpec(string WireName, string Name, ParameterLocation In, TypeRef Type, bool Required, string? Description, bool Explode, string? OptionsProperty = null);

/// <summary>A header parameter common to most operations, with a default in the client options.</summary>
internal sealed record DefaultHeaderSpec(string WireName, string PropertyName, string? Description, int OperationCount);

internal enum BodyKind
{
    Json,
    Multipart,
    FormUrlEncoded,
    Binary,
    Text,
}

/// <param name="FormFields">For multipart and form-urlencoded bodies: the fields of the form model.</param>
internal sealed record BodySpec(BodyKind Kind, string MediaType, string ParameterName, TypeRef Type, bool Required, string? Description, EquatableArray<PropertySpec> FormFields);

internal enum ResponseKind
{
    /// <summary>The spec says the response has no body (204 No Content, 205): the method returns a plain Task.</summary>
    None,

    /// <summary>A success response whose body the spec does not describe: returned as raw JSON (JsonElement?, null when empty).</summary>
    Undocumented,
    Json,
    Text,
    Binary,
}

/// <summary>How an enveloped operation reaches code, message and data (C# property names on the envelope model).</summary>
/// <param name="UndocumentedDataWireName">The data member's JSON name when this envelope model does not document it: the method returns it raw from AdditionalProperties.</param>
internal sealed record EnvelopeUse(
    string CodeProperty,
    TypeRef CodeType,
    string? MessageProperty,
    TypeRef? MessageType,
    string? DataProperty,
    TypeRef? DataType,
    EquatableArray<string> SuccessValues,
    string? UndocumentedDataWireName = null);

internal sealed record ResponseSpec(ResponseKind Kind, TypeRef? Type, string? Description, EnvelopeUse? Envelope)
{
    public static readonly ResponseSpec None = new(ResponseKind.None, null, null, null);

    public static readonly ResponseSpec Undocumented = new(ResponseKind.Undocumented, TypeRef.Json, null, null);
}

/// <summary>One way to authenticate: every listed scheme must be applied (AND); alternatives are OR-ed.</summary>
internal sealed record SecurityAlternative(EquatableArray<string> SchemeKeys);

internal sealed record OperationSpec(
    string OperationId,
    string Name,
    string Method,
    string Path,
    string? Summary,
    string? Description,
    bool Deprecated,
    int? SourceLine,
    EquatableArray<ParameterSpec> Parameters,
    BodySpec? Body,
    ResponseSpec Response,
    EquatableArray<SecurityAlternative> Security,
    bool RetrySafe = false);

internal enum SecuritySchemeKind
{
    ApiKeyHeader,
    ApiKeyQuery,
    ApiKeyCookie,
    Bearer,
    Basic,
}

/// <param name="ParameterName">Header, query or cookie name for API keys.</param>
/// <param name="PropertyName">The options property holding the secret (user name for basic).</param>
/// <param name="SecondPropertyName">The password property for basic auth.</param>
internal sealed record SecuritySchemeSpec(string Key, SecuritySchemeKind Kind, string ParameterName, string PropertyName, string? SecondPropertyName, string? Description);

/// <summary>Names of the per-API support types, fixed before any schema is named so models cannot collide with them.</summary>
internal sealed record ApiNames(string Namespace, string ClientName, string ApiName)
{
    public string InterfaceName => "I" + ClientName;

    public string OptionsName => ClientName + "Options";

    public string ExceptionName => ApiName + "ApiException";

    public string BusinessExceptionName => ApiName + "BusinessException";

    public string TransportExceptionName => ApiName + "TransportException";

    public string HttpExceptionName => ApiName + "HttpException";

    public string UnexpectedResponseExceptionName => ApiName + "UnexpectedResponseException";

    public string ResponseName => ApiName + "Response";

    /// <summary>The support types every API emits; no schema may take these names.</summary>
    public System.Collections.Generic.IEnumerable<string> SupportTypeNames => new[]
    {
        ClientName, InterfaceName, OptionsName, ExceptionName, BusinessExceptionName, TransportExceptionName,
        HttpExceptionName, UnexpectedResponseExceptionName, ResponseName, ResponseName + "Capture", ExtensionsName, NumberOrStringName,
        FileUploadName, JsonHelperName, HttpHelperName, BufferedResponseName, ReadProblemName, "SpecGenReading",
    };

    public string ExtensionsName => ApiName + "ServiceCollectionExtensions";

    public const string NumberOrStringName = "NumberOrString";
    public const string FileUploadName = "FileUpload";
    public const string JsonHelperName = "SpecGenJson";
    public const string HttpHelperName = "SpecGenHttp";
    public const string BufferedResponseName = "SpecGenResponse";
    public const string ReadProblemName = "JsonReadProblem";
}

internal sealed record ApiSpec(
    ApiNames Names,
    string Title,
    string? Version,
    string? Description,
    string? DefaultServer,
    string? EnvelopeCodeWireName,
    string? EnvelopeMessageWireName,
    EquatableArray<SecuritySchemeSpec> SecuritySchemes,
    EquatableArray<DefaultHeaderSpec> DefaultHeaders,
    EquatableArray<OperationSpec> Operations,
    EquatableArray<ModelSpec> Models,
    EquatableArray<EnumSpec> Enums);

internal sealed record ParseResult(string FilePath, ApiSpec? Api, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A spec's claim on a namespace (support types are emitted once per namespace, so two specs cannot share one).</summary>
internal sealed record NamespaceClaim(string Namespace, string FilePath);

internal enum SourceUnitKind
{
    Runtime,
    Options,
    Client,
    Model,
    Enum,
    Converters,
}

/// <summary>A type the API's converter factory creates a converter for (see <see cref="Emitting.ConvertersEmitter"/>).</summary>
/// <param name="IsValueType">An enum struct, whose reader returns <c>T?</c> of a value type.</param>
/// <param name="NullMessage">The message of the exception thrown when the value read is not of the type's JSON kind.</param>
internal sealed record ConverterSpec(string TypeName, bool IsValueType, string NullMessage);

/// <summary>One generated file. Carries exactly what its emitter needs, so unrelated edits leave it cached.</summary>
/// <param name="RuntimeParts">For the runtime file: the optional parts the API uses (decided from the whole API when splitting).</param>
/// <param name="Converters">For the converter factory's file: the types it converts (names only, so model edits leave it cached).</param>
internal sealed record SourceUnit(SourceUnitKind Kind, string HintName, ApiNames Names, ApiSpec? Api, ModelSpec? Model, EnumSpec? Enum, RuntimeParts RuntimeParts = RuntimeParts.None, EquatableArray<ConverterSpec> Converters = default);

internal sealed record GeneratedSource(string HintName, string Text);
