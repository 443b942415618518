using System.CommandLine;
using System.Globalization;
using SpecGen.Cli.Fetching;
using SpecGen.Core.Settings;

namespace SpecGen.Cli.Commands;

/// <summary>
/// <c>specgen fetch [--specs dir] [--api name]</c>: for every API whose <c>specgen.json</c> has a <c>source</c>,
/// downloads the vendor doc into <c>source.md</c> (see <see cref="SourceFetcher"/>). Progress goes to standard error,
/// a table (API, result, bytes) to standard output; exit 1 when any API failed.
/// </summary>
public static class FetchCommand
{
    /// <summary>The <c>fetch</c> command: its options and action.</summary>
    public static Command Create()
    {
        var specs = ApiFolders.SpecsOption();
        var api = ApiFolders.ApiOption();
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds one attempt (headers and body) may take.",
            HelpName = "seconds",
            DefaultValueFactory = _ => 30,
            CustomParser = r => OptionValues.Parse<double>(r, (string t, out double v) => Number(t, out v) && v is > 0 and <= 3600, t => $"--timeout '{t}' must be seconds, more than 0 and at most 3600"),
        };
        var retries = new Option<int>("--retries")
        {
            Description = "Retries of a transient failure (5xx, 408, 429, a network error, a timeout).",
            HelpName = "n",
            DefaultValueFactory = _ => 3,
            CustomParser = r => OptionValues.Parse<int>(r, (string t, out int v) => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out v) && v <= 10, t => $"--retries '{t}' must be 0 to 10"),
        };
        var retryDelay = new Option<double>("--retry-delay")
        {
            Description = "Seconds before the first retry; doubled before each next one.",
            HelpName = "seconds",
            DefaultValueFactory = _ => 1,
            CustomParser = r => OptionValues.Parse<double>(r, (string t, out double v) => Number(t, out v) && v is >= 0 and <= 60, t => $"--retry-delay '{t}' must be 0 to 60 seconds"),
        };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "The largest doc accepted (each response, and an assembled doc), in bytes.",
            HelpName = "n",
            DefaultValueFactory = _ => FetchLimits.DefaultMaxBytes,
            CustomParser = r => OptionValues.Parse<long>(r, (string t, out long v) => long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out v) && v > 0, t => $"--max-bytes '{t}' must be a positive number of bytes"),
        };
        var command = new Command("fetch", "Download the vendor doc of every API whose specgen.json has a \"source\" into <specs>/<api>/source.md (conditional GET; source.lock.json records what was fetched).")
        {
            specs, api, timeout, retries, retryDelay, maxBytes,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var limits = new FetchLimits(
                TimeSpan.FromSeconds(parsed.GetValue(timeout)), parsed.GetValue(retries), TimeSpan.FromSeconds(parsed.GetValue(retryDelay)), parsed.GetValue(maxBytes));
            return RunAsync(parsed.GetRequiredValue(specs), parsed.GetValue(api), limits, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    private static bool Number(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static async Task<int> RunAsync(string root, string? only, FetchLimits limits, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (ApiFolders.Select(root, only, stderr) is not { } apis)
        {
            return ExitCodes.Failure;
        }

        var rows = new List<string[]>();
        var sources = new List<(string Api, SourceSettings Source)>();
        foreach (var api in apis)
        {
            var folder = Path.Combine(root, api);
            try
            {
                if (SettingsFile.Find(Path.Combine(folder, GenerateCommand.SourceName), null).Source is { } source)
                {
                    sources.Add((api, source));
                }
                else if (only is not null)
                {
                    stderr.WriteLine($"{Path.Combine(folder, SettingsFile.FileName)}: error SG0007: no \"source\" to fetch from (add \"source\": {{ \"url\": …, \"kind\": … }})");
                    rows.Add(Row(api, "failed", 0));
                }
            }
            catch (SettingsException e)
            {
                stderr.WriteLine(e.Message);
                rows.Add(Row(api, "failed", 0));
            }
        }

        if (sources.Count == 0 && rows.Count == 0)
        {
            stderr.WriteLine($"specgen: no API under {root} has a \"source\" in its {SettingsFile.FileName}; nothing to fetch");
            return ExitCodes.Success;
        }

        using var client = FetchClient.Create(limits);
        var fetcher = new SourceFetcher(new DocFetcher(client, limits), limits, stderr);
        for (var i = 0; i < sources.Count; i++)
        {
            var (api, source) = sources[i];
            var progress = $"[{i + 1}/{sources.Count}] {api}";
            stderr.WriteLine($"{progress}: fetching {source.Url} ({source.Kind?.ToLowerInvariant()})");
            try
            {
                var outcome = await fetcher.FetchAsync(Path.Combine(root, api), source, cancellationToken).ConfigureAwait(false);
                var result = outcome.Changed ? "fetched" : "unchanged";
                stderr.WriteLine($"{progress}: {result}, {outcome.Bytes} bytes");
                rows.Add(Row(api, result, outcome.Bytes));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                stderr.WriteLine($"specgen: fetch cancelled during {api}; its {GenerateCommand.SourceName} and {SourceLock.FileName} were left as they were");
                return ExitCodes.Failure;
            }
            catch (Exception e) when (e is FetchException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{Path.Combine(root, api)}: error SG0007: fetch failed: {e.Message.ReplaceLineEndings(" ")}");
                rows.Add(Row(api, "failed", 0));
            }
        }

        rows.Sort((a, b) => string.CompareOrdinal(a[0], b[0]));
        TextTable.Write(stdout, new[] { "API", "result", "bytes" }, rows, rightAligned: new[] { 2 });
        var failed = rows.Count(r => r[1] == "failed");
        if (failed > 0)
        {
            stderr.WriteLine($"specgen: {failed} API(s) failed to fetch; their {GenerateCommand.SourceName} and {SourceLock.FileName} were left as they were");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    private static string[] Row(string api, string result, long bytes) => new[] { api, result, bytes.ToString(CultureInfo.InvariantCulture) };
}
