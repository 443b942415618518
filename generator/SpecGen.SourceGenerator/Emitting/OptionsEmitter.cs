using System.Text;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>Emits the client options (base address, credentials) and the IServiceCollection registration.</summary>
internal static class OptionsEmitter
{
    public static string Emit(ApiSpec api, DependencyInjectionSupport dependencyInjection)
    {
        ApiNames names = api.Names;
        var w = new CodeWriter();
        w.Header();
        w.Line("namespace " + names.Namespace + ";");
        w.Line();
        w.DocXml("summary", "Settings for <see cref=\"" + names.ClientName + "\"/>: base address and credentials.");
        w.DocXml("remarks", "<see cref=\"ToString\"/> never reveals credentials.");
        w.Line(Emitter.GeneratedCodeAttribute);
        w.Open("public sealed class " + names.OptionsName);
        w.Line("/// <summary>");
        w.Line("/// The API base address. When null, <see cref=\"global::System.Net.Http.HttpClient.BaseAddress\"/> is used; one of them is");
        w.Line("/// required (<see cref=\"" + names.ClientName + ".DocumentedServer\"/> is what the doc names, never a default).");
        w.Line("/// </summary>");
        w.Line("public global::System.Uri? BaseAddress { get; set; }");
        foreach (SecuritySchemeSpec scheme in api.SecuritySchemes)
        {
            w.Line();
            EmitSchemeProperties(w, scheme);
        }

        foreach (DefaultHeaderSpec header in api.DefaultHeaders)
        {
            w.Line();
            w.Doc("summary", header.Description ?? "Default value of the " + header.WireName + " header.");
            w.DocXml("remarks", "Default for the <c>" + Literals.DocText(header.WireName) + "</c> header parameter of " + header.OperationCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " operations; a value passed to a method wins. Null: not sent.");
            w.Line("public string? " + header.PropertyName + " { get; set; }");
        }

        w.Line();
        w.Line("/// <summary>How many bytes of an error response body an exception keeps in <c>RawBody</c> (default 4096).</summary>");
        w.Line("public int MaxErrorBodyLength { get; set; } = 4096;");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// When true, a response value that is not of its documented type (a negative unsigned id, text for a number)");
        w.Line("/// fails the call with <see cref=\"" + names.UnexpectedResponseExceptionName + "\"/>. When false (the default) the value is");
        w.Line("/// kept in the model's <c>UnreadValues</c>, its property stays null, and it is reported to <see cref=\"ReadProblem\"/>");
        w.Line("/// (and logged as a warning when the client has a logger).");
        w.Line("/// </summary>");
        w.Line("public bool StrictReading { get; set; }");
        w.Line();
        w.Line("/// <summary>Told each response value that is not of its documented type (unless <see cref=\"StrictReading\"/>); null: not told.</summary>");
        w.Line("public global::System.Action<" + ApiNames.ReadProblemName + ">? ReadProblem { get; set; }");
        w.Line();
        w.Line("/// <summary>Describes the options; credentials are shown as <c>***</c>.</summary>");
        w.Line("/// <returns>A description without secrets.</returns>");
        var toString = new StringBuilder();
        toString.Append("public override string ToString() => \"").Append(names.OptionsName).Append(" { BaseAddress = \" + (")
            .Append(ApiNames.HttpHelperName).Append(".RedactUri(BaseAddress) ?? \"(default)\")");
        foreach (SecuritySchemeSpec scheme in api.SecuritySchemes)
        {
            AppendSecret(toString, scheme.PropertyName);
            if (scheme.SecondPropertyName is not null)
            {
                AppendSecret(toString, scheme.SecondPropertyName);
            }
        }

        foreach (DefaultHeaderSpec header in api.DefaultHeaders)
        {
            // Masked too: a header parameter may well carry a credential the spec did not declare as one.
            AppendSecret(toString, header.PropertyName);
        }

        toString.Append(" + \", MaxErrorBodyLength = \" + MaxErrorBodyLength.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" }\";");
        w.Line(toString.ToString());
        w.Close();

        if (dependencyInjection != DependencyInjectionSupport.None)
        {
            w.Line();
            EmitExtensions(w, names, dependencyInjection);
        }

