using System.Text.Json.Nodes;
using SpecGen.Core.Assembly;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Settings;
using SpecGen.Core.Tests.Conversion;
using SpecGen.Core.Tests.Support;
using SpecGen.Core.Writing;

namespace SpecGen.Core.Tests.Assembly;

/// <summary>
/// A payload's example against its schema (SG2031): each kind of contradiction is reported at the
/// example's line naming the field row's line, and the example is written as <c>x-specgen-example</c>.
/// </summary>
public sealed class ExampleCheckTests
{
    private const int TableLine = 10;
    private const int ExampleLine = 30;

    [Fact]
    public void A_consistent_example_gives_no_warning_and_stays_the_example()
    {
        var (json, warnings) = Body(
            """{"uid": 7, "name": "x", "ratio": 1.5, "ok": true, "tags": ["a"], "role": "admin", "big": 1.0, "note": null, "extra": {"any": 1}}""",
            Row("uid", "integer", required: true, line: 11),
            Row("name", "string", line: 12),
            Row("ratio", "number", line: 13),
            Row("ok", "boolean", line: 14),
            Row("tags", "[string]", line: 15),
            Row("role", "string", line: 16, values: ["owner", "admin"]),
            Row("big", "integer(int64)", line: 17),
            Row("note", "string¦null", line: 18));

        Assert.Empty(warnings);
        Assert.Equal(7, (int?)json["example"]!["uid"]);
        Assert.Null(json[SpecWriter.ExampleExtension]);
    }

    [Fact]
    public void A_value_of_another_json_type_names_both_lines()
    {
        var (json, warnings) = Body("""{"uid": "abc"}""", Row("uid", "integer", line: 12));

        var warning = Assert.Single(warnings);
        Assert.Equal(ExampleLine, warning.Line);
        Assert.Equal(DiagnosticCodes.ExampleContradictsSchema, warning.Code);
        Assert.StartsWith("example value \"abc\" at line 30 contradicts 'uid' typed integer at line 12", warning.Message);
        Assert.Null(json["example"]);
        Assert.Equal("abc", (string?)json[SpecWriter.ExampleExtension]!["uid"]);
        Assert.Equal("integer", (string?)json["schema"]!["properties"]!["uid"]!["type"]);
    }

    [Fact]
    public void A_missing_required_property_is_reported_with_its_row()
    {
        var (_, warnings) = Body("""{"name": "x"}""", Row("uid", "integer", required: true, line: 11), Row("name", "string", line: 12));

        Assert.Contains("has no 'uid', required at line 11", Assert.Single(warnings).Message);
    }

    [Fact]
    public void An_enum_value_not_listed_is_reported()
    {
        var (_, warnings) = Body("""{"role": "guest"}""", Row("role", "string", line: 16, values: ["owner", "admin"]));

        Assert.Contains("\"guest\" at line 30 is not one of the values of 'role' listed at line 16 (owner, admin)", Assert.Single(warnings).Message);
    }

    [Fact]
    public void An_integer_enum_compares_numbers()
    {
        var (_, consistent) = Body("""{"level": 2}""", Row("level", "integer", line: 16, values: ["1", "2"]));
        var (_, contradicting) = Body("""{"level": 3}""", Row("level", "integer", line: 16, values: ["1", "2"]));

        Assert.Empty(consistent);
        Assert.Single(contradicting);
    }

    [Fact]
    public void Int32_and_int64_bound_their_values()
    {
        var (_, int32) = Body("""{"n": 2147483648}""", Row("n", "integer(int32)", line: 12));
        var (_, int64) = Body("""{"n": 9223372036854775808}""", Row("n", "integer(int64)", line: 12));
        var (_, inRange) = Body("""{"n": 2147483647, "m": -9223372036854775808}""", Row("n", "integer(int32)", line: 12), Row("m", "integer(int64)", line: 13));

        Assert.Contains("is out of range for 'n' typed integer (int32) at line 12", Assert.Single(int32).Message);
        Assert.Contains("typed integer (int64)", Assert.Single(int64).Message);
        Assert.Empty(inRange);
    }

    [Fact]
    public void A_fraction_for_an_integer_is_reported()
    {
        var (_, warnings) = Body("""{"n": 1.5}""", Row("n", "integer", line: 12));

        Assert.Contains("example value 1.5 at line 30 contradicts 'n' typed integer", Assert.Single(warnings).Message);
    }

