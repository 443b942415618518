using SpecGen.Core.Assembly;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Normalize;
using SpecGen.Core.Readers;
using SpecGen.Core.Settings;
using SpecGen.Core.Writing;

namespace SpecGen.Core;

/// <summary>Markdown API doc → normalized OpenAPI 3.0 JSON. Never throws on bad input: problems become diagnostics.</summary>
public static class SpecConverter
{
    public static ConversionResult Convert(string markdown, string fileName, ApiSettings? settings = null)
    {
        settings ??= new ApiSettings();
        var diagnostics = new DiagnosticBag(fileName);
        var text = InputCheck.Clean(markdown, diagnostics);
        var document = MdDocument.Parse(text, diagnostics);
        // Scoring every reader costs a scan each: done here only when the settings name no dialect, else when asked for (--explain).
        var forced = settings.Dialect is { Length: > 0 } dialect ? dialect : null;
        var ranking = forced is null ? DialectDetector.Rank(document) : null;
        var reader = forced is null ? DialectDetector.Best(ranking!) : DialectDetector.ByName(forced);
        if (settings.Dialect is { Length: > 0 } unknown && reader is null)
        {
            diagnostics.Error(0, DiagnosticCodes.SettingsProblem, $"unknown dialect '{unknown}' in settings; use one of {string.Join(", ", DialectDetector.Readers.Select(r => r.Name))}");
        }

        DocumentDraft draft;
        if (reader is null)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Error(1, DiagnosticCodes.UnknownDialect, $"no API operations found: the document matches none of the known dialects ({string.Join(", ", DialectDetector.Readers.Select(r => r.Name))})");
            }

            draft = new DocumentDraft();
        }
        else
        {
            draft = reader.Read(document, diagnostics);
            if (draft.Operations.Count == 0)
            {
                diagnostics.Error(1, DiagnosticCodes.NoOperations, $"no API operations found in this {reader.Name} document");
            }
        }

        var sections = draft.Operations.Count;
        CredentialHeaders.Apply(draft, settings, diagnostics);
        ResponseStatuses.Apply(draft, diagnostics);
        PathTemplates.Apply(draft, diagnostics);
        DuplicateOperations.Apply(draft, diagnostics);
        OperationIds.Apply(draft, settings, diagnostics);
        RetrySafeOperations.Apply(draft, settings, diagnostics);
        var spec = DocumentAssembler.Assemble(draft, settings, diagnostics);
        var json = SpecWriter.Write(spec, diagnostics);
        return new ConversionResult(json, diagnostics.Sorted(), reader?.Name, draft.Operations.Count, sections, spec.Schemas.Count, ranking ?? (IReadOnlyList<DialectCandidate>)new LazyRanking(document));
    }
}
