using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>The committed specs/&lt;api&gt;/openapi.json files (the five SDKs) generate clean code.</summary>
public sealed class ApiSpecCompileTests
{
    public static readonly (string Api, string Namespace, string Client)[] Apis =
    {
        ("juhebot", "SpecGen.Sdk.Juhebot", "JuhebotClient"),
        ("napcat", "SpecGen.Sdk.NapCat", "NapCatClient"),
        ("maxim", "SpecGen.Sdk.Maxim", "MaximClient"),
        ("eyun", "SpecGen.Sdk.Eyun", "EyunClient"),
        ("wukongchat", "SpecGen.Sdk.WukongChat", "WukongChatClient"),
    };

    public static TheoryData<string> ApiNames()
    {
        var data = new TheoryData<string>();
        foreach (var api in Apis)
        {
            data.Add(api.Api);
        }

        return data;
    }

    public static string? SpecPath(string api)
    {
        string path = Path.Combine(TestFiles.BaseDirectory, "ApiSpecs", api, "openapi.json");
        return File.Exists(path) ? path : null;
    }

    public static SpecFile ApiSpec(string api)
    {
        var entry = Apis.Single(a => a.Api == api);
        return new SpecFile("/repo/specs/" + api + "/openapi.json", File.ReadAllText(SpecPath(api)!), entry.Namespace, entry.Client);
    }

    [Theory]
    [MemberData(nameof(ApiNames))]
    public void Api_spec_generates_code_that_compiles_cleanly(string api)
    {
        Assert.True(SpecPath(api) is not null, "specs/" + api + "/openapi.json is missing");

        GeneratorResult result = GeneratorHarness.Run(ApiSpec(api));

        result.AssertClean();
    }
}
