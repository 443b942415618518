namespace SpecGen.Diff;

/// <summary>
/// Every rule the comparer applies, in one place. A rule's class never depends on context: where the
/// direction matters (request vs response) there are two rules, as in oasdiff.
/// </summary>
/// <remarks>
/// The generated SDK is what gets versioned, so a few changes that oasdiff only warns about are breaking
/// here because they remove or rename public SDK members: a removed request parameter or request property,
/// a changed operationId, a changed C# type (judged with the generator's own type mapping).
/// </remarks>
public static class Rules
{
    // Document
    public static readonly Rule ApiInfoChanged = new("api-info-changed", ChangeClass.Documentation, "The document's title, description or version changed.");

    // Component schemas (the SDK's model classes and enum structs)
    public static readonly Rule ComponentSchemaRenamed = new("component-schema-renamed", ChangeClass.Breaking, "A component schema was removed and one with the same shape added: the generated class or enum struct is renamed and callers naming it break (the wire is unchanged).");
    public static readonly Rule ComponentSchemaRemoved = new("component-schema-removed", ChangeClass.Breaking, "A component schema that the generator emits a class or enum struct for was removed: the type is gone from the SDK.");
    public static readonly Rule ComponentSchemaAdded = new("component-schema-added", ChangeClass.NonBreaking, "A component schema that the generator emits a class or enum struct for was added.");

    // Operations
    public static readonly Rule EndpointAdded = new("endpoint-added", ChangeClass.NonBreaking, "An operation was added.");
    public static readonly Rule EndpointRemoved = new("endpoint-removed", ChangeClass.Breaking, "An operation was removed.");
    public static readonly Rule OperationIdChanged = new("operation-id-changed", ChangeClass.Breaking, "The operationId changed, which renames the generated SDK method.");
    public static readonly Rule EndpointDeprecated = new("endpoint-deprecated", ChangeClass.NonBreaking, "An operation was marked deprecated.");
    public static readonly Rule EndpointReactivated = new("endpoint-reactivated", ChangeClass.NonBreaking, "An operation is no longer deprecated.");
    public static readonly Rule OperationSummaryChanged = new("operation-summary-changed", ChangeClass.Documentation, "An operation's summary changed.");
    public static readonly Rule OperationDescriptionChanged = new("operation-description-changed", ChangeClass.Documentation, "An operation's description changed.");

    // Parameters
    public static readonly Rule NewRequiredRequestParameter = new("new-required-request-parameter", ChangeClass.Breaking, "A required parameter was added.");
    public static readonly Rule NewOptionalRequestParameter = new("new-optional-request-parameter", ChangeClass.NonBreaking, "An optional parameter was added.");
    public static readonly Rule RequestParameterRemoved = new("request-parameter-removed", ChangeClass.Breaking, "A parameter was removed (the SDK method loses an argument).");
    public static readonly Rule RequestParameterBecameRequired = new("request-parameter-became-required", ChangeClass.Breaking, "An optional parameter became required.");
    public static readonly Rule RequestParameterBecameOptional = new("request-parameter-became-optional", ChangeClass.NonBreaking, "A required parameter became optional.");
    public static readonly Rule RequestPathParameterRenamed = new("request-path-parameter-renamed", ChangeClass.Breaking, "A path parameter was renamed (matched by its position in the path template, not reported as an operation removed and added): the wire is unchanged, but the generated method's argument is renamed, which breaks C# callers passing it by name.");
    public static readonly Rule RequestPathParametersReordered = new("request-path-parameters-reordered", ChangeClass.Breaking, "The same path parameters appear in another order in the path template: the URL takes their values in the other order.");
    public static readonly Rule RequestParametersReordered = new("request-parameters-reordered", ChangeClass.Breaking, "The generated method takes the parameters of both versions in another order (required ones first, then declaration order; e.g. two path parameters declared the other way round, a parameter that became optional moving to the end, an optional parameter added in front of existing ones): same-typed arguments swap silently, so positional callers compile and pass each value to another parameter.");
    public static readonly Rule RequestParameterLocationChanged = new("request-parameter-location-changed", ChangeClass.Breaking, "A parameter moved, e.g. from query to header.");
    public static readonly Rule RequestParameterDescriptionChanged = new("request-parameter-description-changed", ChangeClass.Documentation, "A parameter's description changed.");

