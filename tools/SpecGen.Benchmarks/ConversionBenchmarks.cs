using BenchmarkDotNet.Attributes;
using Markdig;
using SpecGen.Core;
using SpecGen.Core.Settings;

namespace SpecGen.Benchmarks;

/// <summary>
/// Converting all five vendor docs against Markdig's bare CommonMark parse of the same text (the
/// baseline), and against Markdig with the PipeTables extension that the converter avoids.
/// </summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private static readonly MarkdownPipeline PipeTables = new MarkdownPipelineBuilder().UsePipeTables().Build();
    private (string Name, string Text, ApiSettings Settings)[] _docs = Array.Empty<(string, string, ApiSettings)>();

    [GlobalSetup]
    public void Setup() => _docs = SeedDocs.Load();

    [Benchmark(Baseline = true, Description = "Markdig CommonMark parse (5 docs)")]
    public int MarkdigCommonMark()
    {
        var blocks = 0;
        foreach (var doc in _docs)
        {
            blocks += Markdown.Parse(doc.Text).Count;
        }

        return blocks;
    }

    [Benchmark(Description = "Markdig + PipeTables parse (5 docs)")]
    public int MarkdigPipeTables()
    {
        var blocks = 0;
        foreach (var doc in _docs)
        {
            blocks += Markdown.Parse(doc.Text, PipeTables).Count;
        }

        return blocks;
    }

    [Benchmark(Description = "SpecGen convert to OpenAPI JSON (5 docs)")]
    public int Convert()
    {
        var length = 0;
        foreach (var doc in _docs)
        {
            length += SpecConverter.Convert(doc.Text, doc.Name, doc.Settings).Utf8Json.Length;
        }

        return length;
    }

    /// <summary>The same, with no dialect in the settings: every reader scores each doc first.</summary>
    [Benchmark(Description = "SpecGen convert, dialect detected (5 docs)")]
    public int ConvertDetected()
    {
        var length = 0;
        foreach (var doc in _docs)
        {
            length += SpecConverter.Convert(doc.Text, doc.Name, doc.Settings with { Dialect = null }).Utf8Json.Length;
        }

        return length;
    }
}
