using System.Linq;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.OpenApi.OpenApiFixtures;

namespace Contracts.Tests.Reading.OpenApi;

/// <summary>An OpenAPI 3.0.1 export in Apifox's older shape, with its x-apifox-* extensions.</summary>
public sealed class ApifoxOpenApiExportTests
{
    private const string Export = """
        {
          "openapi": "3.0.1",
          "info": {
            "title": "个人项目",
            "description": "",
            "version": "1.0.0"
          },
          "tags": [
            {
              "name": "华东南一级DM测试 "
            }
          ],
          "paths": {
            "/meters/{id}": {
              "get": {
                "summary": "读取测点",
                "x-apifox-folder": "华东南一级DM测试/华东南宁波附加服务器测试",
                "x-apifox-status": "released",
                "deprecated": false,
                "description": "按编号读取",
                "operationId": "getMeter",
                "tags": [
                  "华东南一级DM测试/华东南宁波附加服务器测试"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "description": "测点编号",
                    "example": "7",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "verbose",
                    "in": "query",
                    "description": "",
                    "required": false,
                    "example": true,
                    "schema": {
                      "type": "boolean"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "成功",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "code": {
                              "type": "integer",
                              "minimum": 0,
                              "maximum": 0
                            },
                            "name": {
                              "type": "string",
                              "nullable": true
                            }
                          },
                          "x-apifox-orders": [
                            "name",
                            "code"
                          ],
                          "required": [
                            "code"
                          ],
                          "x-apifox-ignore-properties": []
                        },
                        "examples": {}
                      }
                    },
                    "headers": {}
                  }
                },
                "security": [],
                "x-run-in-apifox": "https://www.apifox.cn/web/project/1/apis/api-2-run"
              }
            },
            "/meters": {
              "post": {
                "summary": "新建测点",
                "x-apifox-folder": "a\\/b/c\\\\d",
                "x-apifox-status": "obsolete",
                "deprecated": true,
                "description": "",
                "tags": [
                  "华东南一级DM测试 "
                ],
                "parameters": [],
                "responses": {}
              },
              "delete": {
                "summary": "",
                "x-apifox-name": "删除全部测点",
                "deprecated": false,
                "description": "",
                "tags": [
                  "华东南一级DM测试 "
                ],
                "parameters": [],
                "responses": {}
              }
            }
          },
          "components": {
            "schemas": {},
            "securitySchemes": {
              "jwt token": {
                "type": "http",
                "scheme": "bearer"
              }
            }
          },
          "servers": [],
          "security": []
        }
        """;

    [Fact]
    public void Reads_every_operation_with_no_diagnostics()
    {
        var document = Read(Export);

        Assert.Empty(document.Diagnostics);
        Assert.Equal("个人项目", document.Title);
        Assert.Equal(new[] { "GET /meters/{id}", "POST /meters", "DELETE /meters" }, document.Operations.Select(o => o.Method + " " + o.Path));
    }

    [Fact]
    public void Folder_comes_from_x_apifox_folder_split_into_levels()
    {
        var operation = Read(Export).Operations[0];

        Assert.Equal(new[] { "华东南一级DM测试", "华东南宁波附加服务器测试" }, operation.Folder);
        Assert.Equal("getMeter", operation.OperationId);
        Assert.Equal("读取测点", operation.Summary);
        Assert.Equal("按编号读取", operation.Description);
    }

    [Fact]
    public void Folder_escapes_keep_slashes_and_backslashes_inside_a_level()
    {
        Assert.Equal(new[] { "a/b", "c\\d" }, Read(Export).Operations[1].Folder);
    }

    [Fact]
    public void Without_x_apifox_folder_the_first_tag_trimmed_is_the_folder()
    {
        var operation = Read(Export).Operations[2];

        Assert.Equal(new[] { "华东南一级DM测试" }, operation.Folder);
        Assert.Equal("删除全部测点", operation.Summary);
        Assert.Null(operation.Description);
    }

    [Fact]
    public void Path_parameters_are_required_even_without_required()
    {
        var parameters = Read(Export).Operations[0].Parameters;

        Assert.Equal(("id", ParameterLocation.Path, true, "7", "测点编号"), (parameters[0].Name, parameters[0].In, parameters[0].Required, parameters[0].Example, parameters[0].Description));
        Assert.Equal(("verbose", ParameterLocation.Query, false, "true", (string?)null), (parameters[1].Name, parameters[1].In, parameters[1].Required, parameters[1].Example, parameters[1].Description));
        Assert.Equal(SchemaType.Boolean, parameters[1].Schema.Type);
    }

    [Fact]
    public void Response_schema_keeps_apifox_order_nullability_and_bounds()
    {
        var response = Assert.Single(Read(Export).Operations[0].Responses);

        Assert.Equal((200, "成功", "application/json"), (response.StatusCode, response.Description, response.MediaType));
        Assert.Empty(response.Examples);
        var schema = response.Schema!;
        Assert.Equal(new[] { "name", "code" }, schema.Properties.Select(p => p.JsonName));
        Assert.True(schema.Properties[0].Schema.Nullable);
        Assert.True(schema.Properties[1].Required);
        Assert.Equal("0", schema.Properties[1].Schema.Constraints.Maximum!.Literal);
    }

    [Fact]
    public void Operations_without_responses_or_body_have_none()
    {
        var operation = Read(Export).Operations[1];

        Assert.Null(operation.RequestBody);
        Assert.Empty(operation.Responses);
        Assert.Empty(operation.Parameters);
    }

    [Fact]
    public void Apidog_twins_of_the_extensions_are_read_too()
    {
        var operation = Read(OpenApiFixtures.OneOperation("""
            {"summary": "", "x-apidog-name": "Create thing", "x-apidog-folder": "Things/Admin", "x-apidog-status": "released", "tags": ["Other"], "responses": {}}
            """)).Operations[0];

        Assert.Equal("Create thing", operation.Summary);
        Assert.Equal(new[] { "Things", "Admin" }, operation.Folder);
    }

    [Fact]
    public void A_plain_document_without_extensions_or_tags_has_no_folder()
    {
        var operation = Read(OpenApiFixtures.OneOperation("""{"operationId": "createThing", "responses": {"201": {"description": "Created"}}}""")).Operations[0];

        Assert.Equal(("createThing", (string?)null), (operation.OperationId, operation.Summary));
        Assert.Empty(operation.Folder);
    }
}
