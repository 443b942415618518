namespace SpecGen.Core.Tests.RoundTrip;

public class OpenApiFactsTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "t", "version": "1" },
          "paths": {
            "/groups/{id}/members": {
              "parameters": [
                { "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "format": "int64" } },
                { "$ref": "#/components/parameters/Lang" }
              ],
              "post": {
                "parameters": [
                  { "name": "role", "in": "query", "schema": { "type": "array", "items": { "type": "string", "enum": ["owner", "admin"] } } },
                  { "name": "Lang", "in": "header", "required": true, "schema": { "type": "string" } },
                  { "name": "authorization", "in": "header", "required": true, "schema": { "type": "string" } }
                ],
                "requestBody": {
                  "required": true,
                  "content": { "application/json": { "schema": { "$ref": "#/components/schemas/成员" } } }
                },
                "responses": {
                  "200": { "description": "ok", "content": { "application/json": { "schema": {
                    "type": "array", "items": { "allOf": [ { "$ref": "#/components/schemas/成员" }, { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } } ] }
                  } } } },
                  "400": { "description": "bad", "content": { "application/json": { "schema": { "type": "object", "properties": { "code": { "type": "integer" } } } } } }
                }
              },
              "delete": { "responses": { "204": { "description": "gone" } } }
            }
          },
          "components": {
            "parameters": { "Lang": { "name": "Lang", "in": "header", "schema": { "type": "string", "enum": ["zh", "en"] } } },
            "schemas": {
              "成员": {
                "type": "object",
                "required": ["user_id", "level"],
                "properties": {
                  "user_id": { "oneOf": [ { "type": "number" }, { "type": "string" }, { "type": "string" } ] },
                  "level": { "type": "integer", "enum": [2, 1] },
                  "card": { "type": "string", "nullable": true },
                  "manager": { "$ref": "#/components/schemas/成员" },
                  "tags": { "type": "array", "items": { "type": "string" } },
                  "extra": { "type": "object", "additionalProperties": { "type": "integer" } },
                  "anything": {}
                }
              }
            }
          }
        }
        """;

    [Fact]
    public void Extracts_operations_parameters_fields_and_enums_with_the_documented_normalizations()
    {
        string[] expected =
        [
            "DELETE /groups/{id}/members",
            "DELETE /groups/{id}/members param header Lang required=false type=string",
            "DELETE /groups/{id}/members param header Lang enum=en|zh",
            "DELETE /groups/{id}/members param path id required=true type=integer",
            "POST /groups/{id}/members",
            "POST /groups/{id}/members param header Lang required=true type=string", // the operation's own overrides the path-level one
            "POST /groups/{id}/members param path id required=true type=integer",
            "POST /groups/{id}/members param query role required=false type=array<string>",
            "POST /groups/{id}/members param query role[] enum=admin|owner",
            "POST /groups/{id}/members request $ type=object required=true",
            "POST /groups/{id}/members request anything type=any required=false",
            "POST /groups/{id}/members request card type=string required=false",
            "POST /groups/{id}/members request extra type=object required=false",
            "POST /groups/{id}/members request level enum=1|2",
            "POST /groups/{id}/members request level type=integer required=true",
            "POST /groups/{id}/members request manager type=object required=false", // a cycle: not expanded again
            "POST /groups/{id}/members request tags type=array<string> required=false",
            "POST /groups/{id}/members request user_id type=union<number|string> required=true",
            "POST /groups/{id}/members response $ type=array<object>",
            "POST /groups/{id}/members response [].anything type=any required=false",
            "POST /groups/{id}/members response [].card type=string required=false",
            "POST /groups/{id}/members response [].extra type=object required=false",
            "POST /groups/{id}/members response [].id type=string required=true",
            "POST /groups/{id}/members response [].level enum=1|2",
            "POST /groups/{id}/members response [].level type=integer required=true",
            "POST /groups/{id}/members response [].manager type=object required=false",
            "POST /groups/{id}/members response [].manager.anything type=any required=false",
            "POST /groups/{id}/members response [].manager.card type=string required=false",
            "POST /groups/{id}/members response [].manager.extra type=object required=false",
            "POST /groups/{id}/members response [].manager.level enum=1|2",
            "POST /groups/{id}/members response [].manager.level type=integer required=true",
            "POST /groups/{id}/members response [].manager.manager type=object required=false",
            "POST /groups/{id}/members response [].manager.tags type=array<string> required=false",
            "POST /groups/{id}/members response [].manager.user_id type=union<number|string> required=true",
            "POST /groups/{id}/members response [].tags type=array<string> required=false",
            "POST /groups/{id}/members response [].user_id type=union<number|string> required=true",
        ];

        var facts = OpenApiFacts.Extract(Spec);

        Assert.Equal(expected.Order(StringComparer.Ordinal), facts);
    }

    [Fact]
    public void Differences_in_types_requiredness_and_enums_are_visible()
    {
        var original = OpenApiFacts.Extract(Spec);
        var changed = OpenApiFacts.Extract(Spec
            .Replace("\"required\": [\"user_id\", \"level\"]", "\"required\": [\"user_id\"]")
            .Replace("\"enum\": [2, 1]", "\"enum\": [1, 2, 3]")
            .Replace("\"card\": { \"type\": \"string\"", "\"card\": { \"type\": \"integer\""));

        Assert.Contains("POST /groups/{id}/members request level type=integer required=false", changed.Except(original));
        Assert.Contains("POST /groups/{id}/members request level enum=1|2|3", changed.Except(original));
        Assert.Contains("POST /groups/{id}/members request card type=integer required=false", changed.Except(original));
        Assert.Contains("POST /groups/{id}/members request card type=string required=false", original.Except(changed));
    }

    [Fact]
    public void A_document_without_paths_has_no_facts_and_a_self_reference_terminates()
    {
        Assert.Empty(OpenApiFacts.Extract("""{ "openapi": "3.0.0", "info": { "title": "t", "version": "1" } }"""));

        var facts = OpenApiFacts.Extract("""
            { "openapi": "3.0.0", "paths": { "/n": { "get": { "responses": { "200": { "description": "", "content": {
              "application/json": { "schema": { "$ref": "#/components/schemas/Node" } } } } } } } },
              "components": { "schemas": { "Node": { "type": "object", "properties": {
                "children": { "type": "array", "items": { "$ref": "#/components/schemas/Node" } } } } } } }
            """);

        Assert.Equal(
            ["GET /n", "GET /n response $ type=object", "GET /n response children type=array<object> required=false"],
            facts);
    }
}
