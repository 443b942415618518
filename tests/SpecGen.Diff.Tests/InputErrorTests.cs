namespace SpecGen.Diff.Tests;

public sealed class InputErrorTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("specgen-diff-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = DiffRunner.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Missing_file_is_an_input_error_naming_the_file()
    {
        var good = Write("good.json", Specs.Doc("{}"));
        var missing = Path.Combine(_directory, "nope.json");
        var (code, stdout, stderr) = Run(good, missing);
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal($"specgen diff: error: {missing}: file not found\n", stderr);
    }

    [Fact]
    public void Invalid_json_is_an_input_error_with_the_position()
    {
        var good = Write("good.json", Specs.Doc("{}"));
        var bad = Write("bad.json", "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {,}\n}");
        var (code, _, stderr) = Run(bad, good);
        Assert.Equal(2, code);
        Assert.StartsWith($"specgen diff: error: {bad}: not valid JSON: ", stderr, StringComparison.Ordinal);
        Assert.Contains("LineNumber: 2", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]", "not an OpenAPI document (the top level is a JSON array, not an object)")]
    [InlineData("{\"info\":{}}", "not an OpenAPI document (no \"openapi\" version field)")]
    [InlineData("{\"swagger\":\"2.0\",\"paths\":{}}", "Swagger 2.0 documents are not supported; convert it to OpenAPI 3.x first")]
    [InlineData("{\"openapi\":\"2.5\",\"paths\":{}}", "OpenAPI version '2.5' is not supported (expected 3.x)")]
    [InlineData("{\"openapi\":\"3.0.3\",\"paths\":[]}", "\"paths\" must be an object, found a JSON array")]
    public void Non_openapi_documents_are_input_errors(string content, string expected)
    {
        var good = Write("good.json", Specs.Doc("{}"));
        var bad = Write("bad.json", content);
        var (code, stdout, stderr) = Run(good, bad);
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal($"specgen diff: error: {bad}: {expected}\n", stderr);
    }

    [Fact]
    public void A_directory_is_an_input_error()
    {
        var good = Write("good.json", Specs.Doc("{}"));
        var (code, _, stderr) = Run(_directory, good);
        Assert.Equal(2, code);
        Assert.Contains("is a directory", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_of_unexpected_kinds_are_tolerated()
    {
        // Odd but parseable documents: parameters as an object, responses as an array, a schema as a string.
        var before = Specs.Doc("""{"/a":{"get":{"parameters":{"x":1},"responses":[1]},"post":"nonsense"},"/b":{"get":{"requestBody":{"content":{"application/json":{"schema":"str"}}},"responses":{"200":{"description":"ok"}}}},"/c":[]}""");
        var after = Specs.Doc("""{"/a":{"get":{"parameters":[{"name":1}],"responses":{"200":5}}},"/b":{"get":{"requestBody":{"content":{"application/json":{"schema":{"type":["string",7]}}}},"responses":{"200":{"content":{"x":{"schema":{"properties":[]}}}}}}}}""");
        var result = Specs.Compare(before, after);
        Assert.Contains(result.Changes, c => c.RuleId == "type-changed" && c.Location == "GET /b request body");
        Assert.Contains(result.Changes, c => c.RuleId == "response-status-added" && c.Location == "GET /a response 200");
    }

    [Fact]
    public void Odd_members_read_by_the_new_rules_are_tolerated()
    {
        // Components of the wrong kinds, limits that are objects, unions of non-objects, unbalanced path templates,
        // null branches only, a parameter list that is not an array on a renamed path.
        var before = Specs.Doc(
            """{"/u/{id":{"get":{"responses":{"200":{"description":"ok"}}}},"/v/{a}/{b}":{"parameters":5,"get":{"parameters":[{"name":"a","in":"path"},{"name":"b","in":"path"}],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"anyOf":[1,"x",{"type":"null"}],"maxLength":{"x":1},"pattern":[1]}}}}}}}}""",
            """{"schemas":{"A":"text","B":[1],"C":{"type":"object","properties":{"x":{"$ref":"#/nowhere"}}},"D":{"$ref":"#/components/schemas/D"}}}""");
        var after = Specs.Doc(
            """{"/u/{id}":{"get":{"responses":{"200":{"description":"ok"}}}},"/v/{b}/{a}":{"get":{"parameters":"none","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"oneOf":[{"type":"null"}],"maxLength":3,"pattern":"^a"}}}}}}}}""",
            """{"schemas":[{"A":1}]}""");
        var result = Specs.Compare(before, after);
        Assert.Contains(result.Changes, c => c.RuleId == "component-schema-removed" && c.Location == "components.schemas.C");
        Assert.Contains(result.Changes, c => c.RuleId == "request-path-parameters-reordered");
        Assert.Equal(result.Changes, Specs.Compare(before, after).Changes);
    }
}
