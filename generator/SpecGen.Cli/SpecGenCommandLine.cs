using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using SpecGen.Cli.Commands;

namespace SpecGen.Cli;

/// <summary>The <c>specgen</c> command tree (System.CommandLine): help, validation errors and completion come from it.</summary>
internal static class SpecGenCommandLine
{
    public const string VerboseName = "--verbose";

    private const string Description = """
        specgen — vendor markdown API docs → OpenAPI 3.0 → typed C# SDKs.
        Diagnostics go to standard error as file:line: warning|error CODE: message.
        Exit codes: 0 success, 1 input that can't be processed (diff: breaking changes), 2 wrong usage.
        An unexpected failure is one line, 'specgen: internal error: …' (exit 1); add --verbose for its stack trace.
        """;

    /// <summary>Parses <paramref name="args"/> against a fresh command tree (so parallel callers share nothing).</summary>
    public static ParseResult Parse(IReadOnlyList<string> args) =>
        Build().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>Whether the parsed command line asked for stack traces.</summary>
    public static bool IsVerbose(ParseResult parsed) => parsed.GetValue<bool>(VerboseName);

    /// <summary>
    /// The root command: System.CommandLine's help and version options and its directives (<c>[suggest]</c> for
    /// shell completion, <c>[diagram]</c>); its name is the executable's, <c>specgen</c>.
    /// </summary>
    private static RootCommand Build()
    {
        var root = new RootCommand(Description)
        {
            new Option<bool>(VerboseName) { Description = "Print the stack trace of an internal error.", Recursive = true },
            ConvertCommand.Create(),
            GenerateCommand.Create(),
            FetchCommand.Create(),
            InitCommand.Create(),
            DiffCommand.Create(),
            VersionCommand.Create(),
            ReleaseNotesCommand.Create(),
            ReleaseCommand.Create(),
        };

        // --version prints X.Y.Z, as it always did (System.CommandLine's own adds the commit).
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion();

        // No command: the help on standard output, and exit 2 (nothing was done).
        root.SetAction(parsed =>
        {
            new HelpAction().Invoke(parsed);
            return ExitCodes.Usage;
        });
        return root;
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            return ExitCodes.Success;
        }
    }
}
