using System.Text.Json;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Model;
using SpecGen.Core.Schema;

namespace SpecGen.Core.Assembly;

/// <summary>Turns one <see cref="OperationDraft"/> into a <see cref="SpecOperation"/>.</summary>
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

    public SpecOperation Assemble(OperationDraft draft)
    {
        var operation = new SpecOperation(draft.OperationId, draft.Line)
        {
            Summary = NullIfEmpty(draft.Summary),
            Description = NullIfEmpty(draft.Description),
            Tags = draft.Tags.Count > 0 ? draft.Tags : null,
            Security = draft.Security?.Distinct(StringComparer.Ordinal).ToList(),
            Variants = draft.Variants,
            RetrySafe = draft.RetrySafe,
        };
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
            operation.Responses["200"] = new SpecResponse("OK", null);
        }

        return operation;
    }

    private SpecParameter Parameter(ParameterDraft draft)
    {
        var location = draft.In is "path" or "query" or "header" or "cookie" ? draft.In : "query";
        var type = TypeParser.Parse(draft.TypeText);
        var schema = _factory.Create(type is EmptyType or AnyType ? new ScalarType("string") : type, draft.Line);
        Enums.AddValues(schema, draft.Enum);
        if (!string.IsNullOrEmpty(draft.Default))
        {
            schema.Default = draft.Default;
        }

        return new SpecParameter(draft.Name, location, location == "path" || draft.Required, NullIfEmpty(draft.Description), schema);
    }

    private SpecRequestBody RequestBody(BodyDraft draft)
    {
        var (schema, example, contradicts) = Payload(draft.Schema, draft.Example, draft.ExampleLine, draft.Line, draft.ShownAsArray, "the request body");
        return new SpecRequestBody(draft.Required, new SpecContent(draft.MediaType, schema, example, contradicts));
    }

    private SpecResponse Response(ResponseDraft draft)
    {
        var description = string.IsNullOrWhiteSpace(draft.Description) ? "OK" : draft.Description;
        var (schema, example, contradicts) = Payload(draft.Schema, draft.Example, draft.ExampleLine, draft.Line, draft.ShownAsArray, $"the {draft.Status} response");
        if (schema is null && example is null or { ValueKind: JsonValueKind.Null })
        {
            return new SpecResponse(description, null);
        }

        return new SpecResponse(description, new SpecContent(draft.MediaType, schema, example, contradicts));
    }

    /// <summary>
    /// A body's parsed example and its schema, read as an array where the example (or <paramref name="shownAsArray"/>) shows one.
    /// An example that contradicts a schema the doc's tables give is reported (<see cref="ExampleCheck"/>) and flagged:
    /// the schema is kept, the example is written as <c>x-specgen-example</c>.
    /// </summary>
    private (SpecSchema? Schema, JsonElement? Example, bool Contradicts) Payload(SchemaDraft? schemaDraft, string? exampleText, int exampleLine, int line, bool shownAsArray, string label)
    {
        var example = ExampleParser.Parse(exampleText, exampleLine, _diagnostics);
        var schema = schemaDraft is not null && _builder.Build(schemaDraft) is { } built ? ArrayFromExample(built, example, shownAsArray, line) : null;
        if (IsShapeless(schema) && example is { } shown && ExampleSchema.Infer(shown) is { } inferred)
        {
            _diagnostics.Warn(exampleLine > 0 ? exampleLine : line, DiagnosticCodes.SchemaFromExample,
                "no field table describes this payload; its schema is read from the example (types only, nothing required)");
            inferred.FromExample = true;
            return (inferred, example, false);
        }

        var contradicts = schema is not null && example is { } value
            && !ExampleCheck.Check(schema, value, label, exampleLine > 0 ? exampleLine : line, line, exampleText!.Length, _diagnostics);
        return (schema, example, contradicts);
    }

    /// <summary>
    /// widdershins renders an array-of-model body as the model alone; its example still shows the
    /// array. A ref or object whose example is a JSON array is read as an array of it (reported).
    /// </summary>
    private SpecSchema ArrayFromExample(SpecSchema schema, JsonElement? example, bool shownAsArray, int line)
    {
        var actual = schema.Resolved;
        var isObjectLike = actual.Type != JsonType.Array && actual.OneOfCount == 0 && actual.AnyOfCount == 0
            && (schema.IsReference || (actual.Type == JsonType.Object && (actual.PropertyCount > 0 || actual.AdditionalProperties is not null)));
        var exampleIsArray = example is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() > 0 && array[0].ValueKind == JsonValueKind.Object;
        if (!isObjectLike || !(exampleIsArray || shownAsArray))
        {
            return schema;
        }

        _diagnostics.Warn(line, DiagnosticCodes.ArrayFromExample, exampleIsArray
            ? "the type is a single object but the example is an array of objects; read it as an array"
            : "the type is a single object but the doc shows an array of it; read it as an array");
        return new SpecSchema { Type = JsonType.Array, Items = schema };
    }

    /// <summary>
    /// Only a payload no table describes at all is read from its example: a table that says <c>object</c>
    /// with no rows is kept as written (seed fact: 000's <c>/cdn/get_cdn_file</c> body has no properties).
    /// </summary>
    private static bool IsShapeless(SpecSchema? schema) => schema is null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
