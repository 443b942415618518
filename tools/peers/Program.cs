using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecGen.Peers;

// Usage: dotnet run -c Release --project tools/peers -- <peers dir> <spec.json>...   (run.sh does this)
// <peers dir>/tools holds the nswag and kiota dotnet tools; each spec's NSwag and Kiota clients are written
// to <peers dir>/<spec name>/nswag and /kiota.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Peers <peers dir> <spec.json>...");
    return 2;
}

string outputDir = args[0];
string toolsDir = Path.Combine(outputDir, "tools");
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
MetadataReference[] references = References.Load();
Warm(references, parseOptions);

Console.WriteLine("| spec | operations | tool | compiles (errors, warnings) | async methods | lines | generate, s | compile, s | untyped members |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
foreach (string spec in args.Skip(1))
{
    string name = SpecName(spec);
    int operations = CountOperations(spec);
    string full = Path.GetFullPath(spec);

    // The fastest of three runs counts, as for the compiles. The first also JIT-compiles the generator, which a
    // long-lived compiler server does once, not per build (with tiered JIT off here, that was 0.4-0.6 s on box).
    double generateSeconds = double.MaxValue;
    IReadOnlyList<SyntaxTree> specGenTrees = [];
    for (int run = 0; run < 3; run++)
    {
        Measurement.CollectGarbage();
        var stopwatch = Stopwatch.StartNew();
        specGenTrees = GeneratorHost.Generate(full, "Peers." + Pascal(name), references, parseOptions);
        generateSeconds = Math.Min(generateSeconds, stopwatch.Elapsed.TotalSeconds);
    }

    string specGenDir = Path.Combine(outputDir, name, "specgen");
    if (Directory.Exists(specGenDir))
    {
        Directory.Delete(specGenDir, recursive: true);
    }

    Directory.CreateDirectory(specGenDir);
    foreach (SyntaxTree tree in specGenTrees)
    {
        File.WriteAllText(Path.Combine(specGenDir, Path.GetFileName(tree.FilePath)), tree.GetText().ToString());
    }

    // PEERS_KEEP_OUTPUT=1 compiles the peers' outputs already on disk (e.g. edited by hand) instead of generating
    // them again. A fresh output gets the known hand fixes of HandFixes (the issue compared peers "after fixing their
    // compile errors by hand").
    string specDir = Path.Combine(outputDir, name);
    bool keep = Environment.GetEnvironmentVariable("PEERS_KEEP_OUTPUT") == "1";
    double Generate(string tool, Func<string, double> run)
    {
        string dir = Path.Combine(specDir, tool);
        if (keep && Directory.Exists(dir))
        {
            return double.NaN;
        }

        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        double seconds = run(dir);
        if (HandFixes.Apply(name, tool, dir) is { } fix)
        {
            Console.Error.WriteLine($"peers: {tool} output of {name} fixed by hand (tools/peers/HandFixes.cs): {fix}");
        }

        return seconds;
    }

    double nswagSeconds = Generate("nswag", dir => PeerTools.RunNSwag(toolsDir, full, dir, "Peers.NSwag." + Pascal(name)));
    double kiotaSeconds = Generate("kiota", dir => PeerTools.RunKiota(toolsDir, full, dir, "Peers.Kiota." + Pascal(name)));
    var outputs = new List<(string Tool, IReadOnlyList<SyntaxTree> Trees, double GenerateSeconds)> { ("SpecGen", specGenTrees, generateSeconds) };
    foreach ((string tool, double seconds) in new[] { ("NSwag", nswagSeconds), ("Kiota", kiotaSeconds) })
    {
        string dir = Path.Combine(specDir, tool.ToLowerInvariant());
        var trees = Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parseOptions, f)).ToList()
            : new List<SyntaxTree>();
        outputs.Add((tool, trees, seconds));
    }

    List<Measurement> rows = Measurement.Of(outputs, references);
    foreach (Measurement m in rows)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {operations} | {m.Tool} | {(m.Compiles ? "yes" : "no")} ({m.Errors}, {m.Warnings}) | {m.AsyncMethods} | {m.Lines:N0} | {(double.IsNaN(m.GenerateSeconds) ? "kept" : m.GenerateSeconds.ToString("F3", CultureInfo.InvariantCulture))} | {m.CompileSeconds:F3} | {m.UntypedMembers} |"));
    }
}

return 0;

static void Warm(MetadataReference[] references, CSharpParseOptions parseOptions)
{
    // The first compilation pays for loading and JIT-compiling Roslyn; measure none of that.
    var tree = CSharpSyntaxTree.ParseText("public static class Warm { public static int F(int x) => x switch { 1 => 2, _ => x }; }", parseOptions);
    using var pe = new MemoryStream();
    CSharpCompilation.Create("Warm", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).Emit(pe);
}

static string SpecName(string spec)
{
    string file = Path.GetFileNameWithoutExtension(spec);
    return file == "openapi" ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(spec)))! : file;
}

static string Pascal(string name) => string.Concat(name.Split('-', '_', '.').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

static int CountOperations(string spec)
{
    using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(spec));
    if (!document.RootElement.TryGetProperty("paths", out JsonElement paths))
    {
        return 0;
    }

    string[] methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    return paths.EnumerateObject().Sum(p => p.Value.ValueKind == JsonValueKind.Object ? p.Value.EnumerateObject().Count(o => methods.Contains(o.Name)) : 0);
}
