using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting.Templates;

/// <summary>
/// The support types emitted once per API (internal helpers plus a few public value types), so a project needs only
/// the generator package and an AdditionalFile to get a client. They are real C# files in <c>Runtime/</c>, embedded in
/// the generator and compiled on their own by the tests (RuntimeTemplateTests), so a broken template fails a test.
/// <para>
/// The convention that keeps them valid C# as they stand, and the only renaming done to them:
/// </para>
/// <list type="bullet">
/// <item>Each file starts with <c>namespace SpecGen.Runtime.Template;</c> and a blank line; the emitter drops that and
/// writes the API's namespace once for all parts.</item>
/// <item>An identifier that starts with <c>SpecGenApi</c> and an upper-case letter (<c>SpecGenApiApiException</c>,
/// <c>SpecGenApiResponse</c>) is a per-API name: <c>SpecGenApi</c> becomes <see cref="ApiNames.ApiName"/>.</item>
/// <item>The word <c>SpecGenTitle</c> (doc comments only) becomes the API title, escaped for XML docs.</item>
/// </list>
/// Both are replaced in one pass, so a title or API name that contains a placeholder is never replaced again.
/// Every framework type is <c>global::</c>-qualified because spec-derived type names share the namespace. A class
/// split over parts is <c>partial</c>; only its first part carries the doc comment and attributes.
/// </summary>
internal static class RuntimeTemplate
{
    private const string TemplateNamespace = "namespace SpecGen.Runtime.Template;\n\n";

    private const string ApiPlaceholder = "SpecGenApi";

    private const string TitlePlaceholder = "SpecGenTitle";

    private static readonly Regex Placeholders = new(
        @"\b(?:" + ApiPlaceholder + "(?=[A-Z])|" + TitlePlaceholder + @"\b)", RegexOptions.CultureInvariant);

    /// <summary>The files in output order, each with the part that needs it (<see cref="RuntimeParts.None"/>: always).</summary>
    internal static readonly IReadOnlyList<(string File, RuntimeParts Part)> Files = new[]
    {
        ("FileUpload.cs", RuntimeParts.FileUploads),
        ("NumberOrString.cs", RuntimeParts.NumberOrString),
        ("Exceptions.cs", RuntimeParts.None),
        ("BusinessExceptions.cs", RuntimeParts.Envelopes),
        ("Response.cs", RuntimeParts.None),
        ("ResponseCapture.cs", RuntimeParts.None),
        ("JsonReadProblem.cs", RuntimeParts.None),
        ("SpecGenJson.Read.cs", RuntimeParts.None),
        ("SpecGenJson.Names.cs", RuntimeParts.None),
        ("SpecGenJson.Write.cs", RuntimeParts.None),
        ("SpecGenJson.Lists.cs", RuntimeParts.Lists),
        ("SpecGenJson.Maps.cs", RuntimeParts.Maps),
        ("SpecGenJson.NumberOrString.cs", RuntimeParts.NumberOrString),
        ("SpecGenJson.Text.cs", RuntimeParts.Envelopes),
        ("SpecGenResponse.cs", RuntimeParts.None),
        ("SpecGenHttp.cs", RuntimeParts.None),
        ("SpecGenHttp.Files.cs", RuntimeParts.FileUploads),
        ("SpecGenHttp.Undocumented.cs", RuntimeParts.UndocumentedResponses),
        ("SpecGenHttp.Envelopes.cs", RuntimeParts.Envelopes),
    };

    /// <summary>The files' bodies (without the template namespace line), read once per generator load.</summary>
    private static readonly Lazy<string[]> Bodies = new(LoadBodies);

    /// <summary>The runtime of one API: the always-emitted files and those of <paramref name="parts"/>, in its namespace.</summary>
    public static string Render(ApiNames names, string title, RuntimeParts parts)
    {
        var text = new StringBuilder("namespace ").Append(names.Namespace).Append(";\n");
        string[] bodies = Bodies.Value;
        for (int i = 0; i < Files.Count; i++)
        {
            if ((Files[i].Part & parts) == Files[i].Part)
            {
                text.Append('\n').Append(bodies[i]);
            }
        }

        string docTitle = Literals.DocText(title);
        return Placeholders.Replace(text.ToString(), match => match.Value == TitlePlaceholder ? docTitle : names.ApiName);
    }

    /// <summary>One embedded file as it is in the repository (LF line endings).</summary>
    internal static string Source(string file)
    {
        using Stream stream = typeof(RuntimeTemplate).Assembly.GetManifestResourceStream("SpecGen.Runtime." + file)
            ?? throw new InvalidOperationException("missing embedded runtime file " + file);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    private static string[] LoadBodies()
    {
        var bodies = new string[Files.Count];
        for (int i = 0; i < bodies.Length; i++)
        {
            string source = Source(Files[i].File);
            if (!source.StartsWith(TemplateNamespace, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("runtime file " + Files[i].File + " must start with '" + TemplateNamespace.TrimEnd() + "'");
            }

            bodies[i] = source.Substring(TemplateNamespace.Length);
        }

        return bodies;
    }
}
