using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>
/// Issue 13: the real public specs of the peer benchmark (tools/peers/specs: box, GitHub's REST description, Stripe)
/// generate SDKs that compile with no error and no warning, nullable on and documentation checked, and every
/// operation of the spec is a method. The peer table measures their cost; this keeps them compiling.
/// </summary>
public sealed class PeerSpecCompileTests
{
    [Theory]
    [InlineData("box", 296)]
    [InlineData("github", 706)]
    [InlineData("stripe", 355)]
    public void A_peer_benchmark_spec_generates_an_SDK_that_compiles_cleanly(string spec, int operations)
    {
        string path = TestFiles.PeerSpecPath(spec);
        string name = char.ToUpperInvariant(spec[0]) + spec[1..];

        GeneratorResult result = GeneratorHarness.Run(new SpecFile(path, File.ReadAllText(path), "Peers." + name, name + "Client"));

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompileDiagnostics().Select(d => d.ToString()).Take(20));
        var client = (INamedTypeSymbol)result.Output.GetTypeByMetadataName("Peers." + name + ".I" + name + "Client")!;
        Assert.Equal(operations, client.GetMembers().OfType<IMethodSymbol>().Count(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.EndsWith("WithEnvelopeAsync", StringComparison.Ordinal)));
    }
}
