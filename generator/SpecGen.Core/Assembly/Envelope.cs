using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Model;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Assembly;

/// <summary>
/// Recognises the vendor's response envelope, written as <see cref="Writing.SpecWriter.EnvelopeExtension"/> for the SDK generator;
/// the schemas stay as documented. The settings' envelope wins; otherwise it is recognised: a business
/// code property in at least 80% of the object-typed 200 responses and a <c>data</c> property in
/// some, with the success value read from the code's description (<c>返回码，200是成功</c>).
/// </summary>
internal static partial class Envelope
{
    private const double Share = 0.8;
    private static readonly string[] CodeNames = { "code", "retcode", "errcode", "ret", "errCode" };
    private static readonly string[] MessageNames = { "message", "msg", "errmsg", "errMsg" };
    private const string DataName = "data";

    /// <summary>The envelope the 200 responses share, or null (reported when the success value is missing).</summary>
    public static EnvelopeSettings? Recognise(SpecDocument document, DiagnosticBag diagnostics)
    {
        var responses = document.Operations
            .Select(o => (Operation: o, Schema: o.Responses.TryGetValue("200", out var r) ? r.Content?.Schema?.Resolved : null))
            .Where(x => x.Schema is not null)
            .ToList();
        if (responses.Count == 0)
        {
            return null;
        }

        var bodies = responses.Select(x => x.Schema!).ToList();
        var code = CodeNames.FirstOrDefault(name => bodies.Count(b => b.HasProperty(name)) >= Share * bodies.Count);
        if (code is null || !bodies.Any(b => b.HasProperty(DataName)))
        {
            return null;
        }

        var line = responses.First(x => x.Schema!.HasProperty(code)).Operation.SourceLine;
        var codeSchemas = bodies.Where(b => b.HasProperty(code)).Select(b => b.Properties[code]).ToList();
        var message = MessageNames.Select(name => (Name: name, Count: bodies.Count(b => b.HasProperty(name))))
            .Where(x => x.Count > 0).OrderByDescending(x => x.Count).Select(x => x.Name).FirstOrDefault();
        var success = codeSchemas.Select(s => SuccessValue(s.Description)).FirstOrDefault(v => v is not null);
        if (success is null)
        {
            diagnostics.Warn(line, DiagnosticCodes.EnvelopeWithoutSuccess,
                $"responses look enveloped ({{{code}, {DataName}}} in {codeSchemas.Count} of {bodies.Count}) but no description says which '{code}' means success; set \"envelope\" in specgen.json");
            return null;
        }

        diagnostics.Warn(line, DiagnosticCodes.EnvelopeRecognised,
            $"recognised the response envelope {{{code}, {message ?? "-"}, {DataName}}} in {codeSchemas.Count} of {bodies.Count} responses; '{code}' = {success} means success (from its description)");
        return new EnvelopeSettings { Code = code, Success = new[] { success }, Message = message, Data = DataName };
    }

    /// <summary><c>返回码，200是成功</c> → 200; <c>1000成功，1001失败</c> → 1000; <c>0 means success</c> → 0.</summary>
    internal static string? SuccessValue(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var match = SuccessPattern().Match(description);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["before"].Success ? match.Groups["before"].Value : match.Groups["after"].Value;
    }

    [GeneratedRegex(@"(?<before>-?\d+)\s*(?:是|为|表示|代表|:|：|=|means|is|for)?\s*(?:成功|success)|(?:成功|success)\s*(?:是|为|:|：|=)\s*(?<after>-?\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex SuccessPattern();
}
