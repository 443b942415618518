using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;

namespace SpecGen.Core.Normalize;

/// <summary>
/// Response keys OpenAPI accepts: <c>100</c>–<c>599</c>, <c>1XX</c>–<c>5XX</c> or <c>default</c>. A
/// status cell that is a link (<c>[200](…)</c>) gives its text; decoration (<c>⇥200</c>,
/// <c>**200**</c>, <c>200 OK</c>) is stripped when a status remains; anything else is reported
/// and the response skipped.
/// </summary>
internal static partial class ResponseStatuses
{
    public static void Apply(DocumentDraft document, DiagnosticBag diagnostics)
    {
        foreach (var operation in document.Operations)
        {
            for (var i = 0; i < operation.Responses.Count; i++)
            {
                var response = operation.Responses[i];
                var status = Normalize(response.Status);
                if (status == response.Status)
                {
                    continue;
                }

                if (status is null)
                {
                    diagnostics.Warn(response.Line, DiagnosticCodes.InvalidStatus,
                        $"response status '{Preview(response.Status)}' of {operation.Method} {operation.Path} is not an HTTP status (100–599, 1XX–5XX or default); the response was skipped");
                    operation.Responses.RemoveAt(i--);
                    continue;
                }

                diagnostics.Warn(response.Line, DiagnosticCodes.InvalidStatus, $"response status '{Preview(response.Status)}' read as {status}");
                operation.Responses[i] = new ResponseDraft(status, response.Line)
                {
                    Description = response.Description,
                    MediaType = response.MediaType,
                    Schema = response.Schema,
                    Example = response.Example,
                    ExampleLine = response.ExampleLine,
                };
            }
        }
    }

    /// <summary>The status as a response key, or null when the text holds none.</summary>
    internal static string? Normalize(string text)
    {
        if (Exact().IsMatch(text))
        {
            return text.ToUpperInvariant();
        }

        if (text.Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            return "default";
        }

        var value = text.Trim();
        var link = Link().Match(value);
        if (link.Success)
        {
            value = link.Groups["text"].Value.Trim();
        }

        value = value.Trim('*', '_', '`', ' ', '\t', '⇥', '»', '|');
        if (value.Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            return "default";
        }

        var leading = Leading().Match(value);
        return leading.Success ? leading.Groups["status"].Value.ToUpperInvariant() : null;
    }

    private static string Preview(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^(?:[1-5][0-9][0-9]|[1-5]XX)$", RegexOptions.IgnoreCase)]
    private static partial Regex Exact();

    [GeneratedRegex(@"^\[(?<text>[^\[\]]*)\]\([^)]*\)$")]
    private static partial Regex Link();

    /// <summary>A status at the start, followed by nothing or by a reason phrase (<c>200 OK</c>).</summary>
    [GeneratedRegex(@"^(?<status>[1-5][0-9][0-9]|[1-5]XX)(?:\s+\S.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();
}
