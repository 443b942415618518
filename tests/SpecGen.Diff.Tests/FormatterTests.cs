namespace SpecGen.Diff.Tests;

public class FormatterTests
{
    private static readonly DiffResult Result = new("old.json", "new.json",
    [
        new Change(Rules.OperationSummaryChanged, Direction.None, "GET", "/users/{uid}", "GET /users/{uid}", "summary changed", "获取用户信息", "获取指定uid的用户信息") { Source = new SourceLines(95, 97) },
        new Change(EnumValueRules.Added(Direction.Response, SchemaScope.Property), Direction.Response, "GET", "/pets", "GET /pets response 200 body .status", "enum value \"c\" was added to '.status'", null, "c"),
        new Change(Rules.ResponsePropertyRemoved, Direction.Response, "GET", "/pets", "GET /pets response 200 body .a|b", "response property '.a|b' was removed"),
        new Change(Rules.EndpointRemoved, Direction.None, "DELETE", "/pets", "DELETE /pets", "operation DELETE /pets was removed") { Source = new SourceLines(12, null) },
        new Change(Rules.EndpointAdded, Direction.None, "POST", "/pets", "POST /pets", "operation POST /pets was added", null, "新增 <b>|`x`|\nline"),
    ]);

    private static string Format(ReportFormat format)
    {
        var writer = new StringWriter();
        ReportFormatters.For(format).Write(Result, "old.json → new.json", writer);
        return writer.ToString();
    }

    [Fact]
    public void Changes_are_ordered_by_class_then_path_then_method()
    {
        Assert.Equal(
            ["response-property-removed", "endpoint-removed", "response-property-enum-value-added", "endpoint-added", "operation-summary-changed"],
            Result.Changes.Select(c => c.RuleId));
    }

