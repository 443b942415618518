using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecGen.SourceGenerator.Emitting;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;

namespace SpecGen.Diff.Surface;

/// <summary>
/// Generates the SDK of a spec in-process, with the generator's own parser and emitter (what the source generator
/// adds to a project, with the given names), compiles it with Roslyn and reads its public API into a
/// <see cref="SurfaceModel"/>. Only declarations are bound: nothing is emitted and method bodies are not checked.
/// </summary>
/// <remarks>
/// <see cref="BuildPair"/> compiles only what differs: the generator splits an SDK into value-equal source units (one
/// per model and enum, the client, the runtime, the options), and a unit equal in both versions once its docs are
/// left out has the same public API in both, so it is neither emitted nor compiled; a one-line declaration stands in
/// for each of its public types so that references to them still bind (a struct stays a struct for <c>T?</c>). A
/// client unit that differs keeps only the operations that differ. On a 3 MB pair that leaves a few dozen types to compile;
/// generating both SDKs' models costs more (the README's Cost paragraph has the figures).
/// </remarks>
public static class SurfaceBuilder
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false);

    /// <summary>Builds the whole surface of the SDK generated from <paramref name="specText"/>.</summary>
    /// <param name="specPath">The spec's file name, used in messages.</param>
    /// <exception cref="DiffInputException">The generator cannot make an SDK of the spec; the message gives its located diagnostic.</exception>
    public static SurfaceModel Build(string specPath, string specText, SdkNames names, CancellationToken cancellationToken = default)
    {
        var (api, units) = Generate(specPath, specText, names, cancellationToken);
        return Compile(api, units, [], cancellationToken);
    }

    /// <summary>The surfaces of the old and the new SDK, each with only the types that differ from the other's.</summary>
    /// <exception cref="DiffInputException">The generator cannot make an SDK of either spec (the old one's error first).</exception>
    public static (SurfaceModel Old, SurfaceModel New) BuildPair(
        (string Path, string Text) oldSpec, (string Path, string Text) newSpec, SdkNames names, CancellationToken cancellationToken = default)
    {
        var newTask = Task.Run(() => Generate(newSpec.Path, newSpec.Text, names, cancellationToken), cancellationToken);
        var (oldApi, oldUnits) = Generate(oldSpec.Path, oldSpec.Text, names, cancellationToken);
        var (newApi, newUnits) = newTask.GetAwaiter().GetResult();

        var oldByHint = oldUnits.ToDictionary(u => u.HintName, StringComparer.Ordinal);
        var newByHint = newUnits.ToDictionary(u => u.HintName, StringComparer.Ordinal);
        var same = oldByHint.Keys.Where(hint => newByHint.TryGetValue(hint, out var unit) && SamePublicApi(unit, oldByHint[hint]))
            .ToHashSet(StringComparer.Ordinal);
        var sameOperations = oldApi.Operations.Intersect(newApi.Operations).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

        var newSurface = Task.Run(() => Compile(newApi, Changed(newUnits, same, sameOperations), Stubs(newUnits, same), cancellationToken), cancellationToken);
        var oldSurface = Compile(oldApi, Changed(oldUnits, same, sameOperations), Stubs(oldUnits, same), cancellationToken);
        return (oldSurface, newSurface.GetAwaiter().GetResult());
    }

    private static (ApiSpec Api, IReadOnlyList<SourceUnit> Units) Generate(string specPath, string specText, SdkNames names, CancellationToken cancellationToken)
    {
        var input = new SpecInput(specPath, specText, names.Namespace, names.ClientName, Auth: null, RootNamespace: null);
        var parsed = SpecParser.Parse(input, cancellationToken);
        if (parsed.Api is not { } api)
        {
            throw new DiffInputException(FirstError(specPath, parsed));
        }

        var bare = WithoutDocs.Of(api);
        return (bare, [.. Emitter.Split(parsed with { Api = bare }, EquatableArray<NamespaceClaim>.Empty)]);
    }

    /// <summary>
    /// Whether a unit has the same public API in both versions: when it is equal once docs are left out, and always for
    /// the converter factory, whose public members (two <c>JsonConverterFactory</c> overrides) do not depend on the spec.
    /// Its body lists every converted type, so it differs whenever a type is added or removed; it is a third of a
    /// 3 MB spec's SDK text, and compiling it only to read two fixed members cost a fifth of the pair's build.
    /// </summary>
    private static bool SamePublicApi(SourceUnit newUnit, SourceUnit oldUnit) =>
        newUnit.Kind == SourceUnitKind.Converters && oldUnit.Kind == SourceUnitKind.Converters || newUnit.Equals(oldUnit);

    /// <summary>The units to compile: all but those equal in both versions; the client with only the operations that differ.</summary>
    private static List<SourceUnit> Changed(IReadOnlyList<SourceUnit> units, HashSet<string> same, HashSet<string> sameOperations) =>
        [.. units.Where(u => !same.Contains(u.HintName)).Select(u => u is { Kind: SourceUnitKind.Client, Api: { } api }
            ? u with { Api = api with { Operations = api.Operations.Where(o => !sameOperations.Contains(o.Name)).ToEquatableArray() } }
            : u)];

    /// <summary>One-line declarations for the public types of skipped units, so that references to them bind with the right kind.</summary>
    private static List<(string Name, string Keyword)> Stubs(IReadOnlyList<SourceUnit> units, HashSet<string> same)
    {
        var stubs = new List<(string Name, string Keyword)>();
        foreach (var unit in units.Where(u => same.Contains(u.HintName)))
        {
            var names = unit.Names;
            switch (unit.Kind)
            {
                case SourceUnitKind.Runtime:
                    stubs.AddRange([(ApiNames.NumberOrStringName, "struct"), (ApiNames.FileUploadName, "class"), (names.ExceptionName, "class"), (names.BusinessExceptionName, "class")]);
                    break;
                case SourceUnitKind.Options:
                    stubs.AddRange([(names.OptionsName, "class"), (names.ExtensionsName, "class")]);
                    break;
                case SourceUnitKind.Client:
                    stubs.AddRange([(names.ClientName, "class"), (names.InterfaceName, "interface")]);
                    break;
                case SourceUnitKind.Enum:
                    stubs.Add((unit.Enum!.Name, "struct"));
                    break;
                case SourceUnitKind.Converters:
                    stubs.Add((ConvertersEmitter.Name, "class"));
                    break;
                default:
                    stubs.Add((unit.Model!.Name, "class"));
                    break;
            }
        }

        return stubs;
    }

    private static SurfaceModel Compile(ApiSpec api, IReadOnlyList<SourceUnit> units, IReadOnlyList<(string Name, string Keyword)> stubs, CancellationToken cancellationToken)
    {
        var trees = new List<SyntaxTree>(units.Count + 1);
        foreach (var unit in units)
        {
            var source = Emitter.Emit(unit, DependencyInjectionSupport.None, cancellationToken, publicApiOnly: true);
            trees.Add(CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.HintName, cancellationToken: cancellationToken));
        }

        if (stubs.Count > 0)
        {
            var text = new System.Text.StringBuilder($"namespace {api.Names.Namespace}\n{{\n");
            foreach (var (name, keyword) in stubs)
            {
                text.Append("public partial ").Append(keyword).Append(' ').Append(name).Append(" { }\n");
            }

            trees.Add(CSharpSyntaxTree.ParseText(text.Append("}\n").ToString(), ParseOptions, "SpecGen.Surface.Unchanged.g.cs", cancellationToken: cancellationToken));
        }

        var compilation = CSharpCompilation.Create("SpecGen.Surface." + api.Names.ClientName, trees, ReferenceAssemblies.All, CompilationOptions);
        return SurfaceReader.Read(compilation, api, stubs.Select(s => s.Name).ToHashSet(StringComparer.Ordinal), cancellationToken);
    }

    /// <summary>e.g. <c>old.json:12:5: the SDK cannot be generated …: SPECGEN001: invalid JSON …</c>: the first error the generator reported, located.</summary>
    private static string FirstError(string specPath, ParseResult parsed)
    {
        foreach (var info in parsed.Diagnostics)
        {
            var diagnostic = info.ToDiagnostic();
            if (diagnostic.Severity != DiagnosticSeverity.Error)
            {
                continue;
            }

            var where = info.Location is { } location
                ? $"{specPath}:{(location.StartLine + 1).ToString(CultureInfo.InvariantCulture)}:{(location.StartColumn + 1).ToString(CultureInfo.InvariantCulture)}"
                : specPath;
            return $"{where}: the SDK cannot be generated for the C# surface diff: {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)} (--no-surface compares the wire only)";
        }

        return $"{specPath}: the SDK cannot be generated for the C# surface diff (--no-surface compares the wire only)";
    }
}
