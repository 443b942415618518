using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>
/// Issue 13: the generated client compiles about as fast as Kiota's. An async method per operation was a state machine
/// the compiler writes for each (GitHub's 706 operations); operation methods now return the task of one of two async
/// helpers the client declares once.
/// </summary>
public sealed class OperationMethodTests
{
    [Theory]
    [InlineData("Small", "small.json")] // envelopes: the business-code check and the WithEnvelope variants
    [InlineData("Payloads", "payloads.json")] // JSON, text, binary and undocumented results, and an operation without one
    public void Operation_methods_are_not_async_and_the_client_has_two_async_helpers(string name, string spec)
    {
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create(name, TestFiles.Spec(spec)));
        result.AssertClean();

        INamedTypeSymbol client = result.Output.GetTypeByMetadataName("Test." + name + "." + name + "Client")!;
        var methods = client.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).ToList();
        var operations = methods.Where(m => m.DeclaredAccessibility == Accessibility.Public && m.Name.EndsWith("Async", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, m => Assert.False(m.IsAsync, m.Name + " is async"));
        Assert.Equal(
            new[] { "SendAsync<TResult>", "SendAsync" },
            methods.Where(m => m.IsAsync).Select(m => m.IsGenericMethod ? m.Name + "<" + string.Join(", ", m.TypeParameters) + ">" : m.Name));
    }

    [Fact]
    public void An_envelope_without_data_returns_the_task_of_its_checked_envelope_as_a_plain_task()
    {
        const string spec = "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
            + "\"x-specgen-envelope\":{\"code\":\"code\",\"success\":[\"0\"]},"
            + "\"paths\":{\"/ping\":{\"post\":{\"operationId\":\"ping\",\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":"
            + "{\"type\":\"object\",\"properties\":{\"code\":{\"type\":\"integer\"}}}}}}}}}}}";
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Bare", spec));
        result.AssertClean();

        INamedTypeSymbol client = result.Output.GetTypeByMetadataName("Test.Bare.BareClient")!;
        IMethodSymbol ping = client.GetMembers("PingAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("System.Threading.Tasks.Task", ping.ReturnType.ToDisplayString());
        Assert.False(ping.IsAsync);
        Assert.Contains("EnsureBusinessSuccess", result.Source(".Client.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_argument_throws_at_the_call_before_anything_is_sent()
    {
        GeneratorResult result = GeneratorHarness.Run(SpecFile.Create("Small", TestFiles.Spec("small.json")));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        stream.Position = 0;
        Assembly assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);

        var handler = new CountingHandler();
        using var httpClient = new HttpClient(handler) { BaseAddress = new Uri("https://example.com/") };
        Type clientType = assembly.GetType("Test.Small.SmallClient")!;
        object client = Activator.CreateInstance(clientType, httpClient)!;
        MethodInfo createUser = clientType.GetMethod("CreateUserAsync")!;

        // Not a faulted task: the request is built before the shared async send, so the exception is thrown by the call
        // (Assert.ThrowsAsync and await catch it either way).
        var thrown = Assert.Throws<TargetInvocationException>(() => createUser.Invoke(client, new object?[] { null, CancellationToken.None }));
        Assert.IsType<ArgumentNullException>(thrown.InnerException);
        Assert.Equal(0, handler.Requests);
    }

    private sealed class CountingHandler : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
