using System.Diagnostics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SpecGen.Diff.Tests.Surface;

namespace SpecGen.Benchmarks;

/// <summary>
/// <c>specgen diff</c> as a user runs it: one fresh process per run on the 3 MB pair of the surface tests
/// (<see cref="LargeSpecPair"/>), <c>--no-surface</c> (the wire diff alone, the baseline) against the default (wire
/// and C# surface). Each process pays its start-up and its JIT; Roslyn's is most of what the surface adds.
/// <list type="bullet">
/// <item><c>ReadyToRun</c>: the command as the <c>SpecGen.Cli</c> tool package for this machine's runtime ships it
/// and as the spec-diff workflow publishes it (<c>-p:PublishReadyToRun=true</c>: Roslyn precompiled).</item>
/// <item><c>Jit</c>: the portable build (<c>dotnet run</c>, the <c>SpecGen.Cli.any</c> package).</item>
/// </list>
/// Both builds are made once by the setup, under <c>artifacts/bench/</c>.
/// <c>dotnet run -c Release --project tools/SpecGen.Benchmarks -- --filter '*DiffCli*'</c> (~2 min).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15)]
[MedianColumn]
public class DiffCliBenchmarks
{
    private string _cli = string.Empty;
    private string _old = string.Empty;
    private string _new = string.Empty;

    [Params("ReadyToRun", "Jit")]
    public string Build { get; set; } = "ReadyToRun";

    [GlobalSetup]
    public void Setup()
    {
        string root = Path.GetDirectoryName(SpecGen.Diff.Tests.RepositoryPaths.Find("SpecGen.sln"))!;
        string bench = Path.Combine(root, "artifacts", "bench");
        Directory.CreateDirectory(bench);
        (_old, _new) = (Path.Combine(bench, "large-old.json"), Path.Combine(bench, "large-new.json"));
        File.WriteAllText(_old, LargeSpecPair.Old);
        File.WriteAllText(_new, LargeSpecPair.New);

        string project = Path.Combine(root, "generator", "SpecGen.Cli", "SpecGen.Cli.csproj");
        string output = Path.Combine(bench, "specgen-" + Build.ToLowerInvariant());
        string arguments = Build == "ReadyToRun"
            ? $"publish \"{project}\" -c Release -r {RuntimeInformation.RuntimeIdentifier} --self-contained false -p:PublishReadyToRun=true -o \"{output}\""
            : $"publish \"{project}\" -c Release -p:PublishReadyToRun=false -o \"{output}\"";
        Dotnet(arguments);
        _cli = Path.Combine(output, "specgen.dll");
    }

    [Benchmark(Baseline = true, Description = "specgen diff --no-surface (3 MB pair)")]
    public int Wire() => Dotnet($"\"{_cli}\" diff \"{_old}\" \"{_new}\" --no-surface --fail-on none");

    [Benchmark(Description = "specgen diff (3 MB pair)")]
    public int WireAndSurface() => Dotnet($"\"{_cli}\" diff \"{_old}\" \"{_new}\" --fail-on none");

    /// <summary>Runs <c>dotnet</c>; a non-zero exit fails the benchmark with its output.</summary>
    private static int Dotnet(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} exited with {process.ExitCode}: {stderr}{stdout.Result}");
        }

        return stdout.Result.Length;
    }
}