    [Fact]
    public void Null_needs_a_nullable_type()
    {
        var (_, warnings) = Body("""{"a": null, "b": null}""", Row("a", "string", line: 12), Row("b", "string¦null", line: 13));

        Assert.Contains("example value null at line 30 contradicts 'a' typed string at line 12", Assert.Single(warnings).Message);
    }

    [Fact]
    public void Array_items_are_checked_with_their_index()
    {
        var (_, warnings) = Body("""{"ids": [1, "two", 3]}""", Row("ids", "[integer]", line: 12));

        Assert.Contains("\"two\" at line 30 contradicts 'ids[1]' typed integer at line 12", Assert.Single(warnings).Message);
    }

    [Fact]
    public void A_payload_of_the_wrong_shape_is_named_as_the_payload()
    {
        // The seeds' double-encoded examples: a JSON string holding JSON for an object body.
        var (json, warnings) = Body("\"{\\\"uid\\\": 1}\"", Row("uid", "integer", line: 12));

        Assert.Contains("contradicts the request body typed object at line 10", warnings.Single(w => w.Code == DiagnosticCodes.ExampleContradictsSchema).Message);
        Assert.Equal("{\"uid\": 1}", (string?)json[SpecWriter.ExampleExtension]);
    }

    [Fact]
    public void A_referenced_model_is_checked_with_the_model_rows_lines()
    {
        var user = new SchemaDraft { RootType = "object", Line = 100 };
        user.Rows.Add(Row("id", "integer", required: true, line: 101));
        user.Rows.Add(Row("sex", "string", line: 102, values: ["male", "female"]));
        var model = new ModelDraft("User", 100, user);
        model.Anchors.Add("schemauser");

        var (_, warnings) = Body("""{"owner": {"sex": "x"}, "members": [{"id": "1"}]}""", [model],
            Row("owner", "[User](#schemauser)", line: 12), Row("members", "[[User](#schemauser)]", line: 13));

        Assert.Collection(warnings,
            w => Assert.Contains("\"x\" at line 30 is not one of the values of 'owner.sex' listed at line 102", w.Message),
            w => Assert.Contains("has no 'owner.id', required at line 101", w.Message),
            w => Assert.Contains("\"1\" at line 30 contradicts 'members[0].id' typed integer at line 101", w.Message));
    }

    [Fact]
    public void A_union_needs_a_branch_and_oneOf_exactly_one()
    {
        var (_, none) = Write(Union(CompositionKind.AnyOf, "integer", "string"), """{"id": true}""", []);
        var (_, one) = Write(Union(CompositionKind.AnyOf, "integer", "string"), """{"id": "7"}""", []);
        var (_, exactlyOne) = Write(Union(CompositionKind.OneOf, "integer", "string"), """{"id": 7}""", []);

        Assert.Contains("true at line 30 matches none of the 2 anyOf branches of 'id' at line 12", Assert.Single(none).Message);
        Assert.Empty(one);
        Assert.Empty(exactlyOne);
    }

    [Fact]
    public void A_oneOf_matching_two_branches_is_reported()
    {
        var (_, warnings) = Write(Union(CompositionKind.OneOf, "string", "string"), """{"id": "x"}""", []);

        Assert.Contains("matches several of the 2 oneOf branches of 'id' at line 12", Assert.Single(warnings).Message);
    }

    private static SchemaDraft Union(CompositionKind kind, params string[] branches)
    {
        var draft = new SchemaDraft { RootType = "object", Line = TableLine };
        draft.Rows.Add(Row("id", "object", line: 12));
        foreach (var (type, i) in branches.Select((t, i) => (t, i)))
        {
            draft.Rows.Add(new FieldRow { Depth = 1, Name = "*anonymous*", TypeText = type, IsBranch = true, BranchKind = kind, Line = 13 + i });
        }

        return draft;
    }

    [Fact]
    public void Contradictions_past_the_cap_are_counted_not_listed()
    {
        var rows = Enumerable.Range(0, 12).Select(i => Row($"f{i}", "integer", line: 11 + i)).ToArray();
        var example = "{" + string.Join(", ", Enumerable.Range(0, 12).Select(i => $"\"f{i}\": \"x\"")) + "}";

        var (_, warnings) = Body(example, rows);

        Assert.Equal(ExampleCheck.MaxReported, warnings.Count);
        Assert.Contains("(and 4 more contradictions in this example)", warnings[^1].Message);
    }

