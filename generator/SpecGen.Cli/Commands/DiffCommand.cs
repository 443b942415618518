using SpecGen.Diff;

namespace SpecGen.Cli.Commands;

/// <summary>
/// <c>specgen diff &lt;old.json&gt; &lt;new.json&gt; [--format text|markdown|json] [--fail-on breaking|warning|none] [--title TEXT]</c>.
/// The work (parsing, comparing, formatting) lives in <see cref="DiffRunner"/>, where it is tested.
/// </summary>
public static class DiffCommand
{
    /// <summary>Runs the command; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        DiffRunner.Run(args, stdout, stderr) switch
        {
            DiffRunner.Success => ExitCodes.Success,
            DiffRunner.ChangesFound => ExitCodes.Failure,
            _ => ExitCodes.Usage,
        };
}
