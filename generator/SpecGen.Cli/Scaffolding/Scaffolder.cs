using System.Text.Json;
using Scriban.Runtime;
using SpecGen.Cli.Commands;
using SpecGen.Cli.Fetching;
using SpecGen.Cli.Releasing;
using SpecGen.Cli.Templating;
using SpecGen.Core;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Settings;

namespace SpecGen.Cli.Scaffolding;

/// <summary>
/// <c>specgen init</c>: a new API in one step. Creates <c>specs/&lt;api&gt;/</c> (the doc fetched or copied as
/// <c>source.md</c>, <c>specgen.json</c> with guessed settings marked <c>// review:</c>, <c>openapi.json</c>) and
/// <c>src/&lt;Api&gt;/</c> with its csproj (template <c>sdk.csproj.scriban</c>), adds the project to the solution,
/// builds it, and prints what to review: the guesses and the conversion's warnings by kind, with their lines.
/// A failure before the project is written removes what was created; a failing build keeps it, to be fixed.
/// </summary>
internal sealed class Scaffolder(string repository, TextWriter stdout, TextWriter stderr)
{
    private const string SolutionName = "SpecGen.sln";

    public async Task<int> RunAsync(ApiName api, string from, string? kind, bool build, FetchLimits limits, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(repository))
        {
            stderr.WriteLine($"{repository}: error {ReleaseException.Code}: no such directory (--repo)");
            return ExitCodes.Failure;
        }

        var specs = Path.Combine(repository, "specs", api.Name);
        var src = Path.Combine(repository, "src", api.Pascal);
        foreach (var folder in new[] { specs, src })
        {
            if (Path.Exists(folder))
            {
                stderr.WriteLine($"{folder}: error {ReleaseException.Code}: already exists; specgen init writes only new folders, nothing was written");
                return ExitCodes.Failure;
            }
        }

        Directory.CreateDirectory(specs);
        ConversionResult result;
        IReadOnlyList<Guess> guesses;
        try
        {
            var (sourceJson, sourceNote) = await GetDocAsync(specs, from, kind, limits, cancellationToken).ConfigureAwait(false);
            var doc = Path.Combine(specs, GenerateCommand.SourceName);
            var first = Convert(doc, new ApiSettings());
            guesses = SettingsGuess.From(api, first);
            var settingsPath = Path.Combine(specs, SettingsFile.FileName);
            var settingsText = SettingsGuess.Write(guesses, sourceJson, sourceNote);
            var settings = ApiSettings.Parse(settingsText, settingsPath); // what is written is what the settings reader accepts
            File.WriteAllText(settingsPath, settingsText);
            result = Convert(doc, settings);
            File.WriteAllBytes(Path.Combine(specs, GenerateCommand.SpecName), result.Utf8Json.ToArray());
        }
        catch (Exception e) when (e is InitException or FetchException or SettingsException or IOException or UnauthorizedAccessException or TemplateException)
        {
            Directory.Delete(specs, recursive: true);
            stderr.WriteLine(e is InitException or SettingsException ? e.Message : $"{specs}: error {ReleaseException.Code}: {e.Message.ReplaceLineEndings(" ")}");
            stderr.WriteLine($"specgen init: nothing was created");
            return ExitCodes.Failure;
        }
        catch
        {
            Directory.Delete(specs, recursive: true); // an unexpected failure leaves nothing behind either
            throw;
        }

        var project = WriteProject(api, src, result);
        var steps = new List<string>();
        try
        {
            var solution = Path.Combine(repository, SolutionName);
            if (File.Exists(solution))
            {
                Dotnet("sln", solution, "add", project);
                steps.Add($"added to {SolutionName}");
            }

            if (build)
            {
                Dotnet("build", project, "-c", "Release", "-nologo", "-v", "quiet", "-clp:NoSummary");
                steps.Add("built");
            }
        }
        catch (InitException e)
        {
            stderr.WriteLine(e.Message);
            stderr.WriteLine($"specgen init: {api.Name} was created but the step above failed; fix it, then build {Relative(project)}");
            Review(api, project, steps, guesses, result);
            return ExitCodes.Failure;
        }

