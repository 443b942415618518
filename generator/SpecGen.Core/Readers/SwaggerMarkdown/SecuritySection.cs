using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;
using SpecGen.Core.Readers.Common;

namespace SpecGen.Core.Readers.SwaggerMarkdown;

/// <summary>
/// <c>### Security</c>: per scheme a bold name paragraph (<c>**token**</c>) and a two-column table
/// whose header row holds the type (<c>| apiKey | *API Key* |</c>) and whose rows are Name, In,
/// Description (oauth2 adds Flow, URLs and scopes).
/// </summary>
internal static partial class SecuritySection
{
    public static void Read(MdDocument document, int from, int end, DocumentDraft draft, HashSet<string> unsupported, DiagnosticBag diagnostics)
    {
        string? name = null;
        for (var i = from; i < end; i++)
        {
            var block = document.Blocks[i];
            foreach (var (_, line) in block.Kind == MdBlockKind.Paragraph ? PipeTableParser.TextLines(block) : Enumerable.Empty<(int, string)>())
            {
                var text = line.Trim().TrimEnd('\\').Trim();
                if (text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) && !text.Contains(":**", StringComparison.Ordinal))
                {
                    name = Cells.Plain(text);
                }
            }

            var tables = PipeTableParser.Extract(block);
            foreach (var table in tables)
            {
                if (name is null)
                {
                    diagnostics.Warn(table.Line, DiagnosticCodes.MissingColumn, "security table without a **name** line before it; skipped");
                    continue;
                }

                AddScheme(name, table, draft, unsupported, diagnostics);
                name = null;
            }
        }
    }

    /// <summary>
    /// The OpenAPI 3 layout's <c>### Available authorizations</c>: per scheme an H4
    /// <c>name (API Key Authentication)</c> / <c>name (HTTP, bearer)</c> and lines such as
    /// <c>**Name:** token</c>, <c>**In:** header</c> and a description.
    /// </summary>
    public static void ReadAuthorizations(MdDocument document, int from, int end, DocumentDraft draft, HashSet<string> unsupported, DiagnosticBag diagnostics)
    {
        for (var i = from; i < end; i++)
        {
            var block = document.Blocks[i];
            if (!block.IsHeading(4))
            {
                continue;
            }

            var heading = AuthorizationHeading().Match(block.Text.Trim());
            if (!heading.Success)
            {
                diagnostics.Warn(block.Line, DiagnosticCodes.MissingColumn, $"'{block.Text.Trim()}' is not 'name (kind)'; skipped");
                continue;
            }

            var name = heading.Groups["name"].Value.Trim();
            var kind = heading.Groups["kind"].Value.Trim();
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var description = new List<string>();
            var next = SwaggerMarkdownReader.NextHeading(document, i + 1, 4);
            for (var j = i + 1; j < next; j++)
            {
                foreach (var (_, raw) in document.Blocks[j].Lines())
                {
                    var line = raw.Trim();
                    var field = FieldLine().Match(line);
                    if (field.Success)
                    {
                        fields[field.Groups["key"].Value] = field.Groups["value"].Value.Trim();
                    }
                    else if (line.Length > 0 && !line.StartsWith("Bearer format:", StringComparison.Ordinal))
                    {
                        description.Add(line);
                    }
                }
            }

            var text = description.Count > 0 ? Text.Unescape(string.Join("\n", description)) : null;
            if (draft.SecuritySchemes.Exists(s => s.Name == name))
            {
                continue;
            }

            if (kind.StartsWith("API Key", StringComparison.OrdinalIgnoreCase))
            {
                var location = fields.TryGetValue("In", out var l) && l.Length > 0 ? l.ToLowerInvariant() : "header";
                draft.SecuritySchemes.Add(new SecuritySchemeDraft(name, "apiKey", location, fields.GetValueOrDefault("Name") ?? name, null, text));
            }
            else if (kind.StartsWith("HTTP", StringComparison.OrdinalIgnoreCase))
            {
                var scheme = kind.Contains(',', StringComparison.Ordinal) ? kind[(kind.IndexOf(',', StringComparison.Ordinal) + 1)..].Trim() : "bearer";
                draft.SecuritySchemes.Add(new SecuritySchemeDraft(name, "http", null, null, scheme, text));
            }
            else
            {
                unsupported.Add(name);
                diagnostics.Warn(block.Line, DiagnosticCodes.UnknownLocation,
                    $"security scheme '{name}' is '{kind}', which the converter does not support (apiKey and http only); skipped");
            }

            i = next - 1;
        }
    }

    private static void AddScheme(string name, PipeTable table, DocumentDraft draft, HashSet<string> unsupported, DiagnosticBag diagnostics)
    {
        var type = table.Header?.Cell(0).Trim() ?? string.Empty;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            fields.TryAdd(Cells.Plain(row.Cell(0)), row.Cell(1).Trim());
        }

        var description = fields.TryGetValue("Description", out var d) && d.Length > 0 ? d : null;
        if (draft.SecuritySchemes.Exists(s => s.Name == name))
        {
            diagnostics.Warn(table.Line, DiagnosticCodes.DuplicateProperty, $"security scheme '{name}' is defined twice; kept the first");
            return;
        }

        switch (type.ToLowerInvariant())
        {
            case "apikey":
                var location = fields.TryGetValue("In", out var l) && l.Length > 0 ? l.ToLowerInvariant() : "header";
                var headerName = fields.TryGetValue("Name", out var n) && n.Length > 0 ? n : name;
                draft.SecuritySchemes.Add(new SecuritySchemeDraft(name, "apiKey", location, headerName, null, description));
                break;
            case "basic":
                draft.SecuritySchemes.Add(new SecuritySchemeDraft(name, "http", null, null, "basic", description));
                break;
            default:
                unsupported.Add(name);
                diagnostics.Warn(table.Line, DiagnosticCodes.UnknownLocation,
                    $"security scheme '{name}' has type '{type}', which the converter does not support (apiKey and basic only); skipped");
                break;
        }
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<kind>[^()]*)\)$")]
    private static partial Regex AuthorizationHeading();

    [GeneratedRegex(@"^\*\*(?<key>Name|In):\*\*\s*(?<value>.*)$")]
    private static partial Regex FieldLine();
}
