namespace Contracts.Tests.Selection;

/// <summary>A small OpenAPI document for the filters: three folders, tags, a schema cycle and a schema no operation uses.</summary>
internal static class SelectionFixture
{
    public const string Path = "/repo/schemas/shop.openapi.json";

    public const string Text = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Shop", "version": "1" },
          "paths": {
            "/users/{id}": {
              "get": {
                "operationId": "getUser", "summary": "Get a user", "tags": ["用户/管理"], "x-apifox-folder": "用户/管理",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/User" } } } } }
              }
            },
            "/orders": {
              "post": {
                "operationId": "createOrder", "summary": "Create an order", "tags": ["orders", "billing"], "x-apifox-folder": "orders",
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Order" } } } },
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Order" } } } } }
              }
            },
            "/orders/{id}/items": {
              "get": {
                "operationId": "listOrderItems", "summary": "List items", "tags": ["orders"], "x-apifox-folder": "orders/items",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Item" } } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "User": { "type": "object", "properties": { "id": { "type": "string" }, "name": { "type": "string", "maxLength": 5 } } },
              "Order": { "type": "object", "properties": { "id": { "type": "string" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Item" } } } },
              "Item": { "type": "object", "properties": { "sku": { "type": "string" }, "order": { "$ref": "#/components/schemas/Order" } } },
              "Audit": { "type": "object", "properties": { "at": { "type": "string", "not": { "const": "" } } } }
            }
          }
        }
        """;
}