    [Fact]
    public void Models_that_alias_each_other_and_deep_examples_are_checked_without_hanging()
    {
        var a = new ModelDraft("A", 1, new SchemaDraft { RootType = "[B](#schemab)" });
        a.Anchors.Add("schemaa");
        var b = new ModelDraft("B", 2, new SchemaDraft { RootType = "[A](#schemaa)" });
        b.Anchors.Add("schemab");
        var node = new SchemaDraft { RootType = "object", Line = 3 };
        node.Rows.Add(Row("child", "[Node](#schemanode)", line: 4));
        node.Rows.Add(Row("n", "integer", line: 5));
        var model = new ModelDraft("Node", 3, node);
        model.Anchors.Add("schemanode");

        var (_, cyclic) = Body("""{"x": {"y": 1}}""", [a, b], Row("x", "[A](#schemaa)", line: 12));
        var (_, deep) = Body(Chain(100), [model], Row("root", "[Node](#schemanode)", line: 12));
        var (_, shallow) = Body(Chain(10), [model], Row("root", "[Node](#schemanode)", line: 12));

        Assert.Empty(cyclic);
        Assert.Empty(deep); // the bad value lies past ExampleCheck.MaxDepth: not checked
        Assert.Contains("contradicts 'root.child.child.child.child.child.child.child.child.child.child.n' typed integer at line 5", Assert.Single(shallow).Message);

        static string Chain(int levels) => "{\"root\": " + string.Concat(Enumerable.Repeat("{\"child\": ", levels)) + "{\"n\": \"bad\"}" + new string('}', levels) + "}";
    }

    [Fact]
    public void Nested_unions_stay_within_the_step_budget_and_a_cut_probe_is_never_misjudged()
    {
        // U is oneOf [One, Two], each with a child U: every level probes both branches down to the leaf
        // (2^depth steps without a budget). Exactly one branch matches at every level. Past the budget, or
        // where the depth limit cuts the branches themselves, both branches "match": a union probed across
        // a cut is not judged, so nothing is reported (without that rule 7 of these 14 examples were).
        var union = new SchemaDraft { RootType = "object", Line = 1 };
        union.Rows.Add(new FieldRow { Depth = 0, Name = "*anonymous*", TypeText = "[One](#schemaone)", IsBranch = true, BranchKind = CompositionKind.OneOf, Line = 2 });
        union.Rows.Add(new FieldRow { Depth = 0, Name = "*anonymous*", TypeText = "[Two](#schematwo)", IsBranch = true, BranchKind = CompositionKind.OneOf, Line = 3 });
        var one = new SchemaDraft { RootType = "object", Line = 100 };
        one.Rows.Add(Row("child", "[U](#schemau)", line: 101));
        one.Rows.Add(Row("a", "integer", required: true, line: 102));
        var two = new SchemaDraft { RootType = "object", Line = 200 };
        two.Rows.Add(Row("child", "[U](#schemau)", line: 201));
        two.Rows.Add(Row("b", "integer", required: true, line: 202));
        var models = new[] { new ModelDraft("U", 1, union), new ModelDraft("One", 100, one), new ModelDraft("Two", 200, two) };
        models[0].Anchors.Add("schemau");
        models[1].Anchors.Add("schemaone");
        models[2].Anchors.Add("schematwo");
        static string Chain(int levels) => "{\"root\": " + string.Concat(Enumerable.Repeat("{\"child\": ", levels)) + "{\"a\": 1}" + string.Concat(Enumerable.Repeat(", \"a\": 1}", levels)) + "}";

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (_, shallow) = Body(Chain(3).Replace("\"a\": 1}}", "\"c\": 1}}", StringComparison.Ordinal), models, Row("root", "[U](#schemau)", line: 12));

        var misjudged = new List<string>();
        foreach (var levels in new[] { 5, 10, 14, 18, 20, 30, 40 })
        {
            foreach (var inArray in new[] { false, true })
            {
                var text = inArray ? Chain(levels).Replace("{\"root\": ", "{\"root\": [", StringComparison.Ordinal)[..^1] + "]}" : Chain(levels);
                var (_, warnings) = Body(text, models, Row("root", inArray ? "[[U](#schemau)]" : "[U](#schemau)", line: 12));
                misjudged.AddRange(warnings.Select(w => $"{levels} levels{(inArray ? " in an array" : string.Empty)}: {w.Message}"));
            }
        }

        Assert.Empty(misjudged);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Contains("matches none of the 2 oneOf branches of 'root' at line 1", Assert.Single(shallow).Message);
    }

