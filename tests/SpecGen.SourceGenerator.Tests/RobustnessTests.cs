using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>Random damage to a valid spec never makes the generator throw, and what it emits compiles.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Replacements =
    {
        "\"type\": \"object\"", "\"type\": \"array\"", "\"type\": \"bogus\"", "{}", "[]", "null", "\"$ref\": \"#/nowhere\"",
        "\"enum\": []", "\"oneOf\": [{}]", "\"allOf\": \"x\"", "\"properties\": 5", "\"in\": \"cookie\"", "\"required\": true", "\"\"",
    };

    [Fact]
    public void Mutated_specs_never_crash_the_generator()
    {
        string spec = TestFiles.Spec("small.json");
        var random = new Random(20261122);
        var failures = new List<string>();
        for (int i = 0; i < 60; i++)
        {
            string mutated = Mutate(spec, random);
            GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Fuzz", mutated));
            if (result.Exception is not null)
            {
                failures.Add("exception " + result.Exception.GetType().Name + ": " + result.Exception.Message);
                continue;
            }

            if (result.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                continue; // rejected with a diagnostic: fine
            }

            var errors = result.CompileDiagnostics(DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                failures.Add("mutation " + i + " does not compile: " + errors[0] + "\n" + mutated);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }

    private static string Mutate(string spec, Random random)
    {
        string text = spec;
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits; e++)
        {
            int position = random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0:
                    // Replace a "key": value pair's value region with a hostile construct.
                    int colon = text.IndexOf(':', position);
                    if (colon > 0)
                    {
                        int end = text.IndexOfAny([',', '}'], colon);
                        if (end > colon)
                        {
                            string replacement = Replacements[random.Next(Replacements.Length)];
                            string value = replacement.Contains(':') ? "{ " + replacement + " }" : replacement;
                            text = text[..(colon + 1)] + " " + value + text[end..];
                        }
                    }

                    break;
                case 1:
                    text = text.Remove(position, Math.Min(random.Next(1, 20), text.Length - position));
                    break;
                default:
                    text = text.Insert(position, Replacements[random.Next(Replacements.Length)]);
                    break;
            }
        }

        return text;
    }
}
