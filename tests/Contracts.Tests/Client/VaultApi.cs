using System.Linq;
using Contracts.Tests.Harness;

namespace Contracts.Tests.Client;

/// <summary>
/// An OpenAPI document with one operation per kind of security scheme, the generated client compiled with a probe the
/// tests call into, so credentials, spans, hooks and per-call options are checked over real HTTP.
/// </summary>
internal static class VaultApi
{
    public const string Document = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Vault", "version": "1" },
          "components": {
            "securitySchemes": {
              "keyHeader": { "type": "apiKey", "in": "header", "name": "X-API-Key" },
              "keyQuery": { "type": "apiKey", "in": "query", "name": "api_key" },
              "keyCookie": { "type": "apiKey", "in": "cookie", "name": "session" },
              "basicAuth": { "type": "http", "scheme": "basic" },
              "bearerAuth": { "type": "http", "scheme": "bearer" },
              "oauth": { "type": "oauth2", "flows": { "clientCredentials": { "tokenUrl": "https://example.com/token", "scopes": { "read": "read" } } } }
            }
          },
          "security": [ { "bearerAuth": [] } ],
          "paths": {
            "/header": { "get": { "operationId": "viaHeader", "security": [ { "keyHeader": [] } ], "responses": { "204": { "description": "ok" } } } },
            "/query": { "get": { "operationId": "viaQuery", "security": [ { "keyQuery": [] } ],
              "parameters": [ { "name": "q", "in": "query", "schema": { "type": "string" } } ], "responses": { "204": { "description": "ok" } } } },
            "/cookie": { "get": { "operationId": "viaCookie", "security": [ { "keyCookie": [] } ], "responses": { "204": { "description": "ok" } } } },
            "/basic": { "get": { "operationId": "viaBasic", "security": [ { "basicAuth": [] } ], "responses": { "204": { "description": "ok" } } } },
            "/bearer": { "get": { "operationId": "viaDefault",
              "parameters": [ { "name": "Authorization", "in": "header", "required": true, "schema": { "type": "string" } } ], "responses": { "204": { "description": "ok" } } } },
            "/oauth": { "get": { "operationId": "viaOauth", "tags": [ "Tokens" ], "security": [ { "oauth": [ "read" ] } ], "responses": { "204": { "description": "ok" } } } },
            "/public": { "get": { "operationId": "open", "security": [], "responses": { "204": { "description": "ok" } } } },
            "/items": { "post": { "operationId": "addItem", "security": [],
              "requestBody": { "required": true, "content": { "application/json": { "schema": {
                "type": "object", "properties": { "name": { "type": "string", "maxLength": 3 } } } } } },
              "responses": { "204": { "description": "ok" } } } },
            "/either": { "get": { "operationId": "either", "security": [ { "keyHeader": [], "keyQuery": [] }, {} ],
              "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
                "type": "object", "properties": { "n": { "type": "integer", "maximum": 5 } } } } } } } } }
          }
        }
        """;

    public static GeneratorRun Generate(string probe, params Microsoft.CodeAnalysis.MetadataReference[] references)
        => GeneratorHarness.Run(new[] { new SchemaInput("vault.openapi.json", Document, "Fixtures.Vault", "VaultClient") }, new[] { probe },
            extraReferences: references.Length == 0 ? null : references);

    /// <summary>The document twice, as two APIs with their own clients and options, in a project referencing <paramref name="references"/>.</summary>
    public static GeneratorRun GenerateTwo(string probe, System.Collections.Generic.IEnumerable<Microsoft.CodeAnalysis.MetadataReference> references)
        => GeneratorHarness.Run(new[]
            {
                new SchemaInput("vault.openapi.json", Document, "Fixtures.Vault", "VaultClient"),
                new SchemaInput("other.openapi.json", Document, "Fixtures.Other", "OtherClient"),
            }, new[] { probe }, extraReferences: references);
}