    [Fact]
    public void A_schema_read_from_the_example_is_not_checked_against_it()
    {
        var diagnostics = new DiagnosticBag("test.md");
        var draft = new DocumentDraft { Title = "Test" };
        var operation = new OperationDraft("POST", "/a", 5);
        operation.Responses.Add(new ResponseDraft("200", 6) { Example = """[{"a": 1}, {"a": "x"}]""", ExampleLine = 7 });
        draft.Operations.Add(operation);

        var json = JsonNode.Parse(SpecWriter.Write(DocumentAssembler.Assemble(draft, new ApiSettings(), diagnostics)))!;

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.ExampleContradictsSchema);
        Assert.NotNull(json["paths"]!["/a"]!["post"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]);
    }

    [Fact]
    public void A_widdershins_doc_reports_the_row_and_example_lines()
    {
        const string doc = """
            # Demo

            ## POST 设置备注

            POST /set_remark

            > Body 请求参数

            ```json
            {
              "group_id": 819085771,
              "remark": "x"
            }
            ```

            ### 请求参数

            |名称|位置|类型|必选|说明|
            |---|---|---|---|---|
            |body|body|object| 否 |none|
            |» group_id|body|string| 是 |none|
            |» remark|body|string| 是 |none|

            > 返回示例

            > 200 Response

            ```json
            {"status": "ok"}
            ```
            """;

        var result = SpecConverter.Convert(doc, "doc.md", new ApiSettings { Dialect = "widdershins" });

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ExampleContradictsSchema);
        Assert.Equal("doc.md:9: warning SG2031: example value 819085771 at line 9 contradicts 'group_id' typed string at line 21; the example is written as x-specgen-example", warning.ToString());
        var body = JsonNode.Parse(result.Json)!["paths"]!["/set_remark"]!["post"]!["requestBody"]!["content"]!["application/json"]!;
        Assert.Null(body["example"]);
        Assert.Equal(819085771L, (long?)body[SpecWriter.ExampleExtension]!["group_id"]);
    }

    [Fact]
    public void The_seeds_contradictions_are_warnings_with_both_lines()
    {
        var juhebot = Contradictions("juhebot");
        var napcat = Contradictions("napcat");

        Assert.Equal(3, juhebot.Count);
        Assert.Contains(juhebot, d => d.Message.StartsWith("example object at line 5137 has no 'aes_key', required at line 5155", StringComparison.Ordinal));
        Assert.Contains(napcat, d => d.Line == 2769 && d.Message.StartsWith("example value 1284508970 at line 2769 contradicts 'target_id' typed string at line 2788", StringComparison.Ordinal));
        Assert.All(juhebot.Concat(napcat), d => Assert.Matches(@"at line \d+ .* at line \d+", d.Message));
        foreach (var api in SeedApis.Names)
        {
            var json = Converted.Api(api).Json;
            Assert.Equal(Contradictions(api).Select(d => d.Line).Distinct().Count() > 0, json.Contains(SpecWriter.ExampleExtension, StringComparison.Ordinal));
        }
    }

    private static List<Diagnostic> Contradictions(string api) =>
        Converted.Api(api).Diagnostics.Where(d => d.Code == DiagnosticCodes.ExampleContradictsSchema).ToList();

    private static FieldRow Row(string name, string type, bool required = false, int line = 1, string[]? values = null) =>
        new() { Depth = 0, Name = name, TypeText = type, Required = required, Line = line, Enum = values };

    private static (JsonNode Content, List<Diagnostic> Warnings) Body(string example, params FieldRow[] rows) => Body(example, [], rows);

    private static (JsonNode Content, List<Diagnostic> Warnings) Body(string example, ModelDraft[] models, params FieldRow[] rows)
    {
        var schema = new SchemaDraft { RootType = "object", Line = TableLine };
        schema.Rows.AddRange(rows);
        return Write(schema, example, models);
    }

    private static (JsonNode Content, List<Diagnostic> Warnings) Write(SchemaDraft schema, string example, ModelDraft[] models)
    {
        var draft = new DocumentDraft { Title = "Test" };
        draft.Models.AddRange(models);
        var operation = new OperationDraft("POST", "/a", 5);
        operation.Body = new BodyDraft(TableLine) { Schema = schema, Example = example, ExampleLine = ExampleLine };
        draft.Operations.Add(operation);
        var diagnostics = new DiagnosticBag("test.md");
        var json = JsonNode.Parse(SpecWriter.Write(DocumentAssembler.Assemble(draft, new ApiSettings(), diagnostics)))!;
        var content = json["paths"]!["/a"]!["post"]!["requestBody"]!["content"]!["application/json"]!;
        return (content, diagnostics.Items.Where(d => d.Code == DiagnosticCodes.ExampleContradictsSchema).ToList());
    }
}