        Review(api, project, steps, guesses, result);
        return ExitCodes.Success;
    }

    private async Task<(string? SourceJson, string? SourceNote)> GetDocAsync(string specs, string from, string? kind, FetchLimits limits, CancellationToken cancellationToken)
    {
        if (SourceSettings.IsHttpUrl(from))
        {
            kind ??= new Uri(from).AbsolutePath.EndsWith("/llms.txt", StringComparison.OrdinalIgnoreCase) ? "apifox" : "markdown";
            var source = new SourceSettings { Url = from, Kind = kind };
            using var client = FetchClient.Create(limits);
            await new SourceFetcher(new DocFetcher(client, limits), limits, stderr).FetchAsync(specs, source, cancellationToken).ConfigureAwait(false);
            return ($"{{ \"url\": {JsonSerializer.Serialize(from)}, \"kind\": \"{kind}\" }}", null);
        }

        if (kind is not null)
        {
            throw new InitException($"{from}: error {ReleaseException.Code}: --kind is for a URL; a file is copied as it is");
        }

        if (!File.Exists(from))
        {
            throw new InitException($"{from}: error {ReleaseException.Code}: --from is neither an http(s) URL nor an existing file");
        }

        File.Copy(from, Path.Combine(specs, GenerateCommand.SourceName));
        return (null, $"the doc was copied from {from}: add \"source\": {{ \"url\": …, \"kind\": \"markdown\" | \"apifox\" }} so that specgen fetch keeps it current");
    }

    private ConversionResult Convert(string doc, ApiSettings settings)
    {
        var result = SpecConverter.Convert(SourceFile.Read(doc), doc, settings);
        if (!result.Success)
        {
            foreach (var error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                stderr.WriteLine(error);
            }

            throw new InitException($"{doc}: error {ReleaseException.Code}: the doc could not be converted (errors above)");
        }

        return result;
    }

    private string WriteProject(ApiName api, string src, ConversionResult result)
    {
        var model = new ScriptObject
        {
            ["api"] = api.Name,
            ["namespace"] = api.Namespace,
            ["client_name"] = api.ClientName,
            ["title"] = result.Document.Info?.Title is { Length: > 0 } title ? title : api.Name,
        };
        var text = new TemplateLibrary(repository).Render(TemplateLibrary.SdkProject, model);
        Directory.CreateDirectory(src);
        var project = Path.Combine(src, api.Namespace + ".csproj");
        File.WriteAllText(project, text);
        return project;
    }

    private void Dotnet(params string[] arguments)
    {
        var run = ProcessRunner.Run("dotnet", repository, arguments);
        if (run.ExitCode != 0)
        {
            throw new InitException($"{arguments[1]}: error {ReleaseException.Code}: dotnet {arguments[0]} failed (exit {run.ExitCode}):\n{run.Tail()}");
        }
    }

    private void Review(ApiName api, string project, List<string> steps, IReadOnlyList<Guess> guesses, ConversionResult result)
    {
        var specs = $"specs/{api.Name}";
        stdout.WriteLine($"specgen init {api.Name}:");
        stdout.WriteLine($"  {specs}/{GenerateCommand.SourceName}");
        stdout.WriteLine($"  {specs}/{SettingsFile.FileName}  (guessed settings, each marked // review:)");
        stdout.WriteLine($"  {specs}/{GenerateCommand.SpecName}  ({result.Dialect}: {result.OperationCount} operations, {result.SchemaCount} schemas)");
        stdout.WriteLine($"  {Relative(project)}" + (steps.Count > 0 ? $"  ({string.Join(", ", steps)})" : string.Empty));
        stdout.WriteLine();
        stdout.WriteLine($"Review {specs}/{SettingsFile.FileName}:");
        foreach (var guess in guesses)
        {
            stdout.WriteLine($"  {guess.Key} = {guess.Json}  ({guess.Reason})");
        }

        var warnings = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        stdout.WriteLine();
        stdout.WriteLine(warnings.Count == 0 ? "No conversion warnings." : $"Conversion warnings by kind ({warnings.Sum(g => g.Count())}):");
        foreach (var kind in warnings)
        {
            var lines = kind.Select(d => d.Line).Where(l => l > 0).Distinct().Order().ToList();
            var shown = string.Join(", ", lines.Take(10)) + (lines.Count > 10 ? $", … ({lines.Count - 10} more)" : string.Empty);
            stdout.WriteLine($"  {kind.Key} ×{kind.Count()}{(lines.Count > 0 ? $" at {specs}/{GenerateCommand.SourceName} line(s) {shown}" : string.Empty)}: {kind.First().Message}");
        }

        stdout.WriteLine();
        stdout.WriteLine($"Then: ./generate.sh --api {api.Name} (regenerates the spec and packs {api.Namespace}); commit specs/{api.Name} and {Relative(Path.GetDirectoryName(project)!)}.");
    }

    private string Relative(string path) => Path.GetRelativePath(repository, path).Replace('\\', '/');

    private sealed class InitException(string message) : Exception(message);
}
