using SpecGen.Diff;

namespace SpecGen.Diff.Tests;

/// <summary>Builds small OpenAPI documents for the rule tests and diffs them.</summary>
internal static class Specs
{
    /// <summary>A whole document around a <c>paths</c> object (JSON text) and optional components / extra top-level members.</summary>
    public static string Doc(string paths, string components = "{}", string extra = "") =>
        """{"openapi":"3.0.3","info":{"title":"Pets","version":"1.0.0"},"paths":""" + paths + ""","components":""" + components + extra + "}";

    /// <summary><c>POST /pets</c> with a required JSON request body of <paramref name="schema"/>.</summary>
    public static string RequestBody(string schema, string components = "{}") =>
        Doc("""{"/pets":{"post":{"operationId":"addPet","requestBody":{"required":true,"content":{"application/json":{"schema":""" + schema + """}}},"responses":{"200":{"description":"ok"}}}}}""", components);

    /// <summary><c>GET /pets</c> whose 200 response has a JSON body of <paramref name="schema"/>.</summary>
    public static string ResponseBody(string schema, string components = "{}") =>
        Doc("""{"/pets":{"get":{"operationId":"listPets","responses":{"200":{"description":"ok","content":{"application/json":{"schema":""" + schema + "}}}}}}}", components);

    /// <summary><c>GET /pets</c> with the given parameters array.</summary>
    public static string Parameters(string parameters) =>
        Doc("""{"/pets":{"get":{"operationId":"listPets","parameters":""" + parameters + ""","responses":{"200":{"description":"ok"}}}}}""");

    /// <summary><c>GET /pets</c> with the given operation members (JSON members without braces) and a 200 response.</summary>
    public static string Operation(string members, string extra = "") =>
        Doc("""{"/pets":{"get":{"operationId":"listPets",""" + members + "\"responses\":{\"200\":{\"description\":\"ok\"}}}}}", extra: extra);

    public static DiffResult Compare(string oldJson, string newJson) =>
        SpecComparer.Compare(SpecDocument.Parse(oldJson, "old.json"), SpecDocument.Parse(newJson, "new.json"));

    /// <summary>Asserts that the diff found exactly this one change and returns it.</summary>
    public static Change Single(DiffResult result, Rule rule, string location)
    {
        var change = Assert.Single(result.Changes);
        Assert.Equal((rule.Id, location), (change.RuleId, change.Location));
        Assert.Equal(rule.Class, change.Class);
        return change;
    }

    /// <summary>The (rule, location) pairs found, in report order.</summary>
    public static (string Rule, string Location)[] Found(DiffResult result) =>
        result.Changes.Select(c => (c.RuleId, c.Location)).ToArray();
}
