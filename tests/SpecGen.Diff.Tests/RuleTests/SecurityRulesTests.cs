using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class SecurityRulesTests
{
    private const string Schemes = """{"securitySchemes":{"token":{"type":"apiKey","in":"header","name":"token"},"basic":{"type":"http","scheme":"basic"}}}""";

    private static string Get(string security, string global = "", string schemes = Schemes) =>
        Doc("{\"/pets\":{\"get\":{" + security + "\"responses\":{\"200\":{\"description\":\"ok\"}}}}}", schemes, global);

    [Fact]
    public void Security_added_to_a_public_operation_is_breaking()
    {
        var change = Single(Compare(Get(""), Get("\"security\":[{\"token\":[]}],")), Rules.SecurityAdded, "GET /pets security");
        Assert.Equal(("none", "token"), (change.Old, change.New));
    }

    [Fact]
    public void Security_removed_from_an_operation_is_non_breaking() =>
        Single(Compare(Get("\"security\":[{\"token\":[]}],"), Get("")), Rules.SecurityRemoved, "GET /pets security");

    [Fact]
    public void Optional_security_counts_as_public() =>
        Single(Compare(Get("\"security\":[{},{\"token\":[]}],"), Get("\"security\":[{\"token\":[]}],")), Rules.SecurityAdded, "GET /pets security");

    [Fact]
    public void Document_level_security_applies_to_operations_without_their_own() =>
        Single(Compare(Get(""), Get("", ",\"security\":[{\"token\":[]}]")), Rules.SecurityAdded, "GET /pets security");

    [Fact]
    public void Operation_security_overrides_document_security() =>
        Single(Compare(Get("\"security\":[],", ",\"security\":[{\"token\":[]}]"), Get("", ",\"security\":[{\"token\":[]}]")), Rules.SecurityAdded, "GET /pets security");

    [Fact]
    public void Added_alternative_is_non_breaking_and_removed_alternative_is_breaking()
    {
        const string one = "\"security\":[{\"token\":[]}],";
        const string two = "\"security\":[{\"token\":[]},{\"basic\":[]}],";
        Assert.Equal("basic", Single(Compare(Get(one), Get(two)), Rules.SecurityAlternativeAdded, "GET /pets security").New);
        Assert.Equal("basic", Single(Compare(Get(two), Get(one)), Rules.SecurityAlternativeRemoved, "GET /pets security").Old);
    }

    [Fact]
    public void Changed_security_scheme_header_is_breaking()
    {
        var change = Single(Compare(Get(""), Get("", schemes: Schemes.Replace("\"name\":\"token\"", "\"name\":\"Authorization\""))),
            Rules.SecuritySchemeChanged, "components.securitySchemes.token.name");
        Assert.Equal(("token", "Authorization"), (change.Old, change.New));
    }
}
