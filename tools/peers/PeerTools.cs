using System.Diagnostics;

namespace SpecGen.Peers;

/// <summary>Runs NSwag and Kiota (dotnet tools in the given folder) on a spec; returns the wall time of each run.</summary>
internal static class PeerTools
{
    public static double RunNSwag(string toolsDir, string spec, string outputDir, string ns)
        => Run(Path.Combine(toolsDir, "nswag"), ["openapi2csclient", "/input:" + spec, "/output:" + Path.Combine(outputDir, "Client.cs"), "/namespace:" + ns, "/className:PeerClient", "/operationGenerationMode:SingleClientFromOperationId", "/generateClientInterfaces:true", "/jsonLibrary:SystemTextJson"]);

    public static double RunKiota(string toolsDir, string spec, string outputDir, string ns)
        => Run(Path.Combine(toolsDir, "kiota"), ["generate", "-l", "CSharp", "-d", spec, "-o", outputDir, "-c", "PeerClient", "-n", ns, "--ll", "Error"]);

    private static double Run(string executable, string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + executable);
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        double seconds = stopwatch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"peers: {Path.GetFileName(executable)} exited with {process.ExitCode}: {error.Result.Trim()} {output.Result.Trim()}".Trim());
        }

        return seconds;
    }
}
