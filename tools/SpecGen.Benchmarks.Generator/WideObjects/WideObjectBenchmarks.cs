using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SpecGen.Benchmarks.Generator.WideObjects.Generated;
using SpecGen.Benchmarks.Generator.WideObjects.Poco;

namespace SpecGen.Benchmarks.Generator.WideObjects;

/// <summary>
/// (c) Reading and writing two real wide payloads (a GitHub repository, 90 members; a Stripe invoice, 75
/// members, 9 levels deep): the models SpecGen's generator emits against equivalent classes read by
/// System.Text.Json's own source-generated <c>JsonSerializerContext</c> (baseline of each category).
/// Goal: Ratio and Alloc Ratio ≤ 1.0 when reading.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WideObjectBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private byte[] _github = null!;
    private byte[] _stripe = null!;
    private GitHubRepository _githubModel = null!;
    private GitHubRepositoryPoco _githubPoco = null!;
    private StripeInvoice _stripeModel = null!;
    private StripeInvoicePoco _stripePoco = null!;

    [GlobalSetup]
    public void Setup()
    {
        _github = Payload("github-repository.json");
        _stripe = Payload("stripe-invoice.json");
        _githubModel = ReadGitHubSpecGen();
        _githubPoco = ReadGitHubStj();
        _stripeModel = ReadStripeSpecGen();
        _stripePoco = ReadStripeStj();
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen")]
    [BenchmarkCategory("Read GitHub repository")]
    public GitHubRepositoryPoco ReadGitHubStj() => JsonSerializer.Deserialize(_github, PocoContext.Default.GitHubRepositoryPoco)!;

    [Benchmark(Description = "SpecGen")]
    [BenchmarkCategory("Read GitHub repository")]
    public GitHubRepository ReadGitHubSpecGen()
    {
        var reader = new Utf8JsonReader(_github);
        reader.Read();
        return GitHubRepository.ReadJson(ref reader)!;
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen")]
    [BenchmarkCategory("Read Stripe invoice")]
    public StripeInvoicePoco ReadStripeStj() => JsonSerializer.Deserialize(_stripe, PocoContext.Default.StripeInvoicePoco)!;

    [Benchmark(Description = "SpecGen")]
    [BenchmarkCategory("Read Stripe invoice")]
    public StripeInvoice ReadStripeSpecGen()
    {
        var reader = new Utf8JsonReader(_stripe);
        reader.Read();
        return StripeInvoice.ReadJson(ref reader)!;
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen")]
    [BenchmarkCategory("Write GitHub repository")]
    public int WriteGitHubStj()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _githubPoco, PocoContext.Default.GitHubRepositoryPoco);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "SpecGen")]
    [BenchmarkCategory("Write GitHub repository")]
    public int WriteGitHubSpecGen()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        GitHubRepository.WriteJson(writer, _githubModel);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen")]
    [BenchmarkCategory("Write Stripe invoice")]
    public int WriteStripeStj()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _stripePoco, PocoContext.Default.StripeInvoicePoco);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "SpecGen")]
    [BenchmarkCategory("Write Stripe invoice")]
    public int WriteStripeSpecGen()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        StripeInvoice.WriteJson(writer, _stripeModel);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    private static byte[] Payload(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "WideObjects", file));
}
