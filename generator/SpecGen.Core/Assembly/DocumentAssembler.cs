using NSwag;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Schema;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Assembly;

/// <summary>Builds the NSwag document from a normalized <see cref="DocumentDraft"/>.</summary>
internal static class DocumentAssembler
{
    public static OpenApiDocument Assemble(DocumentDraft draft, ApiSettings settings, DiagnosticBag diagnostics)
    {
        var document = new OpenApiDocument { Generator = null };
        document.Info = new OpenApiInfo
        {
            Title = settings.Title ?? draft.Title,
            Version = settings.Version ?? draft.Version ?? "1.0.0",
            Description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description,
        };

        foreach (var server in draft.Servers)
        {
            document.Servers.Add(new OpenApiServer { Url = server.Url, Description = server.Description });
        }

        if (document.Servers.Count == 0 && settings.BaseUrl is { Length: > 0 } baseUrl)
        {
            document.Servers.Add(new OpenApiServer { Url = baseUrl });
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

            schema.ExtensionData = new Dictionary<string, object?> { ["x-specgen-source"] = model.Line };
            document.Components.Schemas[key] = schema;
        }

        var operations = new OperationAssembler(registry, diagnostics);
        var usedTags = new List<string>();
        foreach (var draftOperation in draft.Operations)
        {
            var path = document.Paths.TryGetValue(draftOperation.Path, out var item) ? item : document.Paths[draftOperation.Path] = new OpenApiPathItem();
            path[draftOperation.Method.ToLowerInvariant()] = operations.Assemble(draftOperation);
            usedTags.AddRange(draftOperation.Tags.Where(t => !usedTags.Contains(t)));
        }

        foreach (var tag in usedTags)
        {
            var description = draft.Tags.FirstOrDefault(t => t.Name == tag)?.Description;
            document.Tags.Add(new OpenApiTag { Name = tag, Description = description });
        }

        Security.Apply(document, draft, settings);
        Envelope.Apply(document, settings, diagnostics);
        return document;
    }
}
