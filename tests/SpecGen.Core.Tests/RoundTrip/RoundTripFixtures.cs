namespace SpecGen.Core.Tests.RoundTrip;

/// <summary>
/// The round-trip fixtures in <c>Fixtures/RoundTrip/&lt;name&gt;/</c>, written by <c>tools/roundtrip/render.sh</c>:
/// each holds the original spec and its markdown renderings. This class says, per renderer, which file is the
/// markdown, which spec it is compared with, and which facts that renderer cannot express at all.
/// </summary>
public static class RoundTripFixtures
{
    public static readonly Renderer Widdershins = new("widdershins", "widdershins.md", "original.json", HidesParameterEnums: false, HidesItemEnums: false);

    public static readonly Renderer Apifox = new("apifox", "apifox.md", "original.json", HidesParameterEnums: false, HidesItemEnums: false);

    /// <summary>
    /// Rendered from a Swagger 2.0 down-conversion, so it is compared with that file upgraded back to OpenAPI 3
    /// (Swagger 2.0 has no oneOf/anyOf, nullable or cookie parameters). swagger-markdown 3.0.0 prints no enum
    /// for parameters (only for model properties), so the enums of parameters, and of form fields (formData
    /// parameters in Swagger 2.0), are out of its reach; nor does it print the enum of array items
    /// (<c>languages: [ string ]</c> with <c>items.enum</c>), and it shows no examples that could carry them.
    /// </summary>
    public static readonly Renderer SwaggerMarkdown = new(
        "swagger-markdown", "swagger-markdown.md", "original.swagger2.oas3.json", HidesParameterEnums: true, HidesItemEnums: true);

    /// <summary>
    /// widdershins 4.0.1 under the option matrix of <c>tools/roundtrip/lib/widdershins.js</c>: the CLI's defaults
    /// (code samples on) and one option changed from them per set, plus a combination.
    /// </summary>
    public static IReadOnlyList<Renderer> WiddershinsOptionSets { get; } =
    [
        Plain("widdershins-defaults"),
        Plain("widdershins-httpsnippet"),
        Plain("widdershins-tabs-csharp"),
        Plain("widdershins-toc-summary"),
        Plain("widdershins-omit-header"),
        Plain("widdershins-expand-body"),
        Plain("widdershins-omit-body") with { HidesInlineBody = true },
        Plain("widdershins-shallow") with { HidesRefFields = true },
        Plain("widdershins-headings-1"),
        Plain("widdershins-headings-3"),
        Plain("widdershins-yaml"),
        Plain("widdershins-raw"),
        Plain("widdershins-combo") with { HidesInlineBody = true, HidesRefFields = true },
    ];

    /// <summary>
    /// openapi-to-md 1.1.1 (<c>tools/roundtrip/lib/openapi-to-md.js</c>): operations with TypeScript-like blocks. It
    /// prints no path or cookie parameters (only query and header ones), no <c>requestBody.required</c>, no
    /// required marker for object and array fields (<c>name: {</c>, <c>name?: string[]</c> whatever the spec says),
    /// and nothing at all for a schema without <c>type</c> (its renderer switches on <c>type</c>).
    /// </summary>
    public static readonly Renderer OpenApiToMd = new("openapi-to-md", "openapi-to-md.md", "original.json", HidesParameterEnums: false, HidesItemEnums: false)
    {
        HidesPathParameters = true,
        HidesBodyRequired = true,
        HidesContainerRequired = true,
        HidesUntypedSchemas = true,
    };

    /// <summary>swagger-markdown's only output option, <c>--skip-info</c>: no title, description or version block.</summary>
    public static readonly Renderer SwaggerMarkdownSkipInfo = SwaggerMarkdown with { Name = "swagger-markdown-skip-info", MarkdownFile = "swagger-markdown-skip-info.md" };

    /// <summary>openapi-to-md's only option, <c>--sort</c>: paths and references in name order.</summary>
    public static readonly Renderer OpenApiToMdSorted = OpenApiToMd with { Name = "openapi-to-md-sorted", MarkdownFile = "openapi-to-md-sorted.md" };

    public static IReadOnlyList<Renderer> Renderers { get; } =
        [Widdershins, Apifox, SwaggerMarkdown, SwaggerMarkdownSkipInfo, OpenApiToMd, OpenApiToMdSorted, .. WiddershinsOptionSets];

