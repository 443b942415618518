using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SpecGen.Core.Settings;

namespace SpecGen.Core.Tests.Support;

/// <summary>Each API's doc converted once per test run, with its settings, as the CLI does it.</summary>
internal static class Converted
{
    private static readonly ConcurrentDictionary<string, Lazy<ConversionResult>> Results = new();

    public static ConversionResult Api(string api) => Results.GetOrAdd(api, a => new Lazy<ConversionResult>(() =>
    {
        var folder = Path.Combine(Repository.Specs, a);
        var settingsPath = Path.Combine(folder, "specgen.json");
        var settings = File.Exists(settingsPath) ? ApiSettings.Load(settingsPath) : null;
        var source = Path.Combine(folder, "source.md");
        return SpecConverter.Convert(File.ReadAllText(source), $"specs/{a}/source.md", settings);
    })).Value;

    public static JsonObject Json(string api) => JsonNode.Parse(Api(api).Json)!.AsObject();
}
