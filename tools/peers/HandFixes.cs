using System.Text.RegularExpressions;

namespace SpecGen.Peers;

/// <summary>
/// The issue compared compile times of peers' outputs "after fixing their compile errors by hand"; these are those
/// fixes, written down so the figures can be made again. Each is the smallest edit that lets the output compile,
/// applied to a freshly generated output only. SpecGen's output is never edited.
/// </summary>
internal static partial class HandFixes
{
    /// <summary>Applies the known fixes for <paramref name="tool"/>'s output of spec <paramref name="spec"/>; returns what was fixed, or null.</summary>
    public static string? Apply(string spec, string tool, string outputDir)
    {
        return (spec, tool) switch
        {
            ("github", "nswag") => DeclareAnonymous(outputDir),
            ("github", "kiota") => EscapeBaseParameter(outputDir),
            _ => null,
        };
    }

    /// <summary>NSwag 14.7.1 uses a response item type <c>Anonymous</c> (GitHub's <c>email</c> schema) it never declares: 20 errors.</summary>
    private static string DeclareAnonymous(string outputDir)
    {
        File.WriteAllText(
            Path.Combine(outputDir, "HandFix.cs"),
            "namespace Peers.NSwag.Github\n{\n    // Hand fix: NSwag names this response item type but never declares it.\n    public partial class Anonymous { }\n}\n");
        return "declared the missing type Anonymous";
    }

    /// <summary>Kiota 1.38.0 names a parameter <c>base</c> (GET /repos/{owner}/{repo}/compare/{base}...{head}): 9 errors.</summary>
    private static string EscapeBaseParameter(string outputDir)
    {
        foreach (string file in Directory.GetFiles(outputDir, "*RequestBuilder.cs", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file);
            string fixedText = BaseIdentifier().Replace(text, "@base");
            if (fixedText != text)
            {
                File.WriteAllText(file, fixedText);
            }
        }

        return "renamed the parameter base to @base";
    }

    /// <summary><c>base</c> as a parameter or argument, not the constructor initializer <c>: base(</c>.</summary>
    [GeneratedRegex(@"(?<=string |\(|, |nameof\()base(?=[,)\s=])")]
    private static partial Regex BaseIdentifier();
}
