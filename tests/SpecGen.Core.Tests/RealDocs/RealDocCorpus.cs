using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpecGen.Core.Tests.RealDocs;

/// <summary>One public doc of the conformance corpus (<c>Fixtures/RealDocs/manifest.json</c>).</summary>
public sealed record RealDoc(string Id, string Generator, string Language, string Repository, string Path, string Commit, string Licence, int Operations, string? Spec, string? Notes)
{
    public string Directory => System.IO.Path.Combine(RealDocCorpus.Root, Id);

    public string Markdown => File.ReadAllText(System.IO.Path.Combine(Directory, "doc.md"));

    /// <summary>The operations the doc visibly documents, normalized (<see cref="RealDocCorpus.Key"/>), distinct, in doc order.</summary>
    public IReadOnlyList<string> ExpectedOperations =>
        File.ReadAllLines(System.IO.Path.Combine(Directory, "expected.txt"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.Trim().Split(' ', 2, StringSplitOptions.TrimEntries))
            .Select(p => RealDocCorpus.Key(p[0], p[1]))
            .Distinct()
            .ToList();

    public override string ToString() => Id;
}

/// <summary>The corpus manifest and the rules that compare a conversion with it.</summary>
public static partial class RealDocCorpus
{
    public static string Root => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "RealDocs");

    public static IReadOnlyList<RealDoc> Docs { get; } = Load();

    /// <summary>The dialect reader each generator's output must be read by; generators not listed may be read by any.</summary>
    public static IReadOnlyDictionary<string, string> ReaderFor { get; } = new Dictionary<string, string>
    {
        ["widdershins"] = "widdershins",
        ["apifox"] = "widdershins",
        ["swagger-markdown"] = "swagger-markdown",
        ["swagger2markup"] = "swagger2markup",
        ["smart-doc"] = "smart-doc",
        ["knife4j"] = "knife4j",
        ["yapi"] = "yapi",
        ["openapi-to-md"] = "openapi-to-md",
    };

    /// <summary>
    /// Whether a source spec's fact is one the doc's generator cannot print, so it is not expected of the
    /// conversion: widdershins (and Apifox, its fork) print an array of arrays as <c>[array]</c> with no
    /// item fields (tools/roundtrip/README.md): neither the item type of such an array nor anything below <c>[][]</c> reaches the doc.
    /// </summary>
    public static bool CannotExpress(string generator, string fact) =>
        generator is "widdershins" or "apifox" && (fact.Contains("[][]", StringComparison.Ordinal) || fact.Contains(" type=array<array<", StringComparison.Ordinal));

    /// <summary>
    /// <c>METHOD /path</c> as compared: method upper case, host and query removed, a trailing slash
    /// dropped, and every placeholder (<c>{id}</c>, <c>:id</c>, <c>&lt;id&gt;</c>) written <c>{}</c>: a doc's
    /// parameter names are not what this corpus checks.
    /// </summary>
    public static string Key(string method, string path)
    {
        var text = path.Trim().Trim('`');
        text = Host().Replace(text, string.Empty);
        var query = text.IndexOfAny(['?', '#']);
        text = query >= 0 ? text[..query] : text;
        text = Placeholder().Replace(text, "{}");
        text = text.Length > 1 ? text.TrimEnd('/') : text;
        return $"{method.Trim().ToUpperInvariant()} {text}";
    }

    private static IReadOnlyList<RealDoc> Load()
    {
        var manifest = System.IO.Path.Combine(Root, "manifest.json");
        if (!File.Exists(manifest))
        {
            return [];
        }

        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<RealDoc>>(File.ReadAllText(manifest), options) ?? [];
    }

    [GeneratedRegex(@"^(?:https?://[^/\s]+|\{\{?[A-Za-z_][\w.-]*\}?\}|\$\{[A-Za-z_][\w.-]*\})", RegexOptions.IgnoreCase)]
    private static partial Regex Host();

    [GeneratedRegex(@"\{[^{}/]*\}|(?<=/):[A-Za-z_][A-Za-z0-9_]*|(?<=/)<[A-Za-z_][A-Za-z0-9_]*>")]
    private static partial Regex Placeholder();
}