    // Request bodies
    public static readonly Rule RequestBodyAddedRequired = new("request-body-added-required", ChangeClass.Breaking, "A required request body was added.");
    public static readonly Rule RequestBodyAddedOptional = new("request-body-added-optional", ChangeClass.NonBreaking, "An optional request body was added.");
    public static readonly Rule RequestBodyRemoved = new("request-body-removed", ChangeClass.Breaking, "The request body was removed.");
    public static readonly Rule RequestBodyBecameRequired = new("request-body-became-required", ChangeClass.Breaking, "An optional request body became required.");
    public static readonly Rule RequestBodyBecameOptional = new("request-body-became-optional", ChangeClass.NonBreaking, "A required request body became optional.");
    public static readonly Rule RequestMediaTypeAdded = new("request-media-type-added", ChangeClass.NonBreaking, "The request body accepts a new media type.");
    public static readonly Rule RequestMediaTypeRemoved = new("request-media-type-removed", ChangeClass.Breaking, "The request body no longer accepts a media type.");
    public static readonly Rule RequestBodyDescriptionChanged = new("request-body-description-changed", ChangeClass.Documentation, "The request body's description changed.");

    // Responses
    public static readonly Rule ResponseStatusAdded = new("response-status-added", ChangeClass.NonBreaking, "A response status code was added.");
    public static readonly Rule ResponseSuccessStatusRemoved = new("response-success-status-removed", ChangeClass.Breaking, "A success (2xx) response status code was removed.");
    public static readonly Rule ResponseNonSuccessStatusRemoved = new("response-non-success-status-removed", ChangeClass.NonBreaking, "A non-success response status code was removed.");
    public static readonly Rule ResponseMediaTypeAdded = new("response-media-type-added", ChangeClass.NonBreaking, "A response gained a media type (or a body).");
    public static readonly Rule ResponseMediaTypeRemoved = new("response-media-type-removed", ChangeClass.Breaking, "A response lost a media type (or its body).");
    public static readonly Rule ResponseDescriptionChanged = new("response-description-changed", ChangeClass.Documentation, "A response's description changed.");

    // Security
    public static readonly Rule SecurityAdded = new("security-added", ChangeClass.Breaking, "An operation that needed no authentication now requires it.");
    public static readonly Rule SecurityRemoved = new("security-removed", ChangeClass.NonBreaking, "An operation no longer requires authentication.");
    public static readonly Rule SecurityAlternativeAdded = new("security-alternative-added", ChangeClass.NonBreaking, "An operation accepts an additional way to authenticate.");
    public static readonly Rule SecurityAlternativeRemoved = new("security-alternative-removed", ChangeClass.Breaking, "An operation no longer accepts a way to authenticate.");
    public static readonly Rule SecuritySchemeChanged = new("security-scheme-changed", ChangeClass.Breaking, "A security scheme's type, location or name changed.");

    // Schemas: properties
    public static readonly Rule NewRequiredRequestProperty = new("new-required-request-property", ChangeClass.Breaking, "A required request property was added.");
    public static readonly Rule NewOptionalRequestProperty = new("new-optional-request-property", ChangeClass.NonBreaking, "An optional request property was added.");
    public static readonly Rule RequestPropertyRemoved = new("request-property-removed", ChangeClass.Breaking, "A request property was removed (the SDK model loses a member).");
    public static readonly Rule RequestPropertyBecameRequired = new("request-property-became-required", ChangeClass.Breaking, "An optional request property became required.");
    public static readonly Rule RequestPropertyBecameOptional = new("request-property-became-optional", ChangeClass.NonBreaking, "A required request property became optional.");
    public static readonly Rule ResponsePropertyAdded = new("response-property-added", ChangeClass.NonBreaking, "A response property was added.");
    public static readonly Rule ResponsePropertyRemoved = new("response-property-removed", ChangeClass.Breaking, "A response property was removed.");
    public static readonly Rule ResponsePropertyBecameOptional = new("response-property-became-optional", ChangeClass.Breaking, "A required response property became optional: clients can no longer rely on it.");
    public static readonly Rule ResponsePropertyBecameRequired = new("response-property-became-required", ChangeClass.NonBreaking, "An optional response property became required.");

    // Schemas: types
    public static readonly Rule TypeChanged = new("type-changed", ChangeClass.Breaking, "A schema's type or format changed so that the generated C# type changes and callers' code no longer converts (e.g. int → long in a response, string → enum struct in a response, one model → JsonElement when a oneOf gains a branch).");
    public static readonly Rule RequestTypeGeneralized = new("request-type-generalized", ChangeClass.NonBreaking, "A request value's C# type changed to one the old type converts to implicitly (int → long → double, string → enum struct): callers still compile and the server accepts more.");
    public static readonly Rule ResponseTypeSpecialized = new("response-type-specialized", ChangeClass.NonBreaking, "A response value's C# type changed to one that converts implicitly to the old type (long → int, double → long): callers reading it still compile.");
    public static readonly Rule FormatChanged = new("format-changed", ChangeClass.NonBreaking, "A schema's format changed without changing the generated C# type (e.g. a string's date → date-time): callers still compile; values they parse themselves may look different.");
    public static readonly Rule RequestNullableRemoved = new("request-nullable-removed", ChangeClass.Breaking, "A request value can no longer be null.");
    public static readonly Rule RequestNullableAdded = new("request-nullable-added", ChangeClass.NonBreaking, "A request value may now be null.");
    public static readonly Rule ResponseNullableAdded = new("response-nullable-added", ChangeClass.Breaking, "A response value may now be null.");
    public static readonly Rule ResponseNullableRemoved = new("response-nullable-removed", ChangeClass.NonBreaking, "A response value is no longer null.");

