namespace SpecGen.Cli.Tests;

/// <summary>Small OpenAPI documents for the release tests: a released one and changes to it.</summary>
internal static class Specs
{
    /// <summary>An OpenAPI 3.0 document with <paramref name="infoVersion"/> and one GET operation per path.</summary>
    public static string With(string infoVersion, params string[] paths)
    {
        var operations = string.Join(",\n", paths.Select(p =>
            $$"""    "{{p}}": { "get": { "operationId": "get{{p.Trim('/').Replace("/", "_", StringComparison.Ordinal)}}", "summary": "Get {{p}}", "responses": { "200": { "description": "ok" } } } }"""));
        return $$"""
            {
              "openapi": "3.0.3",
              "info": { "title": "Demo", "version": "{{infoVersion}}" },
              "paths": {
            {{operations}}
              }
            }
            """;
    }
}
