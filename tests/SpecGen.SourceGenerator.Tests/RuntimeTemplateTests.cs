using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecGen.SourceGenerator.Emitting.Templates;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>
/// The runtime files (generator/SpecGen.SourceGenerator/Runtime/*.cs) are compiled here as they stand, not inside a
/// project: the generator targets netstandard2.0 and cannot compile them (they use net10.0 APIs), and only a test can
/// compile each part on its own, which is what proves an SDK that uses one part builds without the others.
/// </summary>
public sealed class RuntimeTemplateTests
{
    private static readonly RuntimeParts[] OptionalParts = Enum.GetValues<RuntimeParts>().Where(p => p != RuntimeParts.None).ToArray();

    /// <summary>No optional part, each one alone, all together (as ints: <see cref="RuntimeParts"/> is internal).</summary>
    public static TheoryData<int> PartSets()
    {
        var sets = new TheoryData<int> { (int)RuntimeParts.None, (int)OptionalParts.Aggregate((a, b) => a | b) };
        foreach (RuntimeParts part in OptionalParts)
        {
            sets.Add((int)part);
        }

        return sets;
    }

    [Theory]
    [MemberData(nameof(PartSets))]
    public void Runtime_files_compile_as_they_stand_with_only_the_parts_they_need(int partSet)
    {
        var parts = (RuntimeParts)partSet;
        SyntaxTree[] trees = RuntimeTemplate.Files
            .Where(f => (f.Part & parts) == f.Part)
            .Select(f => CSharpSyntaxTree.ParseText(RuntimeTemplate.Source(f.File), GeneratorHarness.ParseOptions, f.File))
            .ToArray();
        var compilation = CSharpCompilation.Create(
            "Runtime",
            trees,
            References.Net,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                generalDiagnosticOption: ReportDiagnostic.Error));

        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, "Diagnostics:\n" + string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void Every_embedded_runtime_file_is_listed_once()
    {
        string[] embedded = typeof(RuntimeTemplate).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("SpecGen.Runtime.", StringComparison.Ordinal))
            .Select(n => n["SpecGen.Runtime.".Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(embedded, RuntimeTemplate.Files.Select(f => f.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Placeholders_are_replaced_once_and_whole()
    {
        // A title and an API name that contain the placeholders themselves are inserted as they are.
        var names = new ApiNames("Acme.Sdk", "SpecGenTitleClient", "SpecGenTitle");
        string text = RuntimeTemplate.Render(names, "SpecGenApiX <b>", RuntimeParts.Envelopes);

        Assert.StartsWith("namespace Acme.Sdk;\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SpecGen.Runtime.Template", text, StringComparison.Ordinal);
        Assert.Contains("public class SpecGenTitleApiException : global::System.Exception", text, StringComparison.Ordinal);
        Assert.Contains("public abstract class SpecGenTitleBusinessException : SpecGenTitleApiException", text, StringComparison.Ordinal);
        Assert.Contains("An error from a SpecGenApiX &lt;b&gt; call.", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// One operation per case (spec root members, request body, the JSON response's properties; none: an undocumented
    /// response): each feature uses its part and no other. Internal, as <see cref="RuntimeParts"/> is.
    /// </summary>
    [Theory]
    [InlineData("", "", "{ \"n\": { \"type\": \"string\" } }", RuntimeParts.None)]
    [InlineData("", "", "{ \"n\": { \"oneOf\": [ { \"type\": \"integer\" }, { \"type\": \"string\" } ] } }", RuntimeParts.NumberOrString)]
    [InlineData("", "", "{ \"n\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } } }", RuntimeParts.Lists)]
    [InlineData("", "", "{ \"n\": { \"type\": \"object\", \"additionalProperties\": { \"type\": \"integer\" } } }", RuntimeParts.Maps)]
    [InlineData("", "\"requestBody\": { \"content\": { \"multipart/form-data\": { \"schema\": { \"type\": \"object\", \"properties\": { \"f\": { \"type\": \"string\", \"format\": \"binary\" } } } } } },", "{ \"n\": { \"type\": \"string\" } }", RuntimeParts.FileUploads)]
    [InlineData("\"x-specgen-envelope\": { \"code\": \"code\", \"success\": [ \"0\" ], \"data\": \"data\" },", "", "{ \"code\": { \"type\": \"integer\" }, \"data\": { \"type\": \"string\" } }", RuntimeParts.Envelopes)]
    [InlineData("", "", null, RuntimeParts.UndocumentedResponses)]
    internal void Each_part_is_used_by_what_needs_it(string root, string body, string? responseProperties, RuntimeParts expected)
    {
        string response = responseProperties is null
            ? "{ \"description\": \"ok\" }"
            : "{ \"description\": \"ok\", \"content\": { \"application/json\": { \"schema\": { \"type\": \"object\", \"properties\": " + responseProperties + " } } } }";
        string json = "{ \"openapi\": \"3.0.3\", \"info\": { \"title\": \"T\", \"version\": \"1\" }, " + root
            + " \"paths\": { \"/a\": { \"post\": { \"operationId\": \"a\", " + body + " \"responses\": { \"200\": " + response + " } } } } }";
        ParseResult parsed = SpecParser.Parse(new SpecInput("/s/openapi.json", json, "T.Ns", "TClient", null, null), CancellationToken.None);

        Assert.Equal(expected, RuntimeUsage.Of(parsed.Api!));
    }

    [Fact]
    public void An_api_gets_only_the_runtime_parts_it_uses()
    {
        // WukongChat: no file, NumberOrString, map or envelope; lists and undocumented responses.
        GeneratorResult result = GeneratorHarness.Run(ApiSpecCompileTests.ApiSpec("wukongchat"));
        string runtime = result.Source(".Runtime.g.cs");

        result.AssertClean();
        Assert.DoesNotContain("class FileUpload", runtime, StringComparison.Ordinal);
        Assert.DoesNotContain("struct NumberOrString", runtime, StringComparison.Ordinal);
        Assert.DoesNotContain("BusinessException", runtime, StringComparison.Ordinal);
        Assert.DoesNotContain("ReadMap", runtime, StringComparison.Ordinal);
        Assert.Contains("ReadList", runtime, StringComparison.Ordinal);
        Assert.Contains("ReadUndocumented", runtime, StringComparison.Ordinal);
    }
}
