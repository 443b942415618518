namespace SpecGen.Cli;

internal static class Usage
{
    public const string Text = """
        specgen — vendor markdown API docs → OpenAPI 3.0 → typed C# SDKs

        Usage:
          specgen convert <doc.md> [-o <spec.json>] [--settings <specgen.json>] [--format json|summary] [--explain]
              Convert one doc. Without -o the spec is written to standard output. --explain prints
              every dialect reader's score and evidence, and which one read the doc.
          specgen generate [--specs <dir>] [--api <name>] [--check]
              Regenerate specs/<api>/openapi.json from specs/<api>/source.md for every API
              (or one). --check writes nothing and fails when a committed spec is stale.
          specgen diff <old.json> <new.json> [--format text|markdown|json] [--fail-on breaking|warning|none] [--title TEXT]
              Classify the changes between two specs and suggest a SemVer bump.
          specgen version <spec.json> [--released <released.json> --released-version X.Y.Z] [--min-bump none|patch|minor|major]
              Print the SDK package version: info.version as X.Y.Z, or, after a release, the larger of that
              and the released version raised by the bump the diff suggests (at least --min-bump).

        Diagnostics go to standard error as file:line: warning|error CODE: message.
        Exit codes: 0 success, 1 input that can't be converted (diff: breaking changes), 2 wrong usage.
        An unexpected failure is one line, 'specgen: internal error: …' (exit 1); add --verbose for its stack trace.

        """;

    public static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"specgen: {message}");
        stderr.WriteLine("Run 'specgen --help' for usage.");
        return ExitCodes.Usage;
    }
}
