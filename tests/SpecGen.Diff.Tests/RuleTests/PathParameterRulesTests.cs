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
        var found = Found(result);
        Assert.Equal(
            [("request-path-parameters-reordered", "GET /groups/{userId}/members/{groupId} path parameters"),
             ("request-path-parameters-reordered", "GET /groups/{userId}/members/{groupId} path parameters")],
            found);
        Assert.All(result.Changes, c => Assert.Equal(ChangeClass.Breaking, c.Class));
        Assert.Contains(result.Changes, c => c.Message.Contains("the generated method's arguments swap places", StringComparison.Ordinal));
        Assert.Equal(("groupId, userId", "userId, groupId"), (result.Changes[0].Old, result.Changes[0].New));
        Assert.Equal(SemVerBump.Major, result.SuggestedBump);
    }

    [Fact]
    public void Swapped_declarations_on_the_same_path_swap_the_csharp_arguments()
    {
        var result = Compare(
            Get("/groups/{groupId}/members/{userId}", PathParam("groupId"), PathParam("userId")),
            Get("/groups/{groupId}/members/{userId}", PathParam("userId"), PathParam("groupId")));
        var change = Single(result, Rules.RequestPathParametersReordered, "GET /groups/{groupId}/members/{userId} path parameters");
        Assert.Contains("in their declaration", change.Message, StringComparison.Ordinal);
    }

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
