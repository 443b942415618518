using BenchmarkDotNet.Running;

namespace SpecGen.Benchmarks.Generator;

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
