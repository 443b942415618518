using NJsonSchema;
using NSwag;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Schema;

namespace SpecGen.Core.Assembly;

/// <summary>Turns one <see cref="OperationDraft"/> into an NSwag operation.</summary>
internal sealed class OperationAssembler
{
    private readonly SchemaBuilder _builder;
    private readonly SchemaFactory _factory;
    private readonly DiagnosticBag _diagnostics;

    public OperationAssembler(IRefResolver resolver, DiagnosticBag diagnostics)
    {
        _builder = new SchemaBuilder(resolver, diagnostics);
        _factory = new SchemaFactory(resolver, diagnostics);
        _diagnostics = diagnostics;
    }

    public OpenApiOperation Assemble(OperationDraft draft)
    {
        var operation = new OpenApiOperation
        {
            OperationId = draft.OperationId,
            Summary = NullIfEmpty(draft.Summary),
            Description = NullIfEmpty(draft.Description),
        };
        operation.Tags = draft.Tags.Count > 0 ? draft.Tags.ToList() : null;
        foreach (var parameter in draft.Parameters)
        {
            operation.Parameters.Add(Parameter(parameter));
        }

        if (draft.Body is { } body)
        {
            operation.RequestBody = RequestBody(body);
        }

        foreach (var response in draft.Responses)
        {
            operation.Responses[response.Status] = Response(response);
        }

        if (operation.Responses.Count == 0)
        {
            operation.Responses["200"] = new OpenApiResponse { Description = "OK" };
        }

        if (draft.Security is { } security)
        {
            operation.Security = security.Count == 0
                ? new List<OpenApiSecurityRequirement>()
                : new List<OpenApiSecurityRequirement> { Requirement(security) };
        }

        operation.ExtensionData = new Dictionary<string, object?> { ["x-specgen-source"] = draft.Line };
        if (draft.Variants.Count > 0)
        {
            operation.ExtensionData["x-specgen-variants"] = draft.Variants.Select(v => new Dictionary<string, object?>
            {
                ["operationId"] = v.OperationId,
                ["summary"] = v.Summary,
                ["properties"] = v.Properties,
                ["x-specgen-source"] = v.Line,
            }).ToList();
        }

        return operation;
    }

    private static OpenApiSecurityRequirement Requirement(IEnumerable<string> names)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (var name in names)
        {
            requirement[name] = Array.Empty<string>();
        }

        return requirement;
    }

    private OpenApiParameter Parameter(ParameterDraft draft)
    {
        var kind = draft.In switch
        {
            "path" => OpenApiParameterKind.Path,
            "query" => OpenApiParameterKind.Query,
            "header" => OpenApiParameterKind.Header,
            "cookie" => OpenApiParameterKind.Cookie,
            _ => OpenApiParameterKind.Query,
        };
        var type = TypeParser.Parse(draft.TypeText);
        var schema = _factory.Create<JsonSchema>(type is EmptyType or AnyType ? new ScalarType("string") : type, draft.Line);
        Enums.AddValues(schema, draft.Enum);

        return new OpenApiParameter
        {
            Name = draft.Name,
            Kind = kind,
            IsRequired = kind == OpenApiParameterKind.Path || draft.Required,
            Description = NullIfEmpty(draft.Description),
            Schema = schema,
        };
    }

    private OpenApiRequestBody RequestBody(BodyDraft draft)
    {
        var example = ExampleParser.Parse(draft.Example, draft.ExampleLine, _diagnostics);
        var media = new OpenApiMediaType { Example = example };
        if (draft.Schema is { } schemaDraft && _builder.Build(schemaDraft) is { } schema)
        {
            media.Schema = ArrayFromExample(schema, example, draft.Line);
        }

        var body = new OpenApiRequestBody { IsRequired = draft.Required };
        body.Content[draft.MediaType] = media;
        return body;
    }

    private OpenApiResponse Response(ResponseDraft draft)
    {
        var response = new OpenApiResponse { Description = string.IsNullOrWhiteSpace(draft.Description) ? "OK" : draft.Description };
        var example = ExampleParser.Parse(draft.Example, draft.ExampleLine, _diagnostics);
        var schema = draft.Schema is { } schemaDraft && _builder.Build(schemaDraft) is { } built ? ArrayFromExample(built, example, draft.Line) : null;
        if (schema is null && example is null or { ValueKind: System.Text.Json.JsonValueKind.Null })
        {
            return response;
        }

        response.Content["application/json"] = new OpenApiMediaType { Schema = schema, Example = example };
        return response;
    }

    /// <summary>
    /// widdershins renders an array-of-model body as the model alone; its example still shows the
    /// array. A ref or object whose example is a JSON array is read as an array of it (reported).
    /// </summary>
    private JsonSchema ArrayFromExample(JsonSchema schema, System.Text.Json.JsonElement? example, int line)
    {
        var actual = schema.HasReference ? schema.ActualSchema : schema;
        var isObjectLike = !actual.Type.HasFlag(JsonObjectType.Array) && actual.OneOf.Count == 0 && actual.AnyOf.Count == 0
            && (schema.HasReference || (actual.Type == JsonObjectType.Object && (actual.Properties.Count > 0 || actual.AdditionalPropertiesSchema is not null)));
        if (example is not { ValueKind: System.Text.Json.JsonValueKind.Array } array || !isObjectLike
            || array.GetArrayLength() == 0 || array[0].ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return schema;
        }

        _diagnostics.Warn(line, DiagnosticCodes.ArrayFromExample, "the type is a single object but the example is an array of objects; read it as an array");
        return new JsonSchema { Type = JsonObjectType.Array, Item = schema };
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
