using System.CommandLine;
using System.CommandLine.Invocation;

namespace SpecGen.Cli;

/// <summary>Entry point of the <c>specgen</c> command. Exit codes: 0 success, 1 input can't be processed, 2 wrong usage.</summary>
public static class Program
{
    /// <summary>The process entry point.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>
    /// Parses the command line with System.CommandLine and runs the chosen command with the given writers
    /// (used by tests); returns the exit code. A parse error is <c>specgen: …</c> on standard error and exit 2.
    /// The last-resort handler: an exception no command expected is one line, <c>specgen: internal error: …</c>,
    /// and exit 1; the stack trace only with <c>--verbose</c>.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ParseResult? parsed = null;
        try
        {
            parsed = SpecGenCommandLine.Parse(args);
            if (parsed.Action is ParseErrorAction)
            {
                return Usage.Fail(stderr, parsed);
            }

            if (parsed.Action == parsed.CommandResult.Command.Action && Usage.OptionLikeArgument(parsed) is { } option)
            {
                return Usage.Fail(stderr, parsed, $"unknown option '{option}' (a file name that starts with '-' goes after '--')");
            }

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            stderr.WriteLine($"specgen: internal error: {OneLine(e.Message)}");
            if (parsed is not null && SpecGenCommandLine.IsVerbose(parsed))
            {
                stderr.WriteLine(e.ToString());
            }

            return ExitCodes.Failure;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
