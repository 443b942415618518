using System.CommandLine;
using System.CommandLine.Parsing;

namespace SpecGen.Cli;

/// <summary>How a wrong command line is reported: <c>specgen: …</c> lines on standard error, a pointer to the help, exit 2.</summary>
internal static class Usage
{
    /// <summary>Reports the errors System.CommandLine found (or <paramref name="messages"/>), with the help command of the command they concern.</summary>
    public static int Fail(TextWriter stderr, ParseResult parsed, params string[] messages)
    {
        foreach (var message in messages.Length > 0 ? messages : parsed.Errors.Select(e => e.Message))
        {
            stderr.WriteLine($"specgen: {message}");
        }

        var path = parsed.CommandResult.Command == parsed.RootCommandResult.Command ? "specgen" : $"specgen {parsed.CommandResult.Command.Name}";
        stderr.WriteLine($"Run '{path} --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// A positional argument that looks like an option (<c>--bogus</c>), which System.CommandLine hands to a command's
    /// argument, so an unknown option would be read as a file name; after <c>--</c> it is a name. Null when there is none.
    /// </summary>
    public static string? OptionLikeArgument(ParseResult parsed)
    {
        var beforeDoubleDash = parsed.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash).ToList();
        return parsed.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .Where(token => token.Value.Length > 1 && token.Value[0] == '-')
            .FirstOrDefault(token => beforeDoubleDash.Any(t => ReferenceEquals(t, token)))?.Value;
    }
}
