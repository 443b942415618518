using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// Consumes and Produces: the request body takes a JSON type of Consumes (a form body the form type
/// listed), the responses a JSON type of Produces, else the first concrete type listed. A list of
/// wildcards only (<c>*/*</c>) is read as JSON and reported.
/// </summary>
internal static class MediaTypes
{
    private static readonly string[] FormTypes = ["multipart/form-data", "application/x-www-form-urlencoded"];

    public static void Apply(OperationDraft operation, List<(int Line, string Type)> consumes, List<(int Line, string Type)> produces, Context context)
    {
        if (operation.Body is { } body && consumes.Count > 0)
        {
            var isForm = FormTypes.Contains(body.MediaType);
            var chosen = isForm ? consumes.Find(c => FormTypes.Contains(c.Type) && (c.Type == body.MediaType || body.MediaType != "multipart/form-data")).Type
                : Pick(consumes, context);
            body.MediaType = chosen ?? body.MediaType;
        }

        if (produces.Count > 0 && Pick(produces, context) is { } media)
        {
            foreach (var response in operation.Responses)
            {
                response.MediaType = media;
            }
        }
    }

    private static string? Pick(List<(int Line, string Type)> types, Context context)
    {
        var json = types.Find(t => t.Type.Contains("json", StringComparison.OrdinalIgnoreCase));
        if (json.Type is not null)
        {
            return json.Type;
        }

        var concrete = types.Find(t => !t.Type.Contains('*'));
        if (concrete.Type is not null)
        {
            return concrete.Type;
        }

        context.Tally.Add(types[0].Line, DiagnosticCodes.UnknownLocation, $"media type list '{types[0].Type}' names no concrete type; read as application/json");
        return null;
    }
}
