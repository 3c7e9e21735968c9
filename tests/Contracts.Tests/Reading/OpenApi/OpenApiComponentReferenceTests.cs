using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.OpenApi.OpenApiFixtures;

namespace Contracts.Tests.Reading.OpenApi;

/// <summary>Parameters, bodies, responses and examples by "$ref" are inlined; path-level parameters are merged.</summary>
public sealed class OpenApiComponentReferenceTests
{
    private const string Components = """
        {
          "parameters": {
            "PetId": {"name": "petId", "in": "path", "description": "宠物 ID", "schema": {"type": "integer"}},
            "Limit": {"$ref": "#/components/parameters/PageSize"},
            "PageSize": {"name": "limit", "in": "query", "required": true, "schema": {"type": "integer", "maximum": 100}},
            "Loop": {"$ref": "#/components/parameters/Loop"}
          },
          "requestBodies": {
            "PetBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"},
              "examples": {"cat": {"$ref": "#/components/examples/Cat"}}}}}
          },
          "responses": {
            "NotFound": {"description": "没有找到", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
          },
          "examples": {
            "Cat": {"summary": "猫", "value": {"name": "Tom"}}
          },
          "schemas": {
            "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}}
          }
        }
        """;

    private const string Paths = """
        {
          "/pets/{petId}": {
            "summary": "path items may carry documentation",
            "parameters": [
              {"$ref": "#/components/parameters/PetId"},
              {"name": "X-Tenant", "in": "header", "schema": {"type": "string"}}
            ],
            "get": {
              "parameters": [{"$ref": "#/components/parameters/Limit"}],
              "responses": {"404": {"$ref": "#/components/responses/NotFound"}}
            },
            "put": {
              "parameters": [{"name": "x-tenant", "in": "header", "required": true, "schema": {"type": "string"}}],
              "requestBody": {"$ref": "#/components/requestBodies/PetBody"},
              "responses": {}
            }
          }
        }
        """;

    [Fact]
    public void Path_level_parameters_come_first_and_references_are_followed()
    {
        var document = Read(Document(Paths, Components));

        Assert.Empty(document.Diagnostics);
        var get = document.Operations[0];
        Assert.Equal(new[] { "path petId True", "header X-Tenant False", "query limit True" },
            get.Parameters.Select(p => $"{p.In.ToString().ToLowerInvariant()} {p.Name} {p.Required}"));
        Assert.Equal("宠物 ID", get.Parameters[0].Description);
        Assert.Equal("100", get.Parameters[2].Schema.Constraints.Maximum!.Literal);
    }

    [Fact]
    public void An_operation_parameter_replaces_the_path_level_one_with_the_same_name_and_location()
    {
        var put = Read(Document(Paths, Components)).Operations[1];

        Assert.Equal(new[] { "petId", "x-tenant" }, put.Parameters.Select(p => p.Name));
        Assert.True(put.Parameters[1].Required);
    }

    [Fact]
    public void Response_and_body_references_are_inlined_with_their_examples()
    {
        var document = Read(Document(Paths, Components));

        var notFound = Assert.Single(document.Operations[0].Responses);
        Assert.Equal((404, "没有找到", "Error"), (notFound.StatusCode, notFound.Description, notFound.Schema!.Reference));
        var body = document.Operations[1].RequestBody!;
        Assert.Equal(("Pet", true), (body.Schema!.Reference, body.Required));
        Assert.Equal(("cat", "{\"name\":\"Tom\"}"), (Assert.Single(body.Examples).Name, body.Examples[0].Json));
        Assert.Equal(new[] { "Pet", "Error" }, document.Schemas.Select(s => s.Key));
    }

    [Fact]
    public void References_to_missing_or_cyclic_components_are_reported_and_skipped()
    {
        var document = Read(Document("""
            {"/a": {"get": {
              "parameters": [{"$ref": "#/components/parameters/Loop"}, {"$ref": "#/components/parameters/Nope"}, {"$ref": "#/components/schemas/Pet"}],
              "responses": {"200": {"$ref": "#/components/responses/Gone"}}
            }}}
            """, Components));

        Assert.All(document.Diagnostics, d => Assert.Equal(DiagnosticId.UnresolvedReference, d.Id));
        Assert.Equal(new[] { "#/components/parameters/Loop", "#/components/parameters/Nope", "#/components/schemas/Pet", "#/components/responses/Gone" },
            document.Diagnostics.Select(d => d.Arguments[0]));
        Assert.Empty(document.Operations[0].Parameters);
        Assert.Empty(document.Operations[0].Responses);
    }
}
