using SpecGen.Core.Diagnostics;
using static SpecGen.Core.Tests.Readers.ReaderTestSupport;

namespace SpecGen.Core.Tests.Readers;

/// <summary>The openapi-to-md reader on snippets in openapi-to-md 1.1.1's layout.</summary>
public sealed class OpenApiToMdReaderTests
{
    private const string Doc = """
        # Demo

        > Version 2.1.0

        A demo API.

        ## Path Table

        | Method | Path | Description |
        | --- | --- | --- |
        | POST | [/folders/{folder_id}/items](#postfoldersfolder_iditems) | Add an item |

        ## Path Details

        ***

        ### [POST]/folders/{folder_id}/items

        - Summary  
        Add an item

        - Operation id  
        addItem

        - Description  
        Adds an item.  
          
        ## Rules  
          
        - one item per name  
        - names are case-sensitive  
          
        ### Limits  
          
        | Limit | Value |  
        | --- | --- |  
        | items | 100 |

        #### Parameters(Query)

        ```typescript
        mode?: enum[fast, safe]
        ```

        #### Headers

        ```typescript
        X-Trace: string
        ```

        #### RequestBody

        - application/json

        ```typescript
        {
          // the name
          name: string
          size?: integer //default: 1
          tags?: string[]
          level: enum[1, 2, 3]
          folder: {
            id: integer
            parent:#/components/schemas/Folder
          }
        }
        ```

        #### Responses

        - 200 the item

        `application/json`

        ```typescript
        {
          id: integer
          owner?: number | string
        }[]
        ```

        - Examples

          - two

        ```json
        {
          "summary": "two items",
          "value": [
            {
              "id": 1
            },
            {
              "id": 2,
              "owner": "x"
            }
          ]
        }
        ```

        - 404 not found

        ## References

        ### #/components/schemas/Folder

        ```typescript
        {
          id: integer
          parent: {
            id: integer
            parent:#/components/schemas/Folder
          }
        }
        ```
        """;

    [Fact]
    public void Reads_operations_parameters_body_and_responses()
    {
        var (json, result) = Convert(Doc);

        Assert.Equal("openapi-to-md", result.Dialect);
        Assert.Equal("2.1.0", json["info"]!["version"]!.GetValue<string>());
        var operation = Operation(json, "POST", "/folders/{folder_id}/items");
        Assert.Equal("addItem", operation["operationId"]!.GetValue<string>());
        Assert.Equal("Add an item", operation["summary"]!.GetValue<string>());
        var parameters = operation["parameters"]!.AsArray();
        Assert.Equal(["mode", "X-Trace", "folder_id"], parameters.Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(["fast", "safe"], Strings(parameters[0]!["schema"]!["enum"]));
        Assert.True(parameters[1]!["required"]!.GetValue<bool>());

        var body = BodySchema(json, "POST", "/folders/{folder_id}/items");
        Assert.Equal(["name", "size", "tags", "level", "folder"], Keys(body["properties"]));
        Assert.Equal(["name", "level"], Strings(body["required"]));
        Assert.Equal("integer", body["properties"]!["level"]!["type"]!.GetValue<string>());
        Assert.Equal("array", body["properties"]!["tags"]!["type"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/Folder", body["properties"]!["folder"]!["$ref"]!.GetValue<string>());

        var response = ResponseSchema(json, "POST", "/folders/{folder_id}/items")!;
        Assert.Equal("array", response["type"]!.GetValue<string>());
        Assert.Equal(2, response["items"]!["properties"]!["owner"]!["oneOf"]!.AsArray().Count);
        Assert.NotNull(operation["responses"]!["404"]);
        var example = operation["responses"]!["200"]!["content"]!["application/json"]!["example"]!.AsArray();
        Assert.Equal(2, example[1]!["id"]!.GetValue<int>());
    }

    [Fact]
    public void A_description_with_headings_lists_and_tables_ends_nothing()
    {
        var (json, _) = Convert(Doc);

        var description = Operation(json, "POST", "/folders/{folder_id}/items")["description"]!.GetValue<string>();
        Assert.Contains("## Rules", description, StringComparison.Ordinal);
        Assert.Contains("| items | 100 |", description, StringComparison.Ordinal);
        Assert.Equal(3, Operation(json, "POST", "/folders/{folder_id}/items")["parameters"]!.AsArray().Count);
    }

    [Fact]
    public void Enums_of_fields_with_the_same_name_and_depth_stay_apart()
    {
        const string doc = """
            ## Path Details

            ### [POST]/pairs

            #### RequestBody

            - application/json

            ```typescript
            {
              a: {
                kind: enum[x, y]
              }
              b: {
                kind?: enum[p, q]
              }
            }
            ```
            """;

        var (json, _) = Convert(doc);

        var body = BodySchema(json, "POST", "/pairs")["properties"]!;
        Assert.Equal(["x", "y"], Strings(body["a"]!["properties"]!["kind"]!["enum"]));
        Assert.Equal(["p", "q"], Strings(body["b"]!["properties"]!["kind"]!["enum"]));
    }

    [Fact]
    public void A_recursive_model_printed_expanded_stays_recursive()
    {
        var (json, _) = Convert(Doc);

        var folder = json["components"]!["schemas"]!["Folder"]!;
        Assert.Equal("#/components/schemas/Folder", folder["properties"]!["parent"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void What_openapi_to_md_does_not_print_is_reported_where_it_was_guessed()
    {
        var (_, result) = Convert(Doc);

        var codes = result.Diagnostics.Select(d => d.Code).ToHashSet();
        Assert.Contains(DiagnosticCodes.PathParameterFromTemplate, codes);
        Assert.Contains(DiagnosticCodes.EnumTypeFromValues, codes);
        Assert.Contains(DiagnosticCodes.RequiredNotPrinted, codes);
        Assert.Contains(DiagnosticCodes.ModelFromFields, codes);
        Assert.All(result.Diagnostics, d => Assert.True(d.Line > 0));
    }
}
