using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecGen.Peers;

/// <summary>What one generator's output costs and offers, measured the same way for every generator.</summary>
internal sealed record Measurement(string Tool, bool Compiles, int Errors, int Warnings, int AsyncMethods, long Lines, double GenerateSeconds, double CompileSeconds, int UntypedMembers)
{
    private static readonly HashSet<string> UntypedTypeNames = new(StringComparer.Ordinal)
    {
        "System.Text.Json.JsonElement", "object", "Microsoft.Kiota.Abstractions.Serialization.UntypedNode", "Newtonsoft.Json.Linq.JToken",
    };

    /// <summary>How many times each tool's output is compiled; the fastest run counts.</summary>
    private const int CompileRounds = 3;

    /// <summary>
    /// Compiles each tool's sources with the shared compiler settings, <see cref="CompileRounds"/> times, and counts what
    /// each output offers. The rounds interleave the tools, each round starting with the next tool, and garbage is
    /// collected before each run, so neither JIT warm-up, an earlier compile's garbage nor the machine's load in one
    /// moment favours a tool. A compile is what a build pays for the files: parse, bind and emit (as
    /// GeneratorBenchmarks measures it).
    /// </summary>
    public static List<Measurement> Of(IReadOnlyList<(string Tool, IReadOnlyList<SyntaxTree> Trees, double GenerateSeconds)> outputs, IEnumerable<MetadataReference> references)
    {
        var compilations = outputs.Select(o => CSharpCompilation.Create(
            "Peer" + o.Tool,
            o.Trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release))).ToList();
        var compileSeconds = outputs.Select(_ => double.MaxValue).ToArray();
        var emits = new Microsoft.CodeAnalysis.Emit.EmitResult[outputs.Count];
        for (int round = 0; round < CompileRounds; round++)
        {
            for (int turn = 0; turn < outputs.Count; turn++)
            {
                int i = (round + turn) % outputs.Count;
                CollectGarbage();
                var stopwatch = Stopwatch.StartNew();
                CSharpCompilation fresh = Fresh(compilations[i]);
                using var pe = new MemoryStream();
                emits[i] = fresh.Emit(pe);
                compileSeconds[i] = Math.Min(compileSeconds[i], stopwatch.Elapsed.TotalSeconds);
                compilations[i] = fresh;
            }
        }

        return outputs.Select((o, i) => Count(o.Tool, compilations[i], emits[i], o.GenerateSeconds, compileSeconds[i])).ToList();
    }

    /// <summary>
    /// Before each timed run (as BenchmarkDotNet does between iterations): a collection the garbage of an earlier run
    /// (another spec's compile, say) would cause must not land in the run measured.
    /// </summary>
    public static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static Measurement Count(string tool, CSharpCompilation compilation, Microsoft.CodeAnalysis.Emit.EmitResult emit, double generateSeconds, double compileSeconds)
    {
        if (Environment.GetEnvironmentVariable("PEERS_PROFILE") == tool)
        {
            Profile(compilation);
        }

        int errors = emit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = emit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        foreach (Diagnostic error in emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3))
        {
            Console.Error.WriteLine($"peers: {tool}: {error}");
        }
        long lines = compilation.SyntaxTrees.Sum(t => (long)t.GetText().Lines.Count);
        int asyncMethods = 0;
        int untyped = 0;
        foreach (INamedTypeSymbol type in PublicTypes(compilation.Assembly.GlobalNamespace))
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared)
                {
                    continue;
                }

                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && method.Name.EndsWith("Async", StringComparison.Ordinal) && type.TypeKind != TypeKind.Interface)
                {
                    asyncMethods++;
                }
                else if (member is IPropertySymbol property && IsUntyped(property.Type))
                {
                    untyped++;
                }
            }
        }

        return new Measurement(tool, errors == 0, errors, warnings, asyncMethods, lines, generateSeconds, compileSeconds, untyped);
    }

    /// <summary>Prints the files that take longest to bind (PEERS_PROFILE=&lt;tool&gt;), to find what the compiler spends its time on.</summary>
    private static void Profile(CSharpCompilation compilation)
    {
        var costs = new List<(double Seconds, string File, int Lines)>();
        CSharpCompilation fresh = Fresh(compilation);
        fresh.GetDeclarationDiagnostics();
        foreach (SyntaxTree tree in fresh.SyntaxTrees)
        {
            var stopwatch = Stopwatch.StartNew();
            fresh.GetSemanticModel(tree).GetMethodBodyDiagnostics();
            costs.Add((stopwatch.Elapsed.TotalSeconds, Path.GetFileName(tree.FilePath), tree.GetText().Lines.Count));
        }

        foreach (var (seconds, file, lines) in costs.OrderByDescending(c => c.Seconds).Take(12))
        {
            Console.Error.WriteLine($"peers: profile: {seconds:F3} s {lines,6} lines {file}");
        }

        Console.Error.WriteLine($"peers: profile: {costs.Sum(c => c.Seconds):F2} s binding method bodies in {costs.Count} files");
    }

    /// <summary>The same sources, parsed again, in a new compilation: nothing bound by an earlier run is reused.</summary>
    private static CSharpCompilation Fresh(CSharpCompilation compilation) =>
        compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)));

    private static bool IsUntyped(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } generic && generic.ConstructedFrom.SpecialType == SpecialType.System_Nullable_T)
        {
            type = generic.TypeArguments[0];
        }

        return UntypedTypeNames.Contains(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString());
    }

    private static IEnumerable<INamedTypeSymbol> PublicTypes(INamespaceSymbol ns)
    {
        foreach (INamespaceOrTypeSymbol member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (INamedTypeSymbol type in PublicTypes(child))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type && type.DeclaredAccessibility == Accessibility.Public)
            {
                yield return type;
                foreach (INamedTypeSymbol nested in type.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public))
                {
                    yield return nested;
                }
            }
        }
    }
}
