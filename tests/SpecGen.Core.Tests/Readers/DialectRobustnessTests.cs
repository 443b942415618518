using SpecGen.Core.Settings;
using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers;

/// <summary>
/// Damaged copies of the table-export, catalog and swagger-markdown seeds (cut short, lines dropped,
/// pipes removed), and of openapi-to-md and widdershins round-trip renderings, convert without an
/// exception, with the reader forced, and keep every operation whose heading survived.
/// </summary>
public sealed class DialectRobustnessTests
{
    public static TheoryData<string, string> Seeds() => new()
    {
        { "maxim", "table-export" },
        { "eyun", "catalog" },
        { "wukongchat", "swagger-markdown" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_doc_cut_anywhere_still_converts(string api, string dialect)
    {
        var text = Source(api);
        var settings = new ApiSettings { Dialect = dialect };
        var previous = 0;
        for (var cut = 0; cut < text.Length; cut += text.Length / 23 + 1)
        {
            var (json, result) = Convert(text[..cut], settings);

            Assert.NotNull(json["openapi"]);
            Assert.True(result.OperationCount >= previous || result.OperationCount == 0, $"{api} cut at {cut}");
            previous = result.OperationCount;
        }
    }

    /// <summary>Round-trip renderings of the newer readers (no seed of their own), cut short the same way.</summary>
    public static TheoryData<string, string> Renderings() => new()
    {
        { "zh-im-messages/openapi-to-md.md", "openapi-to-md" },
        { "swagger-petstore-v3/widdershins-combo.md", "widdershins" },
        { "zh-user-center/widdershins-defaults.md", "widdershins" },
    };

    [Theory]
    [MemberData(nameof(Renderings))]
    public void A_rendering_cut_anywhere_still_converts(string file, string dialect)
    {
        var text = File.ReadAllText(Support.Repository.Fixture("RoundTrip", file));
        var settings = new ApiSettings { Dialect = dialect };
        var previous = 0;
        for (var cut = 0; cut < text.Length; cut += text.Length / 23 + 1)
        {
            var (json, result) = Convert(text[..cut], settings);

            Assert.NotNull(json["openapi"]);
            Assert.True(result.OperationCount >= previous || result.OperationCount == 0, $"{file} cut at {cut}");
            previous = result.OperationCount;
        }
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void A_rendering_with_dropped_lines_converts_without_an_exception(string file, string dialect)
    {
        var lines = File.ReadAllLines(Support.Repository.Fixture("RoundTrip", file));
        var settings = new ApiSettings { Dialect = dialect };
        for (var stride = 3; stride <= 11; stride += 4)
        {
            var damaged = string.Join('\n', lines.Where((_, i) => i % stride != 1));

            var (json, _) = Convert(damaged, settings);

            Assert.NotNull(json["paths"]);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Dropped_lines_and_broken_tables_give_diagnostics_not_exceptions(string api, string dialect)
    {
        var lines = Source(api).Split('\n');
        var settings = new ApiSettings { Dialect = dialect };
        for (var stride = 3; stride <= 11; stride += 4)
        {
            var damaged = string.Join('\n', lines.Where((_, i) => i % stride != 1)
                .Select((l, i) => i % (stride + 2) == 0 ? l.Replace("|", string.Empty, StringComparison.Ordinal) : l)
                .Select((l, i) => i % (stride + 5) == 0 ? l.Replace("⇥", "⇥⇥⇥", StringComparison.Ordinal).Replace(".", "..", StringComparison.Ordinal) : l));

            var (json, result) = Convert(damaged, settings);

            Assert.NotNull(json["paths"]);
            Assert.NotEmpty(result.Diagnostics);
        }
    }
}
