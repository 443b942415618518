using SpecGen.Cli.Commands;

namespace SpecGen.Cli;

/// <summary>Entry point of the <c>specgen</c> command. Exit codes: 0 success, 1 input can't be processed, 2 wrong usage.</summary>
public static class Program
{
    /// <summary>The process entry point.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>
    /// Runs a command with the given writers (used by tests); returns the exit code. The last-resort
    /// handler: an exception no command expected is one line, <c>specgen: internal error: …</c>, and
    /// exit 1; the stack trace only with <c>--verbose</c> (anywhere on the command line).
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var verbose = args.Contains("--verbose");
        if (verbose)
        {
            args = args.Where(a => a != "--verbose").ToArray();
        }

        try
        {
            return Dispatch(args, stdout, stderr);
        }
        catch (Exception e)
        {
            stderr.WriteLine($"specgen: internal error: {OneLine(e.Message)}");
            if (verbose)
            {
                stderr.WriteLine(e.ToString());
            }

            return ExitCodes.Failure;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage.Text);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var rest = args[1..];
        return args[0] switch
        {
            "convert" => ConvertCommand.Run(rest, stdout, stderr),
            "generate" => GenerateCommand.Run(rest, stdout, stderr),
            "diff" => DiffCommand.Run(rest, stdout, stderr),
            "version" => VersionCommand.Run(rest, stdout, stderr),
            "--version" => PrintVersion(stdout),
            _ => Usage.Fail(stderr, $"unknown command '{args[0]}'"),
        };
    }

    private static int PrintVersion(TextWriter stdout)
    {
        stdout.WriteLine(typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        return ExitCodes.Success;
    }
}
