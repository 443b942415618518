using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NSwag;
using SpecGen.Core;

namespace SpecGen.Cli.Scaffolding;

/// <summary>One setting <c>specgen init</c> guessed, with why: written to specgen.json with a <c>// review:</c> comment.</summary>
/// <param name="Key">The settings key (camelCase).</param>
/// <param name="Json">Its value as JSON.</param>
/// <param name="Reason">Where the guess came from.</param>
public sealed record Guess(string Key, string Json, string Reason);

/// <summary>
/// Guesses an API's settings from a first conversion with none: client name and namespace from the API name, the
/// detected dialect, the title and base URL the doc gives, credential headers (documented header parameters whose
/// names look like credentials) and the response envelope (a code field, a data field and maybe a message field
/// shared by most responses). <c>Authorization</c> is always a credential, so it is never listed. Every guess is marked for review; the file is checked by the settings reader.
/// </summary>
public static partial class SettingsGuess
{
    private static readonly string[] CodeFields = ["code", "retcode", "errcode", "err_code", "ret", "status_code", "errno"];
    private static readonly string[] DataFields = ["data", "result", "body", "payload"];
    private static readonly string[] MessageFields = ["message", "msg", "errmsg", "err_msg", "error", "wording"];

    /// <summary>The guesses, in the order they are written.</summary>
    public static IReadOnlyList<Guess> From(ApiName api, ConversionResult result)
    {
        var document = result.Document;
        var guesses = new List<Guess>();
        if (!string.IsNullOrWhiteSpace(document.Info?.Title))
        {
            guesses.Add(new Guess("title", Quote(document.Info.Title), "the doc's title"));
        }

        guesses.Add(new Guess("clientName", Quote(api.ClientName), "from the API name"));
        guesses.Add(new Guess("namespace", Quote(api.Namespace), "from the API name"));
        if (result.Dialect is { } dialect)
        {
            var best = result.Ranking.FirstOrDefault(c => c.Dialect == dialect);
            guesses.Add(new Guess("dialect", Quote(dialect), "detected" + (best is null ? string.Empty : $": {best.Points} points, {best.Operations} operations")));
        }

        var server = (document.Servers ?? []).Select(s => s.Url).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u));
        guesses.Add(server is null
            ? new Guess("baseUrl", Quote("https://api.example.com"), "the doc names no server: a placeholder, replace it")
            : new Guess("baseUrl", Quote(server), "the doc's first server"));

        var headers = document.Operations
            .SelectMany(o => o.Operation.ActualParameters ?? [])
            .Where(p => p.Kind == OpenApiParameterKind.Header && Credential().IsMatch(p.Name) && !p.Name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (headers.Count > 0)
        {
            guesses.Add(new Guess("credentialHeaders", $"[{string.Join(", ", headers.Select(Quote))}]", "documented header parameters whose names look like credentials"));
        }

        if (Envelope(document) is { } envelope)
        {
            guesses.Add(envelope);
        }

        return guesses;
    }

    /// <summary>The specgen.json text: one <c>// review:</c> comment per guess, then the fixed <paramref name="source"/> (or none).</summary>
    public static string Write(IReadOnlyList<Guess> guesses, string? sourceJson, string? sourceNote)
    {
        var text = new StringBuilder();
        text.Append("{\n  // specgen init guessed every setting below: review each one (and its comment), then delete the comments.\n");
        var entries = guesses.Select(g => ($"  // review: {g.Reason}\n", $"  \"{g.Key}\": {g.Json}")).ToList();
        if (sourceJson is not null)
        {
            entries.Add(($"  // where `specgen fetch` downloads the doc from\n", $"  \"source\": {sourceJson}"));
        }

        for (var i = 0; i < entries.Count; i++)
        {
            text.Append(entries[i].Item1).Append(entries[i].Item2).Append(i < entries.Count - 1 ? ",\n" : "\n");
        }

        if (sourceNote is not null)
        {
            text.Append($"  // review: {sourceNote}\n");
        }

        return text.Append("}\n").ToString();
    }

    private static Guess? Envelope(OpenApiDocument document)
    {
        var shapes = document.Operations
            .Select(o => (o.Operation.ActualResponses ?? new Dictionary<string, OpenApiResponse>()).FirstOrDefault(r => r.Key.StartsWith('2')).Value?.Schema?.ActualSchema)
            .Where(s => s is not null && s.ActualProperties.Count > 0)
            .Select(s => s!.ActualProperties.Keys.ToHashSet(StringComparer.Ordinal))
            .ToList();
        if (shapes.Count == 0)
        {
            return null;
        }

        string? Common(string[] names) => names.FirstOrDefault(name => shapes.Count(s => s.Contains(name)) * 2 > shapes.Count);
        var code = Common(CodeFields);
        var data = Common(DataFields);
        if (code is null || data is null)
        {
            return null;
        }

        var message = Common(MessageFields);
        var json = $"{{ \"code\": {Quote(code)}, \"success\": [\"0\"], {(message is null ? string.Empty : $"\"message\": {Quote(message)}, ")}\"data\": {Quote(data)} }}";
        return new Guess("envelope", json, $"most responses ({shapes.Count} with a schema) share '{code}' and '{data}'; the success code 0 is a guess");
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [GeneratedRegex("token|auth|api[-_]?key|secret|sign|session|cookie|app[-_]?id", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credential();
}
