using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Model;
using SpecGen.Core.Naming;
using SpecGen.Core.Schema;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Assembly;

/// <summary>
/// The named models of a document: one ASCII component key per model (kept or made from pinyin,
/// the original name kept as <c>title</c>), and reference resolution by anchor or by name.
/// </summary>
internal sealed class ComponentRegistry : IRefResolver
{
    private readonly Dictionary<string, SpecSchema> _byAnchor = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SpecSchema> _byName = new(StringComparer.Ordinal);
    private readonly List<(string Key, ModelDraft Model, SpecSchema Schema)> _entries = new();

    public ComponentRegistry(IEnumerable<ModelDraft> models, ApiSettings settings, DiagnosticBag diagnostics)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            if (_byName.ContainsKey(model.Name))
            {
                diagnostics.Warn(model.Line, DiagnosticCodes.DuplicateProperty, $"model '{model.Name}' is defined twice; kept the first");
                continue;
            }

            var key = AsciiNames.Unique(KeyFor(model.Name, settings), taken);
            if (key != model.Name && !settings.SchemaNames.ContainsKey(model.Name))
            {
                diagnostics.Warn(model.Line, DiagnosticCodes.RenamedSchema, $"schema '{model.Name}' is not a valid component key; named it '{key}'");
            }

            var schema = new SpecSchema { ComponentKey = key, SourceLine = model.Line };
            _entries.Add((key, model, schema));
            _byName[model.Name] = schema;
            foreach (var anchor in model.Anchors)
            {
                _byAnchor.TryAdd(anchor, schema);
            }
        }
    }

    public IReadOnlyList<(string Key, ModelDraft Model, SpecSchema Schema)> Entries => _entries;

    public SpecSchema? Resolve(RefType reference)
    {
        if (reference.Anchor is { Length: > 0 } anchor && _byAnchor.TryGetValue(anchor, out var byAnchor))
        {
            return byAnchor;
        }

        return _byName.TryGetValue(reference.Name, out var byName) ? byName : null;
    }

    private static string KeyFor(string name, ApiSettings settings)
    {
        if (settings.SchemaNames.TryGetValue(name, out var configured))
        {
            return configured;
        }

        if (AsciiNames.IsComponentKey(name))
        {
            return name;
        }

        var pascal = AsciiNames.Pascal(name);
        return pascal.Length > 0 ? pascal : "Schema";
    }
}
