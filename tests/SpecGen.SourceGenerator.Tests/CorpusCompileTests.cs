using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>Every public corpus spec (YAML → JSON) yields an SDK that compiles without warnings.</summary>
public sealed class CorpusCompileTests
{
    public static TheoryData<string> CorpusSpecs()
    {
        var data = new TheoryData<string>();
        foreach (string file in TestFiles.CorpusFiles)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusSpecs))]
    public void Corpus_spec_generates_code_that_compiles_cleanly(string fileName)
    {
        string json = YamlToJson.Convert(File.ReadAllText(Path.Combine(TestFiles.BaseDirectory, "Corpus", fileName)));
        string name = string.Concat(Path.GetFileNameWithoutExtension(fileName).Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create(name, json));

        result.AssertClean();
        Assert.Contains(result.Sources, s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal));
    }

    public static TheoryData<string> ChineseFixtures()
    {
        var data = new TheoryData<string>();
        string root = Path.Combine(TestFiles.BaseDirectory, "ZhSpecs");
        foreach (string directory in Directory.GetDirectories(root).OrderBy(d => d, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChineseFixtures))]
    public void Chinese_fixture_spec_generates_code_that_compiles_cleanly(string name)
    {
        string json = File.ReadAllText(Path.Combine(TestFiles.BaseDirectory, "ZhSpecs", name, "original.json"));
        string client = string.Concat(name.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create(client, json));

        result.AssertClean();
    }
}
