namespace SpecGen.Core.Tests.RoundTrip;

/// <summary>
/// The round-trip fixtures in <c>Fixtures/RoundTrip/&lt;name&gt;/</c>, written by <c>tools/roundtrip/render.sh</c>:
/// each holds the original spec and its markdown renderings. This class says, per renderer, which file is the
/// markdown, which spec it is compared with, and which facts that renderer cannot express at all.
/// </summary>
public static class RoundTripFixtures
{
    public static readonly Renderer Widdershins = new(
        "widdershins",
        "widdershins.md",
        "original.json",
        CannotExpress: _ => false);

    public static readonly Renderer Apifox = new(
        "apifox",
        "apifox.md",
        "original.json",
        CannotExpress: _ => false);

    /// <summary>
    /// Rendered from a Swagger 2.0 down-conversion, so it is compared with that file upgraded back to OpenAPI 3
    /// (Swagger 2.0 has no oneOf/anyOf, nullable or cookie parameters). swagger-markdown 3.0.0 prints no enum
    /// for parameters (only for model properties), so parameter enum facts are out of its reach.
    /// </summary>
    public static readonly Renderer SwaggerMarkdown = new(
        "swagger-markdown",
        "swagger-markdown.md",
        "original.swagger2.oas3.json",
        CannotExpress: fact => fact.Contains(" param ", StringComparison.Ordinal) && fact.Contains(" enum=", StringComparison.Ordinal));

    public static IReadOnlyList<Renderer> Renderers { get; } = [Widdershins, Apifox, SwaggerMarkdown];

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "RoundTrip");

    /// <summary>Fixture names (directory names), sorted.</summary>
    public static IReadOnlyList<string> Names =>
        Directory.Exists(Root)
            ? Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    public static Renderer RendererNamed(string name) => Renderers.Single(r => r.Name == name);

    public static string Read(string fixture, string file) => File.ReadAllText(Path.Combine(Root, fixture, file));

    public static bool Has(string fixture, string file) => File.Exists(Path.Combine(Root, fixture, file));

    public sealed record Renderer(string Name, string MarkdownFile, string ExpectedFile, Func<string, bool> CannotExpress)
    {
        public override string ToString() => Name;
    }
}
