using System.Diagnostics;

namespace SpecGen.Cli.Releasing;

/// <summary>The outcome of a child process: its exit code and what it printed.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The last lines it printed (stderr, else stdout), for an error message.</summary>
    public string Tail(int lines = 15)
    {
        var text = Stderr.Trim().Length > 0 ? Stderr : Stdout;
        return string.Join('\n', text.ReplaceLineEndings("\n").Trim().Split('\n').TakeLast(lines));
    }
}

/// <summary>Runs <c>git</c> and <c>dotnet</c> (arguments passed as a list, never through a shell).</summary>
public static class ProcessRunner
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(20);

    /// <summary>Runs <paramref name="fileName"/> in <paramref name="workingDirectory"/> and waits for it.</summary>
    /// <exception cref="ReleaseException">The program can't be started or runs past the limit.</exception>
    public static ProcessResult Run(string fileName, string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new ReleaseException($"{fileName}: could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ReleaseException($"{fileName}: could not be started: {e.Message}");
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new ReleaseException($"{fileName} {string.Join(' ', arguments)}: still running after {Limit.TotalMinutes} minutes; stopped");
            }

            process.WaitForExit();
            return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
    }
}
