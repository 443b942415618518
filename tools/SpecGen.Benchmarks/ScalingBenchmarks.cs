using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SpecGen.Core;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Tests.Hostile;

namespace SpecGen.Benchmarks;

/// <summary>
/// Issue 10, linear time and memory: synthetic docs of 1k, 10k and 100k operations in the
/// widdershins / Apifox shape of <c>specs/napcat/source.md</c> (<see cref="HostileDocs.NapcatOperation"/>,
/// shared with <c>ScalingTests</c>), each operation on its own path <c>/op{n}</c> (the ~50 MB doc is
/// <see cref="FiftyMegabyteBenchmarks"/>). The "Time/op" and "Alloc/op" columns divide Mean and Allocated by the
/// operation count; they must stay flat (within 2×) from 1k to 100k.
/// Short job (3 warmups, 5 iterations): one 100k conversion takes seconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 5)]
[Config(typeof(PerOperationConfig))]
public class ScalingBenchmarks
{
    private string _doc = string.Empty;

    [Params(1_000, 10_000, 100_000)]
    public int Operations { get; set; }

    [GlobalSetup]
    public void Setup() => _doc = Build(Operations);

    [Benchmark(Description = "synthetic napcat-shape doc")]
    public int Convert() => SpecConverter.Convert(_doc, "scale.md").Utf8Json.Length;

    /// <summary>The doc, checked once: every operation read, no error.</summary>
    internal static string Build(int operations)
    {
        var doc = HostileDocs.Scaling("napcat", operations);
        var result = SpecConverter.Convert(doc, "scale.md");
        if (result.OperationCount != operations || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"synthetic doc of {operations} operations converted to {result.OperationCount} operations");
        }

        Console.WriteLine($"// synthetic doc: {operations:N0} operations, {doc.Length:N0} characters ({System.Text.Encoding.UTF8.GetByteCount(doc) / 1e6:F1} MB UTF-8) → spec of {result.Utf8Json.Length / 1e6:F1} MB");
        return doc;
    }

    internal sealed class PerOperationConfig : ManualConfig
    {
        public PerOperationConfig()
        {
            AddColumn(new PerOperationColumn("Time/op", false), new PerOperationColumn("Alloc/op", true));
        }
    }

    /// <summary>Mean or Allocated divided by the operations the benchmark converted.</summary>
    private sealed class PerOperationColumn(string name, bool allocation) : IColumn
    {
        public string Id => nameof(PerOperationColumn) + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => allocation ? UnitType.Size : UnitType.Time;
        public string Legend => allocation ? "Allocated bytes per converted operation" : "Mean time per converted operation";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var operations = benchmarkCase.Parameters.Items.Any(p => p.Name == nameof(Operations))
                ? (int)benchmarkCase.Parameters[nameof(Operations)]
                : FiftyMegabyteBenchmarks.Operations;
            if (report?.ResultStatistics is null)
            {
                return "-";
            }

            if (allocation)
            {
                var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
                return bytes is null ? "-" : $"{bytes.Value / (double)operations / 1024.0:N2} KB";
            }

            return $"{report.ResultStatistics.Mean / operations / 1000.0:N2} μs";
        }
    }
}

/// <summary>
/// The napcat-shape synthetic doc of <see cref="ScalingBenchmarks"/> repeated to 50 MB (UTF-8), converted
/// in one call; same short job and per-operation columns.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 5)]
[Config(typeof(ScalingBenchmarks.PerOperationConfig))]
public class FiftyMegabyteBenchmarks
{
    /// <summary>Operations in the 50 MB doc: 50,000,000 bytes over the UTF-8 size of one operation (deterministic).</summary>
    public static int Operations { get; } = 50_000_000 / System.Text.Encoding.UTF8.GetByteCount(HostileDocs.NapcatOperation(50_000));

    private string _doc = string.Empty;

    [GlobalSetup]
    public void Setup() => _doc = ScalingBenchmarks.Build(Operations);

    [Benchmark(Description = "50 MB napcat-shape doc")]
    public int Convert() => SpecConverter.Convert(_doc, "50mb.md").Utf8Json.Length;
}
