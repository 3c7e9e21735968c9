using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Xunit;

namespace Contracts.Tests.Reading.Swagger;

/// <summary>Swagger 2.0 documents for tests, read through the real entry point so detection is tested too.</summary>
internal static class SwaggerFixtures
{
    public const string FilePath = "specs/shop.swagger.json";

    public static ApiDocument Read(string text, string filePath = FilePath)
    {
        var document = ApiDocumentReader.Read(filePath, text, default);
        Assert.NotNull(document);
        Assert.Equal(SourceFormat.Swagger, document!.Format);
        return document;
    }

    /// <summary>A springfox-style shop API: every Swagger 2.0 feature the reader handles, in one document.</summary>
    public const string Shop = """
        {
          "swagger": "2.0",
          "info": {"title": "商店", "version": "1.0"},
          "host": "localhost:8080",
          "basePath": "/",
          "consumes": ["application/json;charset=UTF-8"],
          "produces": ["application/json;charset=UTF-8"],
          "securityDefinitions": {"token": {"type": "apiKey", "name": "Authorization", "in": "header"}},
          "parameters": {
            "page": {"name": "page", "in": "query", "type": "integer", "format": "int32", "description": "页码，最小值1", "x-example": 2}
          },
          "responses": {
            "NotFound": {"description": "Not Found", "schema": {"$ref": "#/definitions/Result«string»"}}
          },
          "paths": {
            "/api/goods{?page,tags}": {
              "get": {
                "tags": ["商品"],
                "summary": "商品列表",
                "operationId": "listUsingGET",
                "parameters": [
                  {"$ref": "#/parameters/page"},
                  {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
                  {"name": "X-Shop", "in": "header", "type": "string", "required": true, "default": "main"}
                ],
                "responses": {
                  "200": {"description": "OK", "schema": {"$ref": "#/definitions/Result«List«Goods»»", "originalRef": "Result«List«Goods»»"},
                          "examples": {"application/json;charset=UTF-8": {"code": 0, "data": [{"id": 7, "name": "茶"}]}}},
                  "401": {"description": "Unauthorized"}
                }
              }
            },
            "api/goods/{id}": {
              "parameters": [{"name": "id", "in": "path", "type": "integer", "format": "int64", "required": true}],
              "put": {
                "tags": ["商品"],
                "operationId": "updateUsingPUT",
                "parameters": [{"in": "body", "name": "goods", "required": true, "schema": {"$ref": "#/definitions/Goods"}, "x-examples": {"tea": {"id": 7, "name": "茶"}}}],
                "responses": {"200": {"description": "OK", "schema": {"$ref": "#/definitions/Goods"}}, "404": {"$ref": "#/responses/NotFound"}}
              },
              "delete": {
                "tags": ["商品"],
                "operationId": "removeUsingDELETE",
                "deprecated": true,
                "responses": {"200": {"description": "OK", "schema": {"$ref": "#/definitions/Missing«Thing»"}}}
              }
            },
            "/api/goods/{id}/photo": {
              "post": {
                "tags": ["商品"],
                "operationId": "uploadUsingPOST",
                "consumes": ["multipart/form-data"],
                "parameters": [
                  {"name": "id", "in": "path", "type": "integer", "required": true},
                  {"name": "file", "in": "formData", "type": "file", "required": true},
                  {"name": "caption", "in": "formData", "type": "string", "maxLength": 20}
                ],
                "responses": {"200": {"description": "OK", "schema": {"type": "object", "properties": {"size": {"type": "integer"}}}}}
              }
            }
          },
          "definitions": {
            "Goods": {"type": "object", "required": ["id"], "properties": {
              "id": {"type": "integer", "format": "int64"},
              "name": {"type": "string", "description": "名称，默认值:茶"},
              "kind": {"type": "string", "enum": ["TEA", "CUP"]}
            }},
            "Result«List«Goods»»": {"type": "object", "properties": {
              "code": {"type": "integer", "format": "int32"},
              "data": {"type": "array", "items": {"$ref": "#/definitions/Goods", "originalRef": "Goods"}}
            }},
            "Result«string»": {"type": "object", "properties": {"code": {"type": "integer"}, "data": {"type": "string"}}},
            " 购物 车 Vo ": {"type": "object", "properties": {"total": {"type": "number"}}}
          }
        }
        """;
}
