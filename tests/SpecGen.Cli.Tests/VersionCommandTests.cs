using SpecGen.Cli.Commands;
using SpecGen.Diff;

namespace SpecGen.Cli.Tests;

public sealed class VersionCommandTests
{
    [Theory]
    [InlineData("1.0.0", "1.0.0")]
    [InlineData("v1.0", "1.0.0")]
    [InlineData("V2", "2.0.0")]
    [InlineData(" 1.2.3.4 ", "1.2.3")]
    [InlineData("1.0.0-beta.1", "1.0.0")]
    [InlineData("1.0-rc", "1.0.0")]
    [InlineData("01.02.03", "1.2.3")]
    [InlineData("2024-05-01", "2024.5.1")]
    [InlineData("3.1_2", "3.1.2")]
    [InlineData("1.", "1.0.0")]
    [InlineData("latest", "0.1.0")]
    [InlineData("", "0.1.0")]
    [InlineData(null, "0.1.0")]
    [InlineData("99999999999.0", "0.1.0")]
    public void Normalize_reads_info_version_as_x_y_z(string? infoVersion, string expected)
    {
        Assert.Equal(expected, VersionCommand.Normalize(infoVersion).ToString());
    }

    [Theory]
    // info.version, released, bump, min-bump → version
    [InlineData("1.0.0", null, SemVerBump.None, SemVerBump.None, "1.0.0")] // first release: the vendor's version
    [InlineData("1.0.0", "1.2.0", SemVerBump.None, SemVerBump.None, "1.2.0")] // nothing changed: same version (idempotent)
    [InlineData("1.0.0", "1.2.0", SemVerBump.Patch, SemVerBump.None, "1.2.1")] // documentation only
    [InlineData("1.0.0", "1.2.5", SemVerBump.Minor, SemVerBump.None, "1.3.0")] // additions
    [InlineData("1.0.0", "1.2.5", SemVerBump.Major, SemVerBump.None, "2.0.0")] // breaking
    [InlineData("3.0", "1.2.5", SemVerBump.Minor, SemVerBump.None, "3.0.0")] // the vendor moved further: follow it
    [InlineData("1.3.0", "1.2.5", SemVerBump.Major, SemVerBump.None, "2.0.0")] // the changes need more than the vendor says
    [InlineData("1.0.0", "1.2.0", SemVerBump.None, SemVerBump.Patch, "1.2.1")] // generator changed, spec did not
    [InlineData("1.0.0", "1.2.0", SemVerBump.Major, SemVerBump.Patch, "2.0.0")] // --min-bump never lowers the bump
    public void Decide_takes_the_larger_of_the_vendor_version_and_the_bumped_release(
        string infoVersion, string? released, SemVerBump bump, SemVerBump minBump, string expected)
    {
        var decision = VersionCommand.Decide(infoVersion, released is null ? null : SemVersion.TryParse(released), bump, minBump);

        Assert.Equal(expected, decision.Version.ToString());
        Assert.Contains(expected, decision.Explanation);
    }

    [Theory]
    [InlineData("1.2.3", true)]
    [InlineData("0.0.0", true)]
    [InlineData("1.2", false)]
    [InlineData("1.2.3.4", false)]
    [InlineData("01.2.3", false)]
    [InlineData("1.2.3-beta", false)]
    [InlineData("v1.2.3", false)]
    [InlineData("1.-2.3", false)]
    public void SemVersion_parses_only_release_versions(string text, bool valid)
    {
        Assert.Equal(valid, SemVersion.TryParse(text) is not null);
    }

    [Fact]
    public void SemVersion_orders_numerically()
    {
        Assert.True(SemVersion.TryParse("1.10.0")!.Value.CompareTo(SemVersion.TryParse("1.9.9")!.Value) > 0);
    }

    [Fact]
    public void Without_a_release_the_version_is_the_normalized_info_version_alone_on_stdout()
    {
        using var temp = new TempFolder();
        var spec = temp.File("openapi.json", Spec("v1.0", Ping));

        var run = CliRun.Of("version", spec);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1.0.0\n", run.Stdout);
        Assert.Contains("info.version \"v1.0\" → 1.0.0", run.Stderr);
    }

