using System.Text.Json;
using SpecGen.Core.Tests.RoundTrip;
using Xunit.Abstractions;

namespace SpecGen.Core.Tests.RealDocs;

/// <summary>
/// Public docs from real projects, none rendered by us (<c>Fixtures/RealDocs</c>): each must yield every
/// operation it visibly documents, be read by its generator's reader, and, where its source spec is
/// public, recover its facts (<see cref="OpenApiFacts"/>) as the round-trip tests measure them.
/// </summary>
public class RealDocConformanceTests(ITestOutputHelper output)
{
    public const double RequiredMeanRecovery = 0.97;
    public const double RequiredRecoveryPerDoc = 0.90;

    public static TheoryData<string> Ids() => new(RealDocCorpus.Docs.Select(d => d.Id));

    private static RealDoc Doc(string id) => RealDocCorpus.Docs.Single(d => d.Id == id);

    [Fact]
    public void The_corpus_has_at_least_30_docs_from_7_generators_mostly_chinese()
    {
        var docs = RealDocCorpus.Docs;
        Assert.True(docs.Count >= 30, $"{docs.Count} docs");
        Assert.True(docs.Select(d => d.Generator).Distinct().Count() >= 7, string.Join(", ", docs.Select(d => d.Generator).Distinct()));
        Assert.True(docs.Count(d => d.Language == "zh") * 2 > docs.Count, $"{docs.Count(d => d.Language == "zh")} of {docs.Count} are Chinese");
        Assert.All(docs, d =>
        {
            Assert.Matches("^[0-9a-f]{40}$", d.Commit);
            Assert.False(string.IsNullOrWhiteSpace(d.Licence));
            Assert.Contains('/', d.Repository);
            Assert.True(File.Exists(Path.Combine(d.Directory, "doc.md")), d.Id);
        });
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_documented_operation_is_converted(string id)
    {
        var doc = Doc(id);
        var result = SpecConverter.Convert(doc.Markdown, "doc.md");
        var converted = Operations(result.Json);
        var missing = doc.ExpectedOperations.Where(o => !converted.Contains(o)).ToList();
        output.WriteLine($"{id}: {result.Dialect}, {converted.Count} operations; expected {doc.ExpectedOperations.Count}");
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        Assert.True(missing.Count == 0, $"{id} ({result.Dialect}) lacks: {string.Join(", ", missing)}; converted: {string.Join(", ", converted)}");
        Assert.True(converted.Count <= doc.ExpectedOperations.Count, $"{id} ({result.Dialect}) invents: {string.Join(", ", converted.Except(doc.ExpectedOperations))}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_doc_is_read_by_its_generators_reader(string id)
    {
        var doc = Doc(id);
        var result = SpecConverter.Convert(doc.Markdown, "doc.md");
        if (doc.ExpectedOperations.Count == 0)
        {
            Assert.Contains(result.Diagnostics, d => d.Code is Diagnostics.DiagnosticCodes.UnknownDialect or Diagnostics.DiagnosticCodes.NoOperations);
            return;
        }

        if (RealDocCorpus.ReaderFor.TryGetValue(doc.Generator, out var reader))
        {
            Assert.Equal(reader, result.Dialect);
        }
        else
        {
            Assert.NotNull(result.Dialect);
        }
    }

    [Fact]
    public void Docs_with_a_public_spec_recover_at_least_97_percent_on_average_and_90_each()
    {
        var scored = RealDocCorpus.Docs.Where(d => d.Spec is not null).Select(Recovery).ToList();
        foreach (var (id, expected, recovered) in scored)
        {
            output.WriteLine($"{id}: {recovered}/{expected} = {(double)recovered / expected:P1}");
            foreach (var fact in Compare(RealDocCorpus.Docs.Single(d => d.Id == id)).Missing)
            {
                output.WriteLine($"  missing: {fact}");
            }
        }

        Assert.NotEmpty(scored);
        var mean = scored.Average(s => (double)s.Recovered / s.Expected);
        Assert.True(mean >= RequiredMeanRecovery, $"mean recovery {mean:P1}");
        Assert.All(scored, s => Assert.True((double)s.Recovered / s.Expected >= RequiredRecoveryPerDoc, $"{s.Id}: {s.Recovered}/{s.Expected}"));
    }

    /// <summary>Facts of the source spec that the conversion of its doc has; paths compared without the spec's base path.</summary>
    public static (string Id, int Expected, int Recovered) Recovery(RealDoc doc) => Compare(doc) is var c ? (c.Id, c.Expected.Count, c.Expected.Count - c.Missing.Count) : default;

    /// <summary>The source spec's facts and those of them the conversion lacks.</summary>
    public static (string Id, SortedSet<string> Expected, List<string> Missing) Compare(RealDoc doc)
    {
        var original = SourceSpec.AsOpenApi3Json(Path.Combine(doc.Directory, doc.Spec!));
        var basePath = SourceSpec.BasePath(original);
        var expected = new SortedSet<string>(OpenApiFacts.Extract(original).Where(f => !RealDocCorpus.CannotExpress(doc.Generator, f)), StringComparer.Ordinal);
        var converted = OpenApiFacts.Extract(SpecConverter.Convert(doc.Markdown, "doc.md").Json)
            .Select(f => basePath.Length > 0 ? f.Replace(" " + basePath + "/", " /", StringComparison.Ordinal) : f)
            .ToHashSet(StringComparer.Ordinal);
        return (doc.Id, expected, expected.Where(f => !converted.Contains(f)).ToList());
    }

    private static HashSet<string> Operations(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("paths", out var paths))
        {
            foreach (var path in paths.EnumerateObject())
            {
                foreach (var method in path.Value.EnumerateObject())
                {
                    result.Add(RealDocCorpus.Key(method.Name, path.Name));
                }
            }
        }

        return result;
    }
}