        return w.ToString();
    }

    private static void AppendSecret(StringBuilder sb, string property)
        => sb.Append(" + \", ").Append(property).Append(" = \" + (").Append(property).Append(" is null ? \"(not set)\" : \"***\")");

    private static void EmitSchemeProperties(CodeWriter w, SecuritySchemeSpec scheme)
    {
        string how = scheme.Kind switch
        {
            SecuritySchemeKind.ApiKeyHeader => "Sent in the <c>" + Literals.DocText(scheme.ParameterName) + "</c> request header.",
            SecuritySchemeKind.ApiKeyQuery => "Sent as the <c>" + Literals.DocText(scheme.ParameterName) + "</c> query parameter.",
            SecuritySchemeKind.ApiKeyCookie => "Sent as the <c>" + Literals.DocText(scheme.ParameterName) + "</c> cookie.",
            SecuritySchemeKind.Bearer => "Sent as <c>Authorization: Bearer &lt;token&gt;</c>.",
            _ => "User name for HTTP basic authentication.",
        };
        w.Doc("summary", scheme.Description ?? "Credential of the " + scheme.Key + " security scheme.");
        w.DocXml("remarks", how + " Applied to the operations that accept this scheme; null or empty: not sent.");
        w.Line("public string? " + scheme.PropertyName + " { get; set; }");
        if (scheme.SecondPropertyName is not null)
        {
            w.Line();
            w.Line("/// <summary>Password for HTTP basic authentication.</summary>");
            w.Line("public string? " + scheme.SecondPropertyName + " { get; set; }");
        }
    }

    /// <summary>The logger argument of a client created by the container (nothing without Microsoft.Extensions.Logging).</summary>
    private static string LoggerArgument(ApiNames names, DependencyInjectionSupport support)
        => (support & DependencyInjectionSupport.Logging) == 0
            ? string.Empty
            : ", global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetService<global::Microsoft.Extensions.Logging.ILogger<" + names.ClientName + ">>(serviceProvider)";

    private static void EmitExtensions(CodeWriter w, ApiNames names, DependencyInjectionSupport support)
    {
        const string Di = "global::Microsoft.Extensions.DependencyInjection.";
        w.DocXml("summary", "Registers <see cref=\"" + names.InterfaceName + "\"/> with the dependency injection container.");
        w.Line(Emitter.GeneratedCodeAttribute);
        w.Open("public static class " + names.ExtensionsName);
        w.Line("/// <summary>");
        w.Line("/// Registers <see cref=\"" + names.InterfaceName + "\"/> as a typed client of <c>IHttpClientFactory</c>, configured");
        w.Line("/// with <see cref=\"" + names.OptionsName + "\"/> from the options system.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"services\">The service collection.</param>");
        w.Line("/// <param name=\"configure\">Sets the base address and credentials; may be null when configured elsewhere.</param>");
        w.Line("/// <returns>The HTTP client builder, to add handlers or resilience.</returns>");
        w.Open("public static " + Di + "IHttpClientBuilder Add" + names.ClientName + "(this " + Di + "IServiceCollection services, global::System.Action<" + names.OptionsName + ">? configure = null)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(services);");
        w.Line("var options = " + Di + "OptionsServiceCollectionExtensions.AddOptions<" + names.OptionsName + ">(services);");
        w.Open("if (configure is not null)");
        w.Line("options.Configure(configure);");
        w.Close();
        w.Line();
        w.Line("return " + Di + "HttpClientFactoryServiceCollectionExtensions.AddHttpClient<" + names.InterfaceName + ", " + names.ClientName + ">(");
        w.Line("    services,");
        w.Line("    static (httpClient, serviceProvider) => new " + names.ClientName + "(");
        w.Line("        httpClient,");
        w.Line("        " + Di + "ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<" + names.OptionsName + ">>(serviceProvider).Value" + LoggerArgument(names, support) + "));");
        w.Close();
        if ((support & DependencyInjectionSupport.KeyedServices) != 0)
        {
            w.Line();
            EmitKeyedRegistration(w, names, support);
        }

        if ((support & DependencyInjectionSupport.Resilience) != 0)
        {
            w.Line();
            EmitResilience(w, names);
        }

        w.Close();
    }

    /// <summary>
    /// The standard resilience handler with retries limited to requests that are safe to send twice, so that a
    /// retried timeout never sends a message twice.
    /// </summary>
    private static void EmitResilience(CodeWriter w, ApiNames names)
    {
        const string Resilience = "global::Microsoft.Extensions.Http.Resilience.";
        w.Line("/// <summary>");
        w.Line("/// Adds the standard resilience handler of Microsoft.Extensions.Http.Resilience (rate limiter, timeouts, retries,");
        w.Line("/// circuit breaker) to this client, retrying only requests that are safe to send twice: GET, HEAD, OPTIONS, PUT,");
        w.Line("/// DELETE, and operations the spec marks <c>x-specgen-retry-safe</c>. Any other POST (sending a message, a payment)");
        w.Line("/// is never retried, whatever <paramref name=\"configure\"/> sets.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"builder\">The client's HTTP client builder, from <c>Add" + names.ClientName + "</c>.</param>");
        w.Line("/// <param name=\"configure\">Adjusts the standard options (attempts, timeouts…); may be null.</param>");
        w.Line("/// <returns>The resilience pipeline builder.</returns>");
        w.Open("public static " + Resilience + "IHttpStandardResiliencePipelineBuilder Add" + names.ClientName + "Resilience(this global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder builder, global::System.Action<" + Resilience + "HttpStandardResilienceOptions>? configure = null)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(builder);");
        w.Line("return global::Microsoft.Extensions.DependencyInjection.ResilienceHttpClientBuilderExtensions.AddStandardResilienceHandler(builder, options =>");
        w.Line("{");
        w.Line("    configure?.Invoke(options);");
        w.Line("    var shouldHandle = options.Retry.ShouldHandle;");
        w.Line("    // The request of an attempt is reached only through this API (which the library's own DisableFor uses), marked");
        w.Line("    // experimental (EXTEXP0001) since Microsoft.Extensions.Http.Resilience 8.");
        w.Line("#pragma warning disable EXTEXP0001");
        w.Line("    options.Retry.ShouldHandle = arguments => " + ApiNames.HttpHelperName + ".IsRetrySafe(global::Polly.HttpResilienceContextExtensions.GetRequestMessage(arguments.Context))");
        w.Line("#pragma warning restore EXTEXP0001");
        w.Line("        ? shouldHandle(arguments)");
        w.Line("        : global::System.Threading.Tasks.ValueTask.FromResult(false);");
        w.Line("});");
        w.Close();
    }

    /// <summary>
    /// One more client under a name, with its own options (named options) and its own HTTP client (a named
    /// client of IHttpClientFactory), resolved as a keyed service: two bots or two tenants never share a token.
    /// </summary>
    private static void EmitKeyedRegistration(CodeWriter w, ApiNames names, DependencyInjectionSupport support)
    {
        const string Di = "global::Microsoft.Extensions.DependencyInjection.";
        string options = "global::Microsoft.Extensions.Options.IOptionsMonitor<" + names.OptionsName + ">";
        string httpClientPrefix = names.Namespace + "." + names.ClientName + ":";
        w.Line("/// <summary>");
        w.Line("/// Registers one more <see cref=\"" + names.InterfaceName + "\"/> under <paramref name=\"name\"/>, with its own");
        w.Line("/// <see cref=\"" + names.OptionsName + "\"/> and its own HTTP client, for an app that talks to several servers or");
        w.Line("/// accounts at once. Resolve it with <c>[FromKeyedServices(\"name\")]</c> or <c>GetRequiredKeyedService</c>.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"services\">The service collection.</param>");
        w.Line("/// <param name=\"name\">The service key and the name of the options and of the HTTP client.</param>");
        w.Line("/// <param name=\"configure\">Sets this client's base address and credentials.</param>");
        w.Line("/// <returns>The builder of this client's own HTTP client, to add handlers or resilience.</returns>");
        w.Open("public static " + Di + "IHttpClientBuilder Add" + names.ClientName + "(this " + Di + "IServiceCollection services, string name, global::System.Action<" + names.OptionsName + "> configure)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(services);");
        w.Line("global::System.ArgumentException.ThrowIfNullOrEmpty(name);");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(configure);");
        w.Line(Di + "OptionsServiceCollectionExtensions.AddOptions<" + names.OptionsName + ">(services, name).Configure(configure);");
        w.Line(Di + "ServiceCollectionServiceExtensions.AddKeyedTransient<" + names.InterfaceName + ">(");
        w.Line("    services,");
        w.Line("    name,");
        w.Line("    static (serviceProvider, key) =>");
        w.Line("    {");
        w.Line("        string clientName = (string)key!;");
        w.Line("        return new " + names.ClientName + "(");
        w.Line("            " + Di + "ServiceProviderServiceExtensions.GetRequiredService<global::System.Net.Http.IHttpClientFactory>(serviceProvider).CreateClient(" + Literals.String(httpClientPrefix) + " + clientName),");
        w.Line("            " + Di + "ServiceProviderServiceExtensions.GetRequiredService<" + options + ">(serviceProvider).Get(clientName)" + LoggerArgument(names, support) + ");");
        w.Line("    });");
        w.Line("return " + Di + "HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, " + Literals.String(httpClientPrefix) + " + name);");
        w.Close();
    }
}