    [Theory]
    [InlineData(Ping, "1.4.2")] // identical
    [InlineData(PingDescribed, "1.4.3")] // documentation
    [InlineData(Ping + "," + Pong, "1.5.0")] // endpoint added
    [InlineData(Pong, "2.0.0")] // endpoint removed
    [InlineData(PingFiltered, "2.0.0")] // an optional query parameter: an addition on the wire, but it pushes back PingAsync's cancellationToken
    public void After_a_release_the_diff_decides_the_bump(string newPaths, string expected)
    {
        using var temp = new TempFolder();
        var released = temp.File("released.json", Spec("1.0.0", Ping));
        var current = temp.File("openapi.json", Spec("1.0.0", newPaths));

        var run = CliRun.Of("version", current, "--released", released, "--released-version", "1.4.2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected + "\n", run.Stdout);
    }

    [Fact]
    public void Min_bump_raises_an_unchanged_spec()
    {
        using var temp = new TempFolder();
        var spec = temp.File("openapi.json", Spec("1.0.0", Ping));

        var run = CliRun.Of("version", spec, "--released", spec, "--released-version", "1.4.2", "--min-bump", "patch");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1.4.3\n", run.Stdout);
    }

    [Fact]
    public void The_committed_specs_have_versions()
    {
        var spec = RepositoryFile("specs/maxim/openapi.json");

        var run = CliRun.Of("version", spec);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1.0.0\n", run.Stdout); // info.version "v1.0"
    }

    [Theory]
    [InlineData("--released-version", "1.0.0")]
    [InlineData("--released", "openapi.json")]
    [InlineData("--released", "openapi.json", "--released-version", "1.0")]
    [InlineData("--min-bump", "huge")]
    [InlineData("--unknown")]
    public void Wrong_usage_exits_2(params string[] options)
    {
        using var temp = new TempFolder();
        var spec = temp.File("openapi.json", Spec("1.0.0", Ping));
        var args = new[] { "version", spec }.Concat(options.Select(o => o == "openapi.json" ? spec : o)).ToArray();

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("specgen:", run.Stderr);
    }

    [Fact]
    public void No_spec_or_two_specs_is_wrong_usage()
    {
        Assert.Equal(2, CliRun.Of("version").ExitCode);
        Assert.Equal(2, CliRun.Of("version", "a.json", "b.json").ExitCode);
    }

    [Fact]
    public void A_missing_or_invalid_spec_fails_with_its_name()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "nope.json");
        var invalid = temp.File("bad.json", "{ not json");

        var runMissing = CliRun.Of("version", missing);
        var runInvalid = CliRun.Of("version", temp.File("ok.json", Spec("1.0.0", Ping)), "--released", invalid, "--released-version", "1.0.0");

        Assert.Equal(1, runMissing.ExitCode);
        Assert.Contains("nope.json: file not found", runMissing.Stderr);
        Assert.Equal(1, runInvalid.ExitCode);
        Assert.Contains("bad.json: not valid JSON", runInvalid.Stderr);
        Assert.Equal("", runMissing.Stdout + runInvalid.Stdout);
    }

    [Fact]
    public void Help_lists_the_command()
    {
        var run = CliRun.Of("version", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" version [<spec.json>] [options]", run.Stdout);
        Assert.Contains("--released-version <X.Y.Z>", run.Stdout);
    }

    // Single quotes read as double quotes (see Spec).
    private const string Ping = "'/ping': { 'get': { 'operationId': 'ping', 'responses': { '200': { 'description': 'ok' } } } }";
    private const string PingDescribed = "'/ping': { 'get': { 'operationId': 'ping', 'summary': 'Checks the server', 'responses': { '200': { 'description': 'ok' } } } }";
    private const string PingFiltered = "'/ping': { 'get': { 'operationId': 'ping', 'parameters': [ { 'name': 'region', 'in': 'query', 'schema': { 'type': 'string' } } ], 'responses': { '200': { 'description': 'ok' } } } }";
    private const string Pong = "'/pong': { 'get': { 'operationId': 'pong', 'responses': { '200': { 'description': 'ok' } } } }";

    private static string Spec(string version, string paths) =>
        $$"""{ "openapi": "3.0.3", "info": { "title": "Demo", "version": "{{version}}" }, "paths": { {{paths.Replace('\'', '"')}} } }""";

    private static string RepositoryFile(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    [Fact]
    public void With_api_the_released_spec_and_version_come_from_the_last_tag_and_a_generator_change_is_at_least_a_patch()
    {
        using var repo = new TempRepo(Docs.Valid);

        var untagged = CliRun.Of("version", "--api", "demo", "--repo", repo.Path);
        repo.Git("tag", "--annotate", "demo/v3.0.0", "-m", "Demo.Sdk 3.0.0");
        var tagged = CliRun.Of("version", "--api", "demo", "--repo", repo.Path);
        repo.File("generator/SpecGen.SourceGenerator/Emitter.cs", "// changed since the tag\n");
        repo.CommitAll("generator change");
        var generatorChanged = CliRun.Of("version", "--api", "demo", "--repo", repo.Path);

        Assert.Equal((0, "2.1.0\n"), (untagged.ExitCode, untagged.Stdout)); // info.version
        Assert.Equal((0, "3.0.0\n"), (tagged.ExitCode, tagged.Stdout)); // nothing changed since the tag
        Assert.Equal((0, "3.0.1\n"), (generatorChanged.ExitCode, generatorChanged.Stdout));
    }

    [Theory]
    [InlineData("give either spec.json or --api")]
    [InlineData("give either spec.json or --api", "spec.json", "--api", "demo")]
    [InlineData("--released goes with spec.json", "--api", "demo", "--released", "r.json", "--released-version", "1.0.0")]
    public void Spec_json_and_api_are_one_or_the_other(string message, params string[] args)
    {
        var run = CliRun.Of(["version", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }
}
