using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Model;
using SpecGen.Core.Schema;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Assembly;

/// <summary>Builds the <see cref="SpecDocument"/> from a normalized <see cref="DocumentDraft"/>.</summary>
internal static class DocumentAssembler
{
    public static SpecDocument Assemble(DocumentDraft draft, ApiSettings settings, DiagnosticBag diagnostics)
    {
        var document = new SpecDocument(
            settings.Title ?? draft.Title,
            settings.Version ?? draft.Version ?? "1.0.0",
            string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description);

        foreach (var server in draft.Servers)
        {
            document.Servers.Add(new SpecServer(server.Url, server.Description));
        }

        if (document.Servers.Count == 0 && settings.BaseUrl is { Length: > 0 } baseUrl)
        {
            document.Servers.Add(new SpecServer(baseUrl, null));
        }

        var registry = new ComponentRegistry(draft.Models, settings, diagnostics);
        var builder = new SchemaBuilder(registry, diagnostics);
        foreach (var (key, model, schema) in registry.Entries)
        {
            builder.BuildInto(schema, model.Schema);
            if (key != model.Name || model.Schema.Title is null)
            {
                schema.Title ??= model.Name;
            }

            document.Schemas[key] = schema;
        }

        var operations = new OperationAssembler(registry, diagnostics);
        var usedTags = new List<string>();
        foreach (var draftOperation in draft.Operations)
        {
            if (!document.Paths.TryGetValue(draftOperation.Path, out var item))
            {
                item = new OrderedDictionary<string, SpecOperation>(StringComparer.Ordinal);
                document.Paths[draftOperation.Path] = item;
            }

            item[draftOperation.Method.ToLowerInvariant()] = operations.Assemble(draftOperation);
            usedTags.AddRange(draftOperation.Tags.Where(t => !usedTags.Contains(t)));
        }

        foreach (var tag in usedTags)
        {
            var description = draft.Tags.FirstOrDefault(t => t.Name == tag)?.Description;
            document.Tags.Add(new SpecTag(tag, description));
        }

        var samples = Discriminators.Samples(registry.Entries.Select(e => (e.Key, e.Schema, e.Model.Example)), settings.FixedValues, diagnostics);
        Discriminators.Infer(document, samples, diagnostics);
        Security.Apply(document, draft, settings);
        document.Envelope = settings.Envelope ?? Envelope.Recognise(document, diagnostics);
        return document;
    }
}
