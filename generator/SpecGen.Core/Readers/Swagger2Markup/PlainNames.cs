using SpecGen.Core.Drafts;
using SpecGen.Core.Schema;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// swagger2markup 0.x names models without links (<c>UserEntity</c>, <c>UserEntity array</c>): a type
/// cell that is the exact name of a model becomes a link to it.
/// </summary>
internal static class PlainNames
{
    public static void Link(DocumentDraft draft)
    {
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in draft.Models)
        {
            anchors.TryAdd(model.Name, model.Anchors.FirstOrDefault() ?? model.Name.ToLowerInvariant());
        }

        if (anchors.Count == 0)
        {
            return;
        }

        string Fix(string text) => TypeParser.Parse(text) switch
        {
            UnknownType u when anchors.TryGetValue(u.Text, out var a) => $"[{u.Text}](#{a})",
            ArrayType { Items: UnknownType u } when anchors.TryGetValue(u.Text, out var a) => $"< [{u.Text}](#{a}) > array",
            _ => text,
        };

        void FixSchema(SchemaDraft? schema)
        {
            if (schema is null)
            {
                return;
            }

            schema.RootType = schema.RootType is null ? null : Fix(schema.RootType);
            for (var i = 0; i < schema.Rows.Count; i++)
            {
                schema.Rows[i] = schema.Rows[i] with { TypeText = Fix(schema.Rows[i].TypeText) };
            }
        }

        foreach (var operation in draft.Operations)
        {
            for (var i = 0; i < operation.Parameters.Count; i++)
            {
                operation.Parameters[i] = operation.Parameters[i] with { TypeText = Fix(operation.Parameters[i].TypeText) };
            }

            FixSchema(operation.Body?.Schema);
            operation.Responses.ForEach(r => FixSchema(r.Schema));
        }

        draft.Models.ForEach(m => FixSchema(m.Schema));
    }
}
