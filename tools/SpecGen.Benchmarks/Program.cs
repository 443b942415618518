using BenchmarkDotNet.Running;

namespace SpecGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tools/SpecGen.Benchmarks -- --filter '*'</c> (add <c>--job short</c> for a quick run).
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
