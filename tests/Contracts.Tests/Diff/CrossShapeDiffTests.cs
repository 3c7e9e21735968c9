using Contracts.Tests.Reading.Markdown;
using Contracts.Tests.Tool;
using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>
/// `contracts diff` between two shapes of the same API (the Apifox Markdown export and the OpenAPI it was made from):
/// the shape itself is no change, a real edit is reported as itself.
/// </summary>
public sealed class CrossShapeDiffTests
{
    private const string OpenApi = """
        {
          "openapi": "3.0.1",
          "info": {"title": "商店", "version": "1.0.0"},
          "tags": [{"name": "商品"}],
          "paths": {
            "/goods": {
              "get": {
                "summary": "商品列表",
                "tags": ["商品"],
                "parameters": [
                  {"name": "page", "in": "query", "required": false, "schema": {"type": "integer", "title": "页码"}},
                  {"name": "X-Shop", "in": "header", "required": true, "schema": {"type": "string"}}
                ],
                "responses": {
                  "200": {
                    "description": "成功",
                    "content": {"application/json": {"schema": {"type": "object", "required": ["code", "data"], "properties": {
                      "code": {"type": "integer", "title": "状态码"},
                      "data": {"type": "array", "items": {"$ref": "#/components/schemas/Goods"}}
                    }}}}
                  }
                }
              }
            },
            "/goods/{id}": {
              "put": {
                "summary": "修改商品",
                "tags": ["商品"],
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Goods"}}}},
                "responses": {"200": {"description": "成功", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Goods"}}}}}
              }
            }
          },
          "components": {"schemas": {
            "Goods": {"type": "object", "required": ["id"], "properties": {
              "id": {"type": "integer", "format": "int64", "title": "编号"},
              "name": {"type": ["string", "null"], "title": "名称"}
            }}
          }}
        }
        """;

    private static readonly string Markdown = MarkdownFixtures.FrontMatter + """
        # 商店

        # 商品

        ## GET 商品列表

        GET /goods

        ### 请求参数

        |名称|位置|类型|必选|中文名|说明|
        |---|---|---|---|---|---|
        |page|query|integer| 否 | 页码|none|
        |X-Shop|header|string| 是 ||none|

        ### 返回结果

        |状态码|状态码含义|说明|数据模型|
        |---|---|---|---|
        |200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|成功|Inline|

        ### 返回数据结构

        状态码 **200**

        |名称|类型|必选|约束|中文名|说明|
        |---|---|---|---|---|---|
        |» code|integer|true|none|状态码|none|
        |» data|[[Goods](#schemagoods)]|true|none||none|

        ## PUT 修改商品

        PUT /goods/{id}

        ### 请求参数

        |名称|位置|类型|必选|说明|
        |---|---|---|---|---|
        |id|path|integer| 是 |none|
        |body|body|[Goods](#schemagoods)| 是 |none|

        ### 返回结果

        |状态码|状态码含义|说明|数据模型|
        |---|---|---|---|
        |200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|成功|[Goods](#schemagoods)|

        # 数据模型

        <h2 id="tocS_Goods">Goods</h2>

        <a id="schemagoods"></a>
        <a id="schema_Goods"></a>

        ### 属性

        |名称|类型|必选|约束|中文名|说明|
        |---|---|---|---|---|---|
        |id|integer(int64)|true|none|编号|none|
        |name|string¦null|false|none|名称|none|

        """;

    [Fact]
    public void The_markdown_export_against_its_openapi_has_no_changes()
    {
        using var temp = new TempFolder();

        var run = ToolRun.Of("diff", temp.Write("old/shop.openapi.json", OpenApi), temp.Write("new/shop.md", Markdown));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No changes.", run.Output);
    }

    [Fact]
    public void A_real_edit_across_shapes_is_reported_as_itself_only()
    {
        using var temp = new TempFolder();
        var edited = Markdown.Replace("|X-Shop|header|string| 是 ||none|\n", "").Replace("|name|string¦null|false|", "|name|string|false|");

        var run = ToolRun.Of("diff", temp.Write("old/shop.openapi.json", OpenApi), temp.Write("new/shop.md", edited));

        var output = run.Output;
        Assert.Contains("request-parameter-removed-required  header parameter X-Shop", output);
        Assert.Contains("request-property-became-non-nullable  request body /name", output);
        // Positions in the new side point at the Markdown line of the edited row.
        Assert.Contains("shop.md:" + (MarkdownFixtures.LineOf(edited, "|name|string|false|") + 1) + ":", output);
        Assert.Contains("1 breaking, 1 warning, 2 info", output);
    }

    private const string Swagger = """
        {
          "swagger": "2.0",
          "info": {"title": "商店", "version": "1.0.0"},
          "consumes": ["application/json"],
          "produces": ["application/json"],
          "paths": {
            "/goods": {
              "get": {
                "summary": "商品列表",
                "tags": ["商品"],
                "parameters": [
                  {"name": "page", "in": "query", "required": false, "type": "integer", "title": "页码"},
                  {"name": "X-Shop", "in": "header", "required": true, "type": "string"}
                ],
                "responses": {"200": {"description": "成功", "schema": {"type": "object", "required": ["code", "data"], "properties": {
                  "code": {"type": "integer", "title": "状态码"},
                  "data": {"type": "array", "items": {"$ref": "#/definitions/Goods", "originalRef": "Goods"}}
                }}}}
              }
            },
            "goods/{id}": {
              "put": {
                "summary": "修改商品",
                "tags": ["商品"],
                "parameters": [
                  {"name": "id", "in": "path", "required": true, "type": "integer"},
                  {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Goods"}}
                ],
                "responses": {"200": {"description": "成功", "schema": {"$ref": "#/definitions/Goods"}}}
              }
            }
          },
          "definitions": {
            "Goods": {"type": "object", "required": ["id"], "properties": {
              "id": {"type": "integer", "format": "int64", "title": "编号"},
              "name": {"type": "string", "x-nullable": true, "title": "名称"}
            }}
          }
        }
        """;

    [Fact]
    public void Swagger_2_against_the_same_api_in_openapi_3_has_no_changes_and_a_real_edit_is_reported()
    {
        using var temp = new TempFolder();
        var old = temp.Write("old/shop.openapi.json", OpenApi);

        var same = ToolRun.Of("diff", old, temp.Write("new/shop.swagger.json", Swagger));
        // Swagger 2.0 has no null type; without "x-nullable" the member is no longer nullable, which is real for a client.
        var edited = ToolRun.Of("diff", old, temp.Write("edited/shop.swagger.json", Swagger.Replace("\"x-nullable\": true, ", "")));

        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("No changes.", same.Output);
        Assert.Contains("request-property-became-non-nullable  request body /name", edited.Output);
    }
}
