using SpecGen.SourceGenerator.Model;

namespace SpecGen.Diff.Surface;

/// <summary>
/// Which spec element each generated name comes from: a model class or enum struct from its component schema
/// (<c>components.schemas.User</c>), a property from the schema's property (<c>components.schemas.User.user_name</c>),
/// a client method (<c>SendGroupMsgAsync</c> on the client and its interface) from its operation (<c>POST /send_group_msg</c>);
/// an inline request or response model from its operation (<c>POST /get_group_info request body</c>, its properties
/// <c>POST /get_group_info request body.group_id</c>).
/// </summary>
/// <remarks>
/// Only names are indexed up front; the text is made when asked for. The surface reads only the types that differ
/// between versions, a few dozen of the thousands a large spec has.
/// </remarks>
internal sealed class SpecOrigins
{
    private readonly Dictionary<string, ModelSpec> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumSpec> _enums = new(StringComparer.Ordinal);

    /// <summary>An inline model's first use: the operation, and whether as its request body or its response.</summary>
    private readonly Dictionary<string, (OperationSpec Operation, string Use)> _inline = new(StringComparer.Ordinal);

    /// <summary>Client and interface methods by name (<c>SendGroupMsgAsync</c>, <c>SendGroupMsgWithEnvelopeAsync</c>).</summary>
    private readonly Dictionary<string, OperationSpec> _methods = new(StringComparer.Ordinal);

    private readonly string _clientName;
    private readonly string _interfaceName;

    private SpecOrigins(ApiNames names)
    {
        _clientName = names.ClientName;
        _interfaceName = names.InterfaceName;
    }

    public static SpecOrigins Of(ApiSpec api)
    {
        var origins = new SpecOrigins(api.Names);
        foreach (var model in api.Models)
        {
            origins._models[model.Name] = model;
        }

        foreach (var enumSpec in api.Enums)
        {
            origins._enums[enumSpec.Name] = enumSpec;
        }

        foreach (var operation in api.Operations)
        {
            if (operation.Body?.Type is { Kind: TypeKind.Model, Name: { } request })
            {
                origins._inline.TryAdd(request, (operation, " request body"));
            }

            if (operation.Response.Type is { Kind: TypeKind.Model, Name: { } response })
            {
                origins._inline.TryAdd(response, (operation, " response"));
            }

            origins._methods[operation.Name + "Async"] = operation;
            origins._methods[operation.Name + "WithEnvelopeAsync"] = operation;
        }

        return origins;
    }

    public string? TypeSpec(string typeName)
    {
        if (ModelSpecOf(typeName) is { } spec)
        {
            return spec;
        }

        return _enums.TryGetValue(typeName, out var enumSpec) && enumSpec.SchemaName is { } schema ? "components.schemas." + schema : null;
    }

    public string? MemberSpec(string typeName, string memberName)
    {
        if (typeName == _clientName || typeName == _interfaceName)
        {
            return _methods.TryGetValue(memberName, out var operation) ? OperationSpec(operation) : null;
        }

        if (!_models.TryGetValue(typeName, out var model) || ModelSpecOf(typeName) is not { } spec)
        {
            return null;
        }

        // The last property of that name, as a dictionary by name would keep it.
        string? wireName = null;
        foreach (var property in model.Properties)
        {
            if (property.Name == memberName)
            {
                wireName = property.WireName;
            }
        }

        return wireName is null ? null : spec + "." + wireName;
    }

    /// <summary>A named model's schema, or an inline model's first use; null for another inline model or no model.</summary>
    private string? ModelSpecOf(string typeName)
    {
        if (!_models.TryGetValue(typeName, out var model))
        {
            return null;
        }

        if (model.SchemaName is { } schema)
        {
            return "components.schemas." + schema;
        }

        return _inline.TryGetValue(typeName, out var use) ? OperationSpec(use.Operation) + use.Use : null;
    }

    private static string OperationSpec(OperationSpec operation) => $"{operation.Method.ToUpperInvariant()} {operation.Path}";
}
