using System.Text;
using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;

namespace SpecGen.Core.Normalize;

/// <summary>
/// Paths and path parameters as OpenAPI requires them, whatever the doc wrote:
/// <list type="bullet">
/// <item>a path starts with <c>/</c> and its <c>{placeholders}</c> are distinct names;</item>
/// <item>two paths with the same template (<c>/a/{x}</c>, <c>/a/{y}</c>) are one path: the later one
/// takes the first one's placeholder names (its path parameters renamed too), so the duplicate merge joins them;</item>
/// <item>a parameter <c>in: path</c> that the path does not hold becomes a query parameter; a placeholder
/// without a parameter gets a required string one (or the same-named parameter moves to the path);</item>
/// <item>a parameter listed twice (same name and location) is kept once.</item>
/// </list>
/// Each change is reported at the operation's line.
/// </summary>
internal static partial class PathTemplates
{
    public static void Apply(DocumentDraft document, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, (string Path, List<string> Names, int Line)>(StringComparer.Ordinal);
        foreach (var operation in document.Operations)
        {
            CleanPath(operation, diagnostics);
            var names = Placeholders(operation.Path);
            var signature = Signature(operation.Path);
            if (!templates.TryGetValue(signature, out var first))
            {
                templates[signature] = (operation.Path, names, operation.Line);
            }
            else if (first.Path != operation.Path)
            {
                diagnostics.Warn(operation.Line, DiagnosticCodes.PathTemplateClash,
                    $"{operation.Method} {operation.Path} has the same template as {first.Path} (line {first.Line}); read as {first.Path}, its path parameters renamed to match");
                Rename(operation, names, first.Names);
                operation.Path = first.Path;
                names = first.Names;
            }

            MatchParameters(operation, names, diagnostics);
        }
    }

    /// <summary>A leading <c>/</c>, and distinct, non-empty placeholder names (<c>{}</c> → <c>{param1}</c>, a repeated <c>{id}</c> → <c>{id2}</c>).</summary>
    private static void CleanPath(OperationDraft operation, DiagnosticBag diagnostics)
    {
        var path = operation.Path;
        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        path = PlaceholderPattern().Replace(path, match =>
        {
            index++;
            var name = match.Groups["name"].Value.Trim();
            if (name.Length == 0)
            {
                name = $"param{index}";
            }

            var unique = name;
            for (var n = 2; !seen.Add(unique); n++)
            {
                unique = $"{name}{n}";
            }

            return "{" + unique + "}";
        });
        if (path != operation.Path)
        {
            diagnostics.Warn(operation.Line, DiagnosticCodes.PathParameterMismatch,
                $"path '{operation.Path}' is not a valid path template; read as '{path}'");
            operation.Path = path;
        }
    }

    private static void Rename(OperationDraft operation, List<string> from, List<string> to)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < from.Count; i++)
        {
            map[from[i]] = to[i];
        }

        for (var i = 0; i < operation.Parameters.Count; i++)
        {
            var parameter = operation.Parameters[i];
            if (parameter.In == "path" && map.TryGetValue(parameter.Name, out var renamed))
            {
                operation.Parameters[i] = parameter with { Name = renamed };
            }
        }
    }

    private static void MatchParameters(OperationDraft operation, List<string> names, DiagnosticBag diagnostics)
    {
        var placeholders = names.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string In, string Name)>();
        for (var i = 0; i < operation.Parameters.Count; i++)
        {
            var parameter = operation.Parameters[i];
            if (parameter.In == "path" && !placeholders.Contains(parameter.Name))
            {
                diagnostics.Warn(parameter.Line, DiagnosticCodes.PathParameterMismatch,
                    $"path parameter '{parameter.Name}' is not in the path {operation.Path}; read as a query parameter");
                parameter = operation.Parameters[i] = parameter with { In = "query" };
            }

            if (!seen.Add((parameter.In, parameter.Name)))
            {
                diagnostics.Warn(parameter.Line, DiagnosticCodes.DuplicateParameter,
                    $"parameter '{parameter.Name}' ({parameter.In}) is listed again; kept the first");
                operation.Parameters.RemoveAt(i--);
            }
        }

        foreach (var name in names)
        {
            if (seen.Contains(("path", name)))
            {
                continue;
            }

            var other = operation.Parameters.FindIndex(p => p.Name == name && !seen.Contains(("path", p.Name)));
            if (other >= 0)
            {
                diagnostics.Warn(operation.Parameters[other].Line, DiagnosticCodes.PathParameterMismatch,
                    $"parameter '{name}' is documented in {operation.Parameters[other].In} but the path {operation.Path} holds it; read as a path parameter");
                operation.Parameters[other] = operation.Parameters[other] with { In = "path", Required = true };
            }
            else
            {
                diagnostics.Warn(operation.Line, DiagnosticCodes.PathParameterMismatch,
                    $"path placeholder '{{{name}}}' has no documented parameter; added as a required string");
                operation.Parameters.Add(new ParameterDraft(name, "path", "string", true, null, operation.Line));
            }

            seen.Add(("path", name));
        }
    }

    private static List<string> Placeholders(string path) =>
        PlaceholderPattern().Matches(path).Select(m => m.Groups["name"].Value).ToList();

    /// <summary>The path with every placeholder name removed: <c>/a/{x}</c> and <c>/a/{y}</c> share <c>/a/{}</c>.</summary>
    private static string Signature(string path) => PlaceholderPattern().Replace(path, "{}");

    [GeneratedRegex(@"\{(?<name>[^{}/]*)\}")]
    private static partial Regex PlaceholderPattern();
}
