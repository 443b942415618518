using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecGen.SourceGenerator.Emitting;
using SpecGen.SourceGenerator.Model;
using SpecGen.SourceGenerator.Parsing;

namespace SpecGen.Diff.Surface;

/// <summary>
/// Generates the SDK of one spec in-process, with the generator's own parser and emitter (what the source generator
/// adds to a project, with the given names), compiles it with Roslyn and reads its public API into a
/// <see cref="SurfaceModel"/>. Only declarations are bound: nothing is emitted and method bodies are not checked,
/// which is what makes this fast enough for a 3 MB spec.
/// </summary>
public static class SurfaceBuilder
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false);

    /// <summary>Builds the surface of the SDK generated from <paramref name="specText"/>.</summary>
    /// <param name="specPath">The spec's file name, used in messages.</param>
    /// <exception cref="DiffInputException">The generator cannot make an SDK of the spec; the message gives its located diagnostic.</exception>
    public static SurfaceModel Build(string specPath, string specText, SdkNames names, CancellationToken cancellationToken = default)
    {
        var input = new SpecInput(specPath, specText, names.Namespace, names.ClientName, Auth: null, RootNamespace: null);
        var parsed = SpecParser.Parse(input, cancellationToken);
        if (parsed.Api is not { } api)
        {
            throw new DiffInputException(FirstError(specPath, parsed));
        }

        var units = Emitter.Split(parsed, EquatableArray<NamespaceClaim>.Empty);
        var trees = new SyntaxTree[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var source = Emitter.Emit(units[i], DependencyInjectionSupport.None, cancellationToken);
            trees[i] = CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.HintName, cancellationToken: cancellationToken);
        }

        var compilation = CSharpCompilation.Create("SpecGen.Surface." + api.Names.ClientName, trees, ReferenceAssemblies.All, CompilationOptions);
        return SurfaceReader.Read(compilation, api, cancellationToken);
    }

    /// <summary>e.g. <c>old.json:12:5: SPECGEN001: invalid JSON …</c>: the first error the generator reported, located.</summary>
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