    private static Renderer Plain(string name) => new(name, name + ".md", "original.json", HidesParameterEnums: false, HidesItemEnums: false);

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "RoundTrip");

    /// <summary>Fixture names (directory names), sorted.</summary>
    public static IReadOnlyList<string> Names =>
        Directory.Exists(Root)
            ? Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    public static Renderer RendererNamed(string name) => Renderers.Single(r => r.Name == name);

    public static string Read(string fixture, string file) => File.ReadAllText(Path.Combine(Root, fixture, file));

    public static bool Has(string fixture, string file) => File.Exists(Path.Combine(Root, fixture, file));

    /// <param name="Name">Renderer name used in test cases.</param>
    /// <param name="MarkdownFile">The rendering in each fixture directory.</param>
    /// <param name="ExpectedFile">The OpenAPI 3 spec the conversion is compared with.</param>
    /// <param name="HidesParameterEnums">The renderer prints no enum values for parameters and form fields.</param>
    /// <param name="HidesItemEnums">The renderer prints no enum values for the items of an array field.</param>
    public sealed record Renderer(string Name, string MarkdownFile, string ExpectedFile, bool HidesParameterEnums, bool HidesItemEnums)
    {
        /// <summary>
        /// widdershins <c>omitBody</c>: a request body written inline (not a <c>$ref</c>) gets no <c>body</c> row. Its
        /// properties are still listed (as depth-0 <c>in: body</c> rows) when it declares <c>type: object</c>, but
        /// whether the body is required is printed nowhere; any other inline body (an array, a string, an object
        /// without <c>type</c>) is printed nowhere but in its example. So the body root fact (<c>request $</c>) of an
        /// inline body, and every request fact of an inline body that is not <c>type: object</c>, are out of reach.
        /// </summary>
        public bool HidesInlineBody { get; init; }

        /// <summary>
        /// widdershins <c>shallowSchemas</c>: a field whose schema is a <c>$ref</c> is dropped from the tables with
        /// everything below it (widdershins 4.0.1 sets its skip depth to the ref row's own depth, so the ref row
        /// goes too), in operations and in the models alike; only the JSON examples still show such fields.
        /// </summary>
        public bool HidesRefFields { get; init; }

        /// <summary>
        /// The renderer prints nothing for a schema without a type (no <c>type</c>, no oneOf/anyOf/allOf), nor for an
        /// array of such items: the facts of such a field (or body root) and of everything below it are out of reach.
        /// </summary>
        public bool HidesUntypedSchemas { get; init; }

        /// <summary>The renderer prints no path or cookie parameters: their facts are out of reach.</summary>
        public bool HidesPathParameters { get; init; }

        /// <summary>The renderer does not print whether the request body is required (see <see cref="Normalize"/>).</summary>
        public bool HidesBodyRequired { get; init; }

        /// <summary>The renderer prints no required marker for object and array fields (see <see cref="Normalize"/>).</summary>
        public bool HidesContainerRequired { get; init; }

        /// <summary>
        /// A fact as far as this renderer can state it, applied to the original's and the conversion's facts alike:
        /// the <c>required=</c> part is dropped where the renderer prints no required marker (the body root with
        /// <see cref="HidesBodyRequired"/>, object and array fields with <see cref="HidesContainerRequired"/>); the
        /// type is still compared.
        /// </summary>
        public string Normalize(string fact)
        {
            var at = fact.IndexOf(" required=", StringComparison.Ordinal);
            if (at < 0 || !(HidesBodyRequired || HidesContainerRequired))
            {
                return fact;
            }

            var parts = fact.Split(' ');
            var isBody = parts[2] is "request" or "response";
            var isRoot = isBody && parts[3] == "$";
            var isContainer = isBody && !isRoot && (parts[4] == "type=object" || parts[4].StartsWith("type=array<", StringComparison.Ordinal));
            return (HidesBodyRequired && isRoot) || (HidesContainerRequired && isContainer) ? fact[..at] : fact;
        }

        /// <summary>
        /// True for a fact of <paramref name="expectedJson"/> that this renderer cannot put into its markdown. Such a
        /// fact is neither expected nor, when the conversion states it (a reported default), counted as invented.
        /// </summary>
        public Func<string, bool> CannotExpress(string expectedJson)
        {
            var formOperations = HidesParameterEnums ? OpenApiFacts.FormBodyOperations(expectedJson) : [];
            var inlineBodies = HidesInlineBody ? OpenApiFacts.InlineRequestBodies(expectedJson) : [];
            var underRefs = HidesRefFields ? OpenApiFacts.FactsUnderRefFields(expectedJson) : [];
            var untyped = HidesUntypedSchemas ? OpenApiFacts.FactsUnderUntypedSchemas(expectedJson) : [];
            return fact =>
            {
                var parts = fact.Split(' ');
                if (underRefs.Contains(OpenApiFacts.Subject(fact)) || untyped.Contains(OpenApiFacts.Subject(fact)))
                {
                    return true;
                }

                if (HidesPathParameters && parts.Length > 3 && parts[2] == "param" && parts[3] is "path" or "cookie")
                {
                    return true;
                }

                if (parts.Length > 3 && parts[2] == "request" && inlineBodies.TryGetValue($"{parts[0]} {parts[1]}", out var isObject)
                    && (!isObject || parts[3] == "$"))
                {
                    return true;
                }

                if (!fact.Contains(" enum=", StringComparison.Ordinal))
                {
                    return false;
                }

                // METHOD /path param <in> <name> enum=…   or   METHOD /path request|response <field> enum=…
                var field = parts[^2];
                return (HidesItemEnums && field.EndsWith("[]", StringComparison.Ordinal))
                    || (HidesParameterEnums && (parts[2] == "param" || (parts[2] == "request" && formOperations.Contains($"{parts[0]} {parts[1]}"))));
            };
        }

        public override string ToString() => Name;
    }
}
