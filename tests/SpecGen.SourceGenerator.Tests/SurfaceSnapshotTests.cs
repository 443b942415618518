using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>
/// The public surface of the real SDKs (type names, the client's method names) is what users type: a rename
/// breaks their code, so it must be a reviewed change of Snapshots/surface.&lt;api&gt;.approved.txt.
/// </summary>
public sealed class SurfaceSnapshotTests
{
    public static TheoryData<string> SnapshotApis => new() { "napcat", "eyun", "juhebot", "maxim", "wukongchat" };

    [Theory]
    [MemberData(nameof(SnapshotApis))]
    public void Public_surface_matches_the_approved_snapshot(string api)
    {
        GeneratorResult result = GeneratorHarness.Run(ApiSpecCompileTests.ApiSpec(api));

        Snapshot.Match("surface." + api, Render(result.Output));
    }

    /// <summary>One line per public type of the generated code ("type Name"), and per public method of the client types.</summary>
    public static string Render(Compilation compilation)
    {
        var lines = new List<string>();
        foreach (INamedTypeSymbol type in PublicTypes(compilation.Assembly.GlobalNamespace))
        {
            lines.Add(type.TypeKind.ToString().ToLowerInvariant() + " " + type.ToDisplayString());
            if (type.Name.EndsWith("Client", StringComparison.Ordinal) && type.TypeKind == TypeKind.Class)
            {
                foreach (string method in type.GetMembers().OfType<IMethodSymbol>()
                    .Where(m => m.DeclaredAccessibility == Accessibility.Public && m.MethodKind == MethodKind.Ordinary)
                    .Select(m => m.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal))
                {
                    lines.Add("  method " + method);
                }
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    private static IEnumerable<INamedTypeSymbol> PublicTypes(INamespaceSymbol ns)
    {
        var types = new List<INamedTypeSymbol>();
        Collect(ns, types);
        return types.OrderBy(t => t.ToDisplayString(), StringComparer.Ordinal);

        static void Collect(INamespaceOrTypeSymbol container, List<INamedTypeSymbol> into)
        {
            foreach (ISymbol member in container.GetMembers())
            {
                if (member is INamespaceSymbol child)
                {
                    Collect(child, into);
                }
                else if (member is INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public } type)
                {
                    into.Add(type);
                    Collect(type, into);
                }
            }
        }
    }
}
