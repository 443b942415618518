using SpecGen.SourceGenerator.Model;

namespace SpecGen.Diff.Surface;

/// <summary>
/// Which spec element each generated name comes from: a model class or enum struct from its component schema
/// (<c>components.schemas.User</c>), a property from the schema's property (<c>components.schemas.User.user_name</c>),
/// a client method (<c>SendGroupMsgAsync</c> on the client and its interface) from its operation (<c>POST /send_group_msg</c>);
/// an inline request or response model from its operation (<c>POST /get_group_info request body</c>, its properties
/// <c>POST /get_group_info request body.group_id</c>).
/// </summary>
internal sealed class SpecOrigins
{
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Member), string> _members = new();

    public static SpecOrigins Of(ApiSpec api)
    {
        var origins = new SpecOrigins();
        foreach (var model in api.Models)
        {
            if (model.SchemaName is { } schema)
            {
                var spec = "components.schemas." + schema;
                origins._types[model.Name] = spec;
                foreach (var property in model.Properties)
                {
                    origins._members[(model.Name, property.Name)] = spec + "." + property.WireName;
                }
            }
        }

        foreach (var enumSpec in api.Enums)
        {
            if (enumSpec.SchemaName is { } schema)
            {
                origins._types[enumSpec.Name] = "components.schemas." + schema;
            }
        }

        var inline = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in api.Operations)
        {
            var spec = $"{operation.Method.ToUpperInvariant()} {operation.Path}";
            if (operation.Body?.Type is { Kind: TypeKind.Model, Name: { } request })
            {
                inline.TryAdd(request, spec + " request body");
            }

            if (operation.Response.Type is { Kind: TypeKind.Model, Name: { } response })
            {
                inline.TryAdd(response, spec + " response");
            }

            foreach (var type in new[] { api.Names.ClientName, api.Names.InterfaceName })
            {
                origins._members[(type, operation.Name + "Async")] = spec;
                origins._members[(type, operation.Name + "WithEnvelopeAsync")] = spec;
            }
        }

        foreach (var model in api.Models)
        {
            if (model.SchemaName is null && inline.TryGetValue(model.Name, out var spec))
            {
                origins._types[model.Name] = spec;
                foreach (var property in model.Properties)
                {
                    origins._members[(model.Name, property.Name)] = spec + "." + property.WireName;
                }
            }
        }

        return origins;
    }

    public string? TypeSpec(string typeName) => _types.GetValueOrDefault(typeName);

    public string? MemberSpec(string typeName, string memberName) => _members.GetValueOrDefault((typeName, memberName));
}