    [Fact]
    public void Markdown_has_a_summary_line_and_one_section_per_operation_with_its_doc_lines()
    {
        var expected = """
            ### API diff: old.json → new.json

            ❌ **Suggested version bump: major** — 2 breaking, 1 warning, 1 non-breaking, 1 documentation.

            #### `GET /pets`

            | Class | Rule | Where | Change | Old | New |
            | --- | --- | --- | --- | --- | --- |
            | breaking | `response-property-removed` | `response 200 body .a\|b` | response property '.a\|b' was removed |  |  |
            | warning | `response-property-enum-value-added` | `response 200 body .status` | enum value "c" was added to '.status' |  | c |

            #### `DELETE /pets` — doc line 12 (old version)

            | Class | Rule | Where | Change | Old | New |
            | --- | --- | --- | --- | --- | --- |
            | breaking | `endpoint-removed` | `(itself)` | operation DELETE /pets was removed |  |  |

            #### `POST /pets`

            | Class | Rule | Where | Change | Old | New |
            | --- | --- | --- | --- | --- | --- |
            | non-breaking | `endpoint-added` | `(itself)` | operation POST /pets was added |  | 新增 \<b\>\|\`x\`\| line |

            #### `GET /users/{uid}` — doc line 95 → 97

            | Class | Rule | Where | Change | Old | New |
            | --- | --- | --- | --- | --- | --- |
            | documentation | `operation-summary-changed` | `(itself)` | summary changed | 获取用户信息 | 获取指定uid的用户信息 |

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, Format(ReportFormat.Markdown));
    }

    [Fact]
    public void Diffed_documents_carry_the_doc_lines_of_both_versions()
    {
        var before = Specs.Doc("""{"/pets":{"get":{"x-specgen-source":10,"summary":"a","responses":{"200":{"description":"ok"}}},"delete":{"x-specgen-source":30,"responses":{"200":{"description":"ok"}}}}}""");
        var after = Specs.Doc("""{"/pets":{"get":{"x-specgen-source":14,"summary":"b","responses":{"200":{"description":"ok"}}}}}""");
        var result = Specs.Compare(before, after);
        Assert.Equal([new SourceLines(30, null), new SourceLines(10, 14)], result.Changes.Select(c => c.Source));
        var writer = new StringWriter();
        new MarkdownReportFormatter().Write(result, "t", writer);
        Assert.Contains("#### `GET /pets` — doc line 10 → 14\n", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("#### `DELETE /pets` — doc line 30 (old version)\n", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_without_changes_says_so()
    {
        var writer = new StringWriter();
        new MarkdownReportFormatter().Write(new DiffResult("a", "b", []), "a → b", writer);
        Assert.Equal("### API diff: a → b\n\n✅ **Suggested version bump: none** — no API changes.\n", writer.ToString());
    }

    [Fact]
    public void Text_lists_changes_with_rule_location_and_values()
    {
        var text = Format(ReportFormat.Text);
        Assert.StartsWith("API diff: old.json → new.json\n5 change(s): 2 breaking, 1 warning, 1 non-breaking, 1 documentation; suggested version bump: major.\n\nBreaking changes (2):\n  [response-property-removed] GET /pets response 200 body .a|b: response property '.a|b' was removed\n", text, StringComparison.Ordinal);
        Assert.Contains("  [operation-summary-changed] GET /users/{uid}: summary changed\n      old: 获取用户信息\n      new: 获取指定uid的用户信息\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nline", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_every_change_with_its_class_and_direction()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Format(ReportFormat.Json));
        var root = json.RootElement;
        Assert.Equal("major", root.GetProperty("suggestedBump").GetString());
        Assert.True(root.GetProperty("breaking").GetBoolean());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("breaking").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("warning").GetInt32());
        var warning = root.GetProperty("changes")[2];
        Assert.Equal("response-property-enum-value-added", warning.GetProperty("rule").GetString());
        Assert.Equal("warning", warning.GetProperty("class").GetString());
        Assert.Equal("response", warning.GetProperty("direction").GetString());
        Assert.Equal("GET /pets response 200 body .status", warning.GetProperty("location").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, warning.GetProperty("old").ValueKind);
        Assert.Equal("c", warning.GetProperty("new").GetString());
        Assert.Contains("\"old\": \"获取用户信息\"", Format(ReportFormat.Json), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, warning.GetProperty("oldLine").ValueKind);
        var summary = root.GetProperty("changes")[4];
        Assert.Equal((95, 97), (summary.GetProperty("oldLine").GetInt32(), summary.GetProperty("newLine").GetInt32()));
        Assert.Equal(
            ["rule", "class", "direction", "method", "path", "location", "message", "old", "new", "oldLine", "newLine"],
            summary.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Json)]
    public void Output_is_deterministic_whatever_the_input_order(ReportFormat format)
    {
        var shuffled = new DiffResult("old.json", "new.json", Result.Changes.Reverse());
        var (a, b) = (new StringWriter(), new StringWriter());
        ReportFormatters.For(format).Write(Result, "t", a);
        ReportFormatters.For(format).Write(shuffled, "t", b);
        Assert.Equal(a.ToString(), b.ToString());
        Assert.DoesNotContain("\r", a.ToString(), StringComparison.Ordinal);
    }
}

public class MarkdownLimitTests
{
    [Fact]
    public void Long_tables_are_cut_with_a_count_of_what_was_left_out()
    {
        var changes = Enumerable.Range(0, MarkdownReportFormatter.MaxRows + 7)
            .Select(i => new Change(Rules.EndpointAdded, Direction.None, "GET", $"/p{i:D4}", $"GET /p{i:D4}", "added"));
        var writer = new StringWriter();
        new MarkdownReportFormatter().Write(new DiffResult("a", "b", changes), "t", writer);
        var text = writer.ToString();
        Assert.Equal(MarkdownReportFormatter.MaxRows, text.Split('\n').Count(l => l.StartsWith("| non-breaking | `endpoint-added`", StringComparison.Ordinal)));
        Assert.EndsWith("\n…and 7 more; run `specgen diff` locally (or with `--format json`) for the full list.\n", text, StringComparison.Ordinal);
    }
}
