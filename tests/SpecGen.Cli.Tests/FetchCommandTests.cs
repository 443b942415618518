using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SpecGen.Cli.Tests;

/// <summary>Issue 12: <c>specgen fetch</c> against a real HTTP server on 127.0.0.1.</summary>
public sealed class FetchCommandTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private DocServer _server = null!;

    private string Specs => Path.Combine(_temp.Path, "specs");

    public async Task InitializeAsync() => _server = await DocServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public void A_single_markdown_file_is_fetched_with_a_deterministic_lock()
    {
        _server.Doc("/api.md", Docs.Valid, "v1");
        var url = _server.Url("api.md");
        Source(url.ToString(), "markdown");

        var run = Fetch();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Docs.Valid, File.ReadAllText(ApiFile("source.md")));
        var size = Encoding.UTF8.GetByteCount(Docs.Valid);
        var hash = Sha256(Docs.Valid);
        Assert.Equal(
            $$"""
            {
              "entries": [
                {
                  "etag": "\"v1\"",
                  "lastModified": null,
                  "sha256": "{{hash}}",
                  "size": {{size}},
                  "url": "{{url}}"
                }
              ],
              "kind": "markdown",
              "sha256": "{{hash}}",
              "size": {{size}},
              "url": "{{url}}"
            }

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(ApiFile("source.lock.json")));
        Assert.Matches($@"\ndemo\s+fetched\s+{size}\n", run.Stdout);
        Assert.Contains($"[1/1] demo: fetching {url} (markdown)", run.Stderr);
        Assert.Matches(@"^SpecGen/\d+\.\d+\.\d+$", Assert.Single(_server.Requests).UserAgent);
    }

    [Fact]
    public void An_apifox_site_is_fetched_from_its_llms_txt_and_assembled_in_index_order()
    {
        _server.Doc("/site/llms.txt", """
            # Demo API

            > The demo site.

            ## Docs

            - [Users [v2]](users.md): who uses it
            - [Home](https://example.invalid/index.html)
            - [Auth](ABSOLUTE/site/auth.md)
            - [Users again](users.md)
            * [Orders](/orders.md "The orders")
            """.Replace("ABSOLUTE/", _server.BaseAddress.ToString()), "i1", "text/plain");
        _server.Doc("/site/users.md", "\uFEFF# Users\r\n\r\nGET /users\r\n\r\n\r\n", "u1");
        _server.Doc("/site/auth.md", "# Auth\n\nPOST /login", "a1");
        _server.Doc("/orders.md", "# Orders\n", "o1", "text/x-markdown");
        Source(_server.Url("site/").ToString(), "apifox");

        var run = Fetch();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"""
            <!-- specgen:page {_server.Url("site/users.md")} -->

            # Users

            GET /users

            <!-- specgen:page {_server.Url("site/auth.md")} -->

            # Auth

            POST /login

            <!-- specgen:page {_server.Url("orders.md")} -->

            # Orders

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(ApiFile("source.md")));
        var lockText = File.ReadAllText(ApiFile("source.lock.json"));
        var order = new[] { "site/llms.txt", "site/users.md", "site/auth.md", "orders.md" }.Select(p => lockText.IndexOf($"\"url\": \"{_server.Url(p)}\"", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("\"kind\": \"apifox\"", lockText);
        Assert.Equal(0, _server.Count("/index.html"));
    }

    [Fact]
    public void A_second_fetch_with_unchanged_etags_is_304_and_touches_nothing()
    {
        ServeApifoxSite();
        Assert.Equal(0, Fetch().ExitCode);
        var before = BackdatedSnapshot();

        var run = Fetch();

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\ndemo\s+unchanged\s+\d+\n", run.Stdout);
        Assert.Equal(before, Snapshot());
        Assert.All(_server.Requests.Skip(3), r => Assert.StartsWith("\"", r.IfNoneMatch));
        Assert.Equal(6, _server.Requests.Count);
    }

    [Fact]
    public void A_changed_page_changes_the_doc_and_generate_check_then_fails_with_the_diff()
    {
        ServeApifoxSite();
        Assert.Equal(0, Fetch().ExitCode);
        Assert.Equal(0, CliRun.Of("generate", "--specs", Specs).ExitCode);
        Assert.Equal(0, CliRun.Of("generate", "--specs", Specs, "--check").ExitCode);

        _server.Doc("/site/users.md", Docs.Valid.Replace("用户详情", "查询用户详情"), "u2");
        var run = Fetch();
        var stale = CliRun.Of("generate", "--specs", Specs, "--check");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\ndemo\s+fetched\s+\d+\n", run.Stdout);
        Assert.Contains("查询用户详情", File.ReadAllText(ApiFile("source.md")));
        Assert.Contains("# Notes", File.ReadAllText(ApiFile("source.md")));
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("error SG0006: stale", stale.Stderr);
        Assert.Contains("+        \"summary\": \"查询用户详情\",", stale.Stderr);
    }

    [Fact]
    public void Last_modified_is_recorded_and_sent_back_as_if_modified_since()
    {
        const string stamp = "Tue, 03 Mar 2026 10:00:00 GMT";
        _server.Route("/api.md", context =>
        {
            context.Response.Headers.LastModified = stamp;
            if (context.Request.Headers.IfModifiedSince.ToString() == stamp)
            {
                return Status(context, StatusCodes.Status304NotModified);
            }

            return Body(context, Docs.Valid, "text/plain; charset=utf-8");
        });
        Source(_server.Url("api.md").ToString(), "markdown");
        Assert.Equal(0, Fetch().ExitCode);
        var before = BackdatedSnapshot();

        var run = Fetch();

        Assert.Contains($"\"lastModified\": \"{stamp}\"", File.ReadAllText(ApiFile("source.lock.json")));
        Assert.Contains("\"etag\": null", File.ReadAllText(ApiFile("source.lock.json")));
        Assert.Equal(stamp, _server.Requests.Last().IfModifiedSince);
        Assert.Matches(@"\ndemo\s+unchanged\s+\d+\n", run.Stdout);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Retries_back_off_exponentially()
    {
        _server.Route("/api.md", context => Status(context, 503));
        Source(_server.Url("api.md").ToString(), "markdown");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var run = CliRun.Of("fetch", "--specs", Specs, "--retries", "2", "--retry-delay", "0.2");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, _server.Count("/api.md"));
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.55), $"0.2 s then 0.4 s of backoff, took {watch.Elapsed}");
        Assert.Contains("HTTP 503 Service Unavailable after 2 retries", run.Stderr);
        Assert.False(File.Exists(ApiFile("source.md")));
    }

    [Fact]
    public void Without_validators_an_identical_body_is_unchanged_and_rewrites_nothing()
    {
        _server.Route("/api.md", context => Body(context, Docs.Valid, "application/octet-stream"));
        Source(_server.Url("api.md").ToString(), "markdown");
        Assert.Equal(0, Fetch().ExitCode);
        var before = BackdatedSnapshot();

        var run = Fetch();

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\ndemo\s+unchanged\s+\d+\n", run.Stdout);
        Assert.Equal(before, Snapshot());
        Assert.All(_server.Requests, r => Assert.Null(r.IfNoneMatch ?? r.IfModifiedSince));
    }

    [Theory]
    [InlineData("{ \"entries\": 3 }")]
    [InlineData("not json")]
    [InlineData("BAD_URL")]
    public void An_unreadable_lock_is_a_warning_and_everything_is_fetched_afresh(string lockText)
    {
        _server.Doc("/api.md", Docs.Valid, "v1");
        Source(_server.Url("api.md").ToString(), "markdown");
        Assert.Equal(0, Fetch().ExitCode);
        var written = File.ReadAllText(ApiFile("source.lock.json"));
        File.WriteAllText(ApiFile("source.lock.json"), lockText == "BAD_URL" ? written.Replace($"\"url\": \"{_server.Url("api.md")}\"\n    }}", "\"url\": \"::nope\"\n    }") : lockText);

        var run = Fetch();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{ApiFile("source.lock.json")}: warning SG0007: unreadable lock", run.Stderr);
        Assert.Null(_server.Requests.Last().IfNoneMatch);
        Assert.Contains("\"etag\": \"\\\"v1\\\"\"", File.ReadAllText(ApiFile("source.lock.json")));
    }

    [Fact]
    public void A_doc_edited_by_hand_is_fetched_again_without_conditions()
    {
        _server.Doc("/api.md", Docs.Valid, "v1");
        Source(_server.Url("api.md").ToString(), "markdown");
        Assert.Equal(0, Fetch().ExitCode);
        File.AppendAllText(ApiFile("source.md"), "local edit\n");

        var run = Fetch();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Docs.Valid, File.ReadAllText(ApiFile("source.md")));
        Assert.Null(_server.Requests.Last().IfNoneMatch);
    }

    [Theory]
    [InlineData("500", "HTTP 500 Internal Server Error after 2 retries")]
    [InlineData("404", "HTTP 404 Not Found")]
    [InlineData("timeout", "timed out after 0.5 s (3 attempts)")]
    [InlineData("oversized", "over the limit of 2000 bytes (--max-bytes)")]
    [InlineData("oversized-chunked", "over the limit of 2000 bytes (--max-bytes)")]
    [InlineData("file-redirect", "redirect to 'file:///etc/passwd' refused: only http and https are followed")]
    [InlineData("ftp-redirect", "redirect to 'ftp://127.0.0.1/api.md' refused: only http and https are followed")]
    [InlineData("redirect-loop", "more than 5 redirects")]
    [InlineData("html", "the server sent an HTML page (text/html), not markdown")]
    [InlineData("json", "the server sent 'application/json', not markdown")]
    public void A_failed_fetch_leaves_the_committed_doc_and_lock_untouched_with_one_clear_line(string failure, string message)
    {
        _server.Doc("/api.md", Docs.Valid, "v1");
        Source(_server.Url("api.md").ToString(), "markdown");
        Assert.Equal(0, Fetch().ExitCode);
        var before = BackdatedSnapshot();
        var requestsBefore = _server.Requests.Count;
        _server.Route("/api.md", failure switch
        {
            "500" => context => Status(context, 500),
            "404" => context => Status(context, 404),
            "timeout" => async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted),
            "oversized" => context => Body(context, new string('x', 5000), "text/markdown"),
            "oversized-chunked" => async context =>
            {
                context.Response.ContentType = "text/markdown";
                for (var i = 0; i < 10; i++)
                {
                    await context.Response.WriteAsync(new string('x', 500));
                    await context.Response.Body.FlushAsync();
                }
            },
            "file-redirect" => context => Redirect(context, "file:///etc/passwd"),
            "ftp-redirect" => context => Redirect(context, "ftp://127.0.0.1/api.md"),
            "redirect-loop" => context => Redirect(context, "/api.md"),
            "html" => context => Body(context, "<html><body>Docs</body></html>", "text/html; charset=utf-8"),
            _ => context => Body(context, "{}", "application/json"),
        });

        // Only the timeout case gets a short timeout: on a busy machine another case must not time out instead.
        var run = Fetch("--retries", "2", "--timeout", failure == "timeout" ? "0.5" : "20", "--max-bytes", "2000");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, Snapshot());
        var error = Assert.Single(run.Stderr.Split('\n'), l => l.Contains("error SG0007", StringComparison.Ordinal));
        Assert.Contains($"{Path.Combine(Specs, "demo")}: error SG0007: fetch failed: GET {_server.Url("api.md")}", error);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Matches(@"\ndemo\s+failed\s+0\n", run.Stdout);
        Assert.Equal(failure is "500" or "timeout" ? 3 : failure == "redirect-loop" ? 6 : 1, _server.Requests.Count - requestsBefore);
    }

    [Fact]
    public void Redirects_to_http_are_followed_and_the_lock_keeps_the_url_asked_for()
    {
        _server.Doc("/real.md", Docs.Valid, "v1");
        _server.Route("/moved.md", context => Redirect(context, _server.Url("hop.md").ToString()));
        _server.Route("/hop.md", context => Redirect(context, "real.md"));
        Source(_server.Url("moved.md").ToString(), "markdown");

        var run = Fetch();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Docs.Valid, File.ReadAllText(ApiFile("source.md")));
        Assert.Contains($"\"url\": \"{_server.Url("moved.md")}\"", File.ReadAllText(ApiFile("source.lock.json")));
    }

    [Theory]
    [InlineData("# Docs\n\n- [Users](users.md\n", "llms.txt:3: malformed link '- [Users](users.md'")]
    [InlineData("# Docs\n\n- [Users](mailto:a@b.c)\n", "llms.txt:3: link 'mailto:a@b.c' is not an http or https URL")]
    [InlineData("# Docs\n\nNo links here.\n", "llms.txt: no markdown page links")]
    public void A_malformed_llms_txt_is_a_located_error(string index, string message)
    {
        _server.Doc("/site/llms.txt", index, "i1", "text/plain");
        Source(_server.Url("site/llms.txt").ToString(), "apifox");

        var run = Fetch();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.False(File.Exists(ApiFile("source.md")));
        Assert.False(File.Exists(ApiFile("source.lock.json")));
    }

    [Fact]
    public void A_local_path_is_copied_relative_to_the_api_folder()
    {
        _temp.File("vendor/doc.md", Docs.Valid);
        Source("../../vendor/doc.md", "path");

        var run = Fetch();
        var again = Fetch();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Docs.Valid, File.ReadAllText(ApiFile("source.md")));
        Assert.Matches(@"\ndemo\s+fetched\s+\d+\n", run.Stdout);
        Assert.Matches(@"\ndemo\s+unchanged\s+\d+\n", again.Stdout);
        Assert.Contains("\"kind\": \"path\"", File.ReadAllText(ApiFile("source.lock.json")));
    }

    [Fact]
    public void Apis_without_a_source_are_skipped_and_broken_settings_fail_at_their_line()
    {
        _server.Doc("/api.md", Docs.Valid, "v1");
        Source(_server.Url("api.md").ToString(), "markdown");
        _temp.File("specs/byhand/specgen.json", "{ \"title\": \"Kept by hand\" }");
        var broken = _temp.File("specs/broken/specgen.json", "{\n  \"source\": {\n    \"url\": \"ftp://example.com/a.md\",\n    \"kind\": \"markdown\"\n  }\n}");

        var run = Fetch();
        var only = Fetch("--api", "byhand");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{broken}:3: error SG3006: invalid settings: \"source.url\" 'ftp://example.com/a.md' is not an absolute http or https URL", run.Stderr);
        Assert.Matches(@"\nbroken\s+failed\s+0\ndemo\s+fetched\s+\d+\n$", run.Stdout);
        Assert.DoesNotContain("byhand", run.Stdout);
        Assert.Equal(1, only.ExitCode);
        Assert.Contains("no \"source\" to fetch from", only.Stderr);
    }

    [Fact]
    public void Nothing_to_fetch_is_not_a_failure()
    {
        _temp.File("specs/byhand/source.md", Docs.Valid);

        var run = Fetch();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nothing to fetch", run.Stderr);
    }

    /// <summary>An Apifox site of two pages: a convertible doc, then notes.</summary>
    private void ServeApifoxSite()
    {
        _server.Doc("/site/llms.txt", "# Demo\n\n- [Users](users.md)\n- [Notes](notes.md)\n", "i1", "text/plain");
        _server.Doc("/site/users.md", Docs.Valid, "u1");
        _server.Doc("/site/notes.md", "# Notes\n\nAll times are UTC.\n", "n1");
        Source(_server.Url("site/").ToString(), "apifox");
    }

    private CliRun Fetch(params string[] options) => CliRun.Of(["fetch", "--specs", Specs, "--retry-delay", "0", .. options]);

    private void Source(string url, string kind) =>
        _temp.File("specs/demo/specgen.json", $$"""{ "source": { "url": "{{url}}", "kind": "{{kind}}" } }""");

    private string ApiFile(string name) => Path.Combine(Specs, "demo", name);

    /// <summary>The bytes and write times of the doc and the lock, their times set back first (so that a rewrite shows).</summary>
    private string BackdatedSnapshot()
    {
        foreach (var name in LockedFiles)
        {
            File.SetLastWriteTimeUtc(ApiFile(name), new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        }

        return Snapshot();
    }

    private string Snapshot() =>
        string.Join("\n", LockedFiles.Select(name => $"{name} {Convert.ToHexString(File.ReadAllBytes(ApiFile(name)))} {File.GetLastWriteTimeUtc(ApiFile(name)):O}"));

    private static readonly string[] LockedFiles = { "source.md", "source.lock.json" };

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static Task Body(HttpContext context, string body, string contentType)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
