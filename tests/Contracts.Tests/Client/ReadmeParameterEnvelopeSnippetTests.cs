using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Contracts.Tests.Diagnostics;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>
/// The README's parameter and envelope examples, taken from README.md as they are, compiled against a client generated
/// from a file with the names they use, and run against a loopback server.
/// </summary>
public sealed class ReadmeParameterEnvelopeSnippetTests
{
    private const string Document = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Shop", "version": "1" },
          "paths": {
            "/orders": { "get": { "operationId": "listOrders", "parameters": [
              { "name": "status", "in": "query", "schema": { "$ref": "#/components/schemas/OrderStatus" } },
              { "name": "tags", "in": "query", "schema": { "type": "array", "items": { "type": "string" } } },
              { "name": "ids", "in": "query", "explode": false, "schema": { "type": "array", "items": { "type": "integer", "format": "int64" } } },
              { "name": "since", "in": "query", "schema": { "type": "string", "format": "date" } },
              { "name": "filter", "in": "query", "style": "deepObject", "schema": { "$ref": "#/components/schemas/OrderFilter" } },
              { "name": "pageSize", "in": "query", "description": "每页条数。最大值:100", "schema": { "type": "integer" } } ],
              "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/OrderPage" } } } } } } },
            "/users/{id}/profile": { "get": { "operationId": "getProfile", "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } } ],
              "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "object", "properties": {
                "code": { "type": "integer" }, "msg": { "type": "string" }, "data": { "$ref": "#/components/schemas/UserProfile" } } } } } } } } }
          },
          "components": { "schemas": {
            "OrderStatus": { "type": "string", "enum": [ "paid", "shipped" ] },
            "OrderFilter": { "type": "object", "properties": { "minTotal": { "type": "integer" } } },
            "OrderPage": { "type": "object", "properties": { "total": { "type": "integer" } } },
            "UserProfile": { "type": "object", "properties": { "name": { "type": "string" } } }
          } }
        }
        """;

    private static string Section(string readme, string heading)
    {
        var start = readme.IndexOf("\n" + heading + "\n", System.StringComparison.Ordinal);
        Assert.True(start >= 0, heading + " is missing from README.md");
        var open = readme.IndexOf("```csharp\n", start, System.StringComparison.Ordinal) + "```csharp\n".Length;
        return readme.Substring(open, readme.IndexOf("```", open, System.StringComparison.Ordinal) - open);
    }

    [Fact]
    public async Task The_parameter_and_envelope_examples_compile_and_do_what_they_say()
    {
        var readme = File.ReadAllText(Path.Combine(DiagnosticCatalogueTests.RepositoryRoot(), "README.md"));
        var parameters = Section(readme, "### Parameters");
        var envelopes = Section(readme, "### Envelopes");
        var probe = $$"""
            using System;
            using Contracts;
            using Readme.Shop;
            public static class Snippets
            {
                public static readonly System.IO.StringWriter Console = new();

                public static async System.Threading.Tasks.Task Parameters(ShopClient client)
                {
            {{parameters}}
                }

                public static async System.Threading.Tasks.Task Envelopes(ShopClient client)
                {
            {{envelopes}}
                }

                public static async System.Threading.Tasks.Task<string> Run(string baseAddress)
                {
                    var client = new ShopClient(new System.Net.Http.HttpClient { BaseAddress = new Uri(baseAddress) });
                    await Parameters(client);
                    await Envelopes(client);
                    return Console.ToString();
                }
            }
            """;
        await using var server = await LoopbackServer.StartAsync(request => request.PathAndQuery.StartsWith("/orders", System.StringComparison.Ordinal)
            ? LoopbackResponse.Json(200, """{"total":1}""")
            : LoopbackResponse.Json(200, """{"code":40001,"msg":"token expired"}"""));
        var run = GeneratorHarness.Run(new[] { new SchemaInput("shop.openapi.json", Document, "Readme.Shop", "ShopClient") }, new[] { probe });
        using var compiled = run.Compile();
        // The snippets' Console is the probe's own writer, so what they print is read back without touching the process's console.
        var printed = await (Task<string>)compiled.InvokeStatic("Snippets", "Run", server.BaseAddress.ToString())!;

        var promised = parameters.Split('\n').First(line => line.StartsWith("// GET ", System.StringComparison.Ordinal)).Substring("// GET ".Length).Trim();
        Assert.Equal(promised, server.Requests[0].PathAndQuery);
        Assert.Equal("/users/7/profile", server.Requests[1].PathAndQuery);
        Assert.Equal("40001: token expired", printed.Trim());
    }
}
