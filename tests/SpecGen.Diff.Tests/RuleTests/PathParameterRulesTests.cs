using static SpecGen.Diff.Tests.Specs;

namespace SpecGen.Diff.Tests.RuleTests;

public class PathParameterRulesTests
{
    private static string PathParam(string name, string type = "string") =>
        """{"name":"NAME","in":"path","required":true,"schema":{"type":"TYPE"}}""".Replace("NAME", name, StringComparison.Ordinal).Replace("TYPE", type, StringComparison.Ordinal);

    private static string Get(string path, params string[] parameters) =>
        Doc("{\"" + path + "\":{\"get\":{\"operationId\":\"getItem\",\"parameters\":[" + string.Join(",", parameters)
            + "],\"responses\":{\"200\":{\"description\":\"ok\"}}}}}");

    [Fact]
    public void A_renamed_path_parameter_is_a_rename_not_an_operation_removed_and_added()
    {
        var result = Compare(Get("/users/{id}", PathParam("id")), Get("/users/{userId}", PathParam("userId")));
        var change = Single(result, Rules.RequestPathParameterRenamed, "GET /users/{userId} path parameter userId");
        Assert.Equal(("id", "userId", ChangeClass.Breaking), (change.Old, change.New, change.Class));
        Assert.Equal(("GET", "/users/{userId}"), (change.Method, change.Path));
        Assert.Contains("callers passing it by name", change.Message, StringComparison.Ordinal);
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void A_renamed_path_parameter_is_still_compared()
    {
        var result = Compare(Get("/users/{id}", PathParam("id")), Get("/users/{userId}", PathParam("userId", "integer")));
        Assert.Equal(
            [("request-path-parameter-renamed", "GET /users/{userId} path parameter userId"), ("type-changed", "GET /users/{userId} path parameter userId")],
            Found(result));
    }

    [Fact]
    public void Only_the_renamed_position_is_a_rename()
    {
        var result = Compare(
            Get("/groups/{groupId}/members/{id}", PathParam("groupId"), PathParam("id")),
            Get("/groups/{groupId}/members/{memberId}", PathParam("groupId"), PathParam("memberId")));
        Assert.Equal([("request-path-parameter-renamed", "GET /groups/{groupId}/members/{memberId} path parameter memberId")], Found(result));
    }

    [Fact]
    public void Two_path_parameters_swapped_in_the_template_and_declaration_are_breaking()
    {
        var result = Compare(
            Get("/groups/{groupId}/members/{userId}", PathParam("groupId"), PathParam("userId")),
            Get("/groups/{userId}/members/{groupId}", PathParam("userId"), PathParam("groupId")));
        Assert.Equal(
            [("request-parameters-reordered", "GET /groups/{userId}/members/{groupId} parameters"),
             ("request-path-parameters-reordered", "GET /groups/{userId}/members/{groupId} path parameters")],
            Found(result));
        Assert.All(result.Changes, c => Assert.Equal(ChangeClass.Breaking, c.Class));
        Assert.All(result.Changes, c => Assert.Equal(("groupId, userId", "userId, groupId"), (c.Old, c.New)));
        Assert.Contains("positional callers of same-typed arguments still compile", result.Changes[0].Message, StringComparison.Ordinal);
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void Swapped_declarations_on_the_same_path_swap_the_csharp_arguments()
    {
        var result = Compare(
            Get("/groups/{groupId}/members/{userId}", PathParam("groupId"), PathParam("userId")),
            Get("/groups/{groupId}/members/{userId}", PathParam("userId"), PathParam("groupId")));
        var change = Single(result, Rules.RequestParametersReordered, "GET /groups/{groupId}/members/{userId} parameters");
        Assert.Equal(("groupId, userId", "userId, groupId"), (change.Old, change.New));
    }

    [Fact]
    public void A_template_swap_with_the_same_declaration_keeps_the_csharp_arguments()
    {
        var result = Compare(
            Get("/groups/{groupId}/members/{userId}", PathParam("groupId"), PathParam("userId")),
            Get("/groups/{userId}/members/{groupId}", PathParam("groupId"), PathParam("userId")));
        Single(result, Rules.RequestPathParametersReordered, "GET /groups/{userId}/members/{groupId} path parameters");
    }

    [Fact]
    public void A_parameter_that_became_optional_moves_behind_the_required_arguments()
    {
        const string a = """{"name":"a","in":"query","required":true,"schema":{"type":"string"}}""";
        const string b = """{"name":"b","in":"query","required":true,"schema":{"type":"string"}}""";
        var result = Compare(Get("/items", a, b), Get("/items", a.Replace("true", "false", StringComparison.Ordinal), b));
        Assert.Equal([("request-parameters-reordered", "GET /items parameters"), ("request-parameter-became-optional", "GET /items query parameter a")], Found(result));
        Assert.Equal(("a, b", "b, a"), (result.Changes[0].Old, result.Changes[0].New));
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void An_optional_parameter_added_at_the_end_moves_nothing()
    {
        const string a = """{"name":"a","in":"query","schema":{"type":"string"}}""";
        const string b = """{"name":"b","in":"query","schema":{"type":"string"}}""";
        Assert.Equal([("new-optional-request-parameter", "GET /items query parameter b")], Found(Compare(Get("/items", a), Get("/items", a, b))));
    }

    [Fact]
    public void An_optional_parameter_added_in_front_moves_the_existing_arguments()
    {
        const string a = """{"name":"a","in":"query","schema":{"type":"string"}}""";
        const string b = """{"name":"b","in":"query","schema":{"type":"string"}}""";
        var result = Compare(Get("/items", a), Get("/items", b, a));
        Assert.Equal([("request-parameters-reordered", "GET /items parameters"), ("new-optional-request-parameter", "GET /items query parameter b")], Found(result));
        Assert.Equal(("a", "b, a"), (result.Changes[0].Old, result.Changes[0].New));
    }

    [Fact]
    public void A_new_required_parameter_is_not_also_a_reorder() =>
        Assert.Equal([("new-required-request-parameter", "GET /items query parameter b")],
            Found(Compare(Get("/items", """{"name":"a","in":"query","schema":{"type":"string"}}"""), Get("/items", """{"name":"b","in":"query","required":true,"schema":{"type":"string"}}""", """{"name":"a","in":"query","schema":{"type":"string"}}"""))));

    [Fact]
    public void A_path_whose_shape_changes_is_still_removed_and_added()
    {
        var result = Compare(Get("/users/{id}", PathParam("id")), Get("/people/{id}", PathParam("id")));
        Assert.Equal([("endpoint-removed", "GET /users/{id}"), ("endpoint-added", "GET /people/{id}")], Found(result));
    }

    [Fact]
    public void An_ambiguous_match_is_not_guessed()
    {
        var two = Doc("""{"/users/{a}":{"get":{"responses":{"200":{"description":"ok"}}}},"/users/{b}":{"get":{"responses":{"200":{"description":"ok"}}}}}""");
        var result = Compare(two, Doc("""{"/users/{c}":{"get":{"responses":{"200":{"description":"ok"}}}}}"""));
        Assert.Equal(3, result.Changes.Count);
        Assert.DoesNotContain(result.Changes, c => c.Rule == Rules.RequestPathParameterRenamed);
    }
}