    // Schemas: enums
    public static readonly Rule RequestEnumAdded = new("request-enum-added", ChangeClass.Breaking, "A request value is now restricted to an enum.");
    public static readonly Rule RequestEnumRemoved = new("request-enum-removed", ChangeClass.NonBreaking, "A request value is no longer restricted to an enum.");
    public static readonly Rule ResponseEnumAdded = new("response-enum-added", ChangeClass.NonBreaking, "A response value is now restricted to an enum.");
    public static readonly Rule ResponseEnumRemoved = new("response-enum-removed", ChangeClass.Warning, "A response value is no longer restricted to an enum: any value may come back.");

    // Schemas: oneOf / anyOf
    public static readonly Rule RequestVariantAdded = new("request-variant-added", ChangeClass.NonBreaking, "A request oneOf/anyOf accepts a new branch.");
    public static readonly Rule RequestVariantRemoved = new("request-variant-removed", ChangeClass.Breaking, "A request oneOf/anyOf no longer accepts a branch.");
    public static readonly Rule ResponseVariantAdded = new("response-variant-added", ChangeClass.Warning, "A response oneOf/anyOf has a new branch: clients that cannot hold unknown shapes break.");
    public static readonly Rule ResponseVariantRemoved = new("response-variant-removed", ChangeClass.NonBreaking, "A response oneOf/anyOf no longer returns a branch.");

    // Schemas: text
    public static readonly Rule SchemaDescriptionChanged = new("schema-description-changed", ChangeClass.Documentation, "A schema's or property's description or title changed.");

    /// <summary>Every rule: the ones declared here in declaration order, then the generated families (<see cref="EnumValueRules"/>, <see cref="LimitRules"/>).</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        ApiInfoChanged,
        ComponentSchemaRenamed, ComponentSchemaRemoved, ComponentSchemaAdded,
        EndpointAdded, EndpointRemoved, OperationIdChanged, EndpointDeprecated, EndpointReactivated,
        OperationSummaryChanged, OperationDescriptionChanged,
        NewRequiredRequestParameter, NewOptionalRequestParameter, RequestParameterRemoved,
        RequestParameterBecameRequired, RequestParameterBecameOptional, RequestPathParameterRenamed, RequestPathParametersReordered, RequestParametersReordered,
        RequestParameterLocationChanged,
        RequestParameterDescriptionChanged,
        RequestBodyAddedRequired, RequestBodyAddedOptional, RequestBodyRemoved, RequestBodyBecameRequired,
        RequestBodyBecameOptional, RequestMediaTypeAdded, RequestMediaTypeRemoved, RequestBodyDescriptionChanged,
        ResponseStatusAdded, ResponseSuccessStatusRemoved, ResponseNonSuccessStatusRemoved,
        ResponseMediaTypeAdded, ResponseMediaTypeRemoved, ResponseDescriptionChanged,
        SecurityAdded, SecurityRemoved, SecurityAlternativeAdded, SecurityAlternativeRemoved, SecuritySchemeChanged,
        NewRequiredRequestProperty, NewOptionalRequestProperty, RequestPropertyRemoved,
        RequestPropertyBecameRequired, RequestPropertyBecameOptional,
        ResponsePropertyAdded, ResponsePropertyRemoved, ResponsePropertyBecameOptional, ResponsePropertyBecameRequired,
        TypeChanged, RequestTypeGeneralized, ResponseTypeSpecialized, FormatChanged,
        RequestNullableRemoved, RequestNullableAdded, ResponseNullableAdded, ResponseNullableRemoved,
        RequestEnumAdded, RequestEnumRemoved, ResponseEnumAdded, ResponseEnumRemoved,
        RequestVariantAdded, RequestVariantRemoved, ResponseVariantAdded, ResponseVariantRemoved,
        SchemaDescriptionChanged,
        .. EnumValueRules.All,
        .. LimitRules.All,
    ];

    /// <summary>The rule with this id.</summary>
    /// <exception cref="KeyNotFoundException">No rule has this id.</exception>
    public static Rule Get(string id) => All.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException($"no diff rule has the id '{id}'");
}
