using System.Collections.Concurrent;
using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Tests.Support;

namespace SpecGen.Core.Tests.Fuzz;

/// <summary>What a fuzz run found: every case is converted; failures are crashes, hangs, slow conversions and rejected outputs.</summary>
public sealed class FuzzReport
{
    public int Cases;
    public int Converted;
    public int WithoutErrors;
    public readonly ConcurrentBag<string> Crashes = new();
    public readonly ConcurrentBag<string> Hangs = new();
    public readonly ConcurrentBag<string> Slow = new();
    public readonly ConcurrentBag<string> Rejected = new();
    public TimeSpan Slowest;
    public string SlowestCase = string.Empty;

    public bool Clean => Crashes.IsEmpty && Hangs.IsEmpty && Slow.IsEmpty && Rejected.IsEmpty;

    public override string ToString() =>
        $"{Cases} mutated docs: {Converted} converted, {WithoutErrors} without errors (checked by Microsoft.OpenApi and NSwag); " +
        $"{Crashes.Count} crashes, {Hangs.Count} hangs, {Slow.Count} over {FuzzRun.SlowLimit.TotalSeconds:F0} s, {Rejected.Count} rejected outputs; slowest {Slowest.TotalMilliseconds:F0} ms ({SlowestCase})" +
        string.Concat(Crashes.Concat(Hangs).Concat(Slow).Concat(Rejected).Take(20).Select(f => "\n  " + f));
}

/// <summary>Runs generated fuzz cases through the converter and checks each output.</summary>
public static class FuzzRun
{
    /// <summary>A conversion slower than this is a failure ("hang over 5 s").</summary>
    public static readonly TimeSpan SlowLimit = TimeSpan.FromSeconds(5);

    /// <summary>Given up on (reported as a hang) after this long.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    public static FuzzReport Run(int count, ulong seed, Action<FuzzReport>? progress = null)
    {
        var report = new FuzzReport();
        var property = Prop.ForAll(Arb.From(FuzzCases.Case), fuzzCase =>
        {
            Check(fuzzCase, report);
            if (progress is not null && report.Cases % 1000 == 0)
            {
                progress(report);
            }

            return true;
        });
        property.Check(Config.QuickThrowOnFailure.WithMaxTest(count).WithReplay(seed, 0x9E3779B97F4A7C15UL | 1).WithQuietOnSuccess(true));
        return report;
    }

    public static void Check(FuzzCase fuzzCase, FuzzReport report)
    {
        Interlocked.Increment(ref report.Cases);
        string text;
        try
        {
            text = fuzzCase.Build();
        }
        catch (Exception e)
        {
            report.Crashes.Add($"building {fuzzCase}: {e.Message}");
            return;
        }

        var clock = Stopwatch.StartNew();
        var conversion = Task.Run(() => SpecConverter.Convert(text, "fuzz.md", FuzzSeeds.Settings[fuzzCase.Seed]));
        try
        {
            if (!conversion.Wait(HangLimit))
            {
                report.Hangs.Add($"no result after {HangLimit.TotalSeconds:F0} s: {fuzzCase}");
                return;
            }
        }
        catch (AggregateException e)
        {
            report.Crashes.Add($"{e.InnerException?.GetType().Name}: {e.InnerException?.Message} — {fuzzCase}\n{e.InnerException?.StackTrace}");
            return;
        }

        var elapsed = clock.Elapsed;
        if (elapsed > report.Slowest)
        {
            report.Slowest = elapsed;
            report.SlowestCase = fuzzCase.ToString();
        }

        if (elapsed > SlowLimit)
        {
            report.Slow.Add($"{elapsed.TotalSeconds:F1} s: {fuzzCase}");
        }

        Interlocked.Increment(ref report.Converted);
        var result = conversion.Result;
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return;
        }

        Interlocked.Increment(ref report.WithoutErrors);
        try
        {
            var errors = OpenApiCheck.Errors(result.Json);
            if (errors.Count > 0)
            {
                report.Rejected.Add($"Microsoft.OpenApi: {string.Join("; ", errors.Take(3))} — {fuzzCase}");
                return;
            }

            _ = result.Document;
        }
        catch (Exception e)
        {
            report.Rejected.Add($"{e.GetType().Name}: {e.Message} — {fuzzCase}");
        }
    }
}
