using System;
using System.Linq;
using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>
/// Every OpenAPI style and explode a location allows, for a value, a list and an object, generated from an OpenAPI file,
/// compiled and sent to a loopback server that records the raw request target and headers. The values are those of
/// the OpenAPI style table (color = blue; [blue, black, brown]; {R: 100, G: 200, B: 150}).
/// </summary>
public sealed class ParameterStyleTests
{
    private const string Document = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Styles", "version": "1" },
          "paths": {
            "/simple/{s}/{a}/{o}": { "get": { "operationId": "pathSimple", "parameters": [
              { "name": "s", "in": "path", "required": true, "schema": { "type": "string" } },
              { "name": "a", "in": "path", "required": true, "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "o", "in": "path", "required": true, "schema": { "$ref": "#/components/schemas/Rgb" } } ], "responses": { "204": { "description": "ok" } } } },
            "/simpleX/{s}/{a}/{o}": { "get": { "operationId": "pathSimpleExploded", "parameters": [
              { "name": "s", "in": "path", "required": true, "explode": true, "schema": { "type": "string" } },
              { "name": "a", "in": "path", "required": true, "explode": true, "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "o", "in": "path", "required": true, "explode": true, "schema": { "$ref": "#/components/schemas/Rgb" } } ], "responses": { "204": { "description": "ok" } } } },
            "/label/{s}/{a}/{o}": { "get": { "operationId": "pathLabel", "parameters": [
              { "name": "s", "in": "path", "required": true, "style": "label", "schema": { "type": "string" } },
              { "name": "a", "in": "path", "required": true, "style": "label", "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "o", "in": "path", "required": true, "style": "label", "schema": { "$ref": "#/components/schemas/Rgb" } } ], "responses": { "204": { "description": "ok" } } } },
            "/labelX/{s}/{a}/{o}": { "get": { "operationId": "pathLabelExploded", "parameters": [
              { "name": "s", "in": "path", "required": true, "style": "label", "explode": true, "schema": { "type": "string" } },
              { "name": "a", "in": "path", "required": true, "style": "label", "explode": true, "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "o", "in": "path", "required": true, "style": "label", "explode": true, "schema": { "$ref": "#/components/schemas/Rgb" } } ], "responses": { "204": { "description": "ok" } } } },
            "/matrix/{s}/{a}/{o}": { "get": { "operationId": "pathMatrix", "parameters": [
              { "name": "s", "in": "path", "required": true, "style": "matrix", "schema": { "type": "string" } },
              { "name": "a", "in": "path", "required": true, "style": "matrix", "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "o", "in": "path", "required": true, "style": "matrix", "schema": { "$ref": "#/components/schemas/Rgb" } } ], "responses": { "204": { "description": "ok" } } } },
            "/matrixX/{s}/{a}/{o}": { "get": { "operationId": "pathMatrixExploded", "parameters": [
              { "name": "s", "in": "path", "required": true, "style": "matrix", "explode": true, "schema": { "type": "string" } },
              { "name": "a", "in": "path", "required": true, "style": "matrix", "explode": true, "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "o", "in": "path", "required": true, "style": "matrix", "explode": true, "schema": { "$ref": "#/components/schemas/Rgb" } } ], "responses": { "204": { "description": "ok" } } } },
            "/query": { "get": { "operationId": "query", "parameters": [
              { "name": "fs", "in": "query", "schema": { "type": "string" } },
              { "name": "fa", "in": "query", "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "fo", "in": "query", "schema": { "$ref": "#/components/schemas/Rgb" } },
              { "name": "ga", "in": "query", "explode": false, "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "go", "in": "query", "explode": false, "schema": { "$ref": "#/components/schemas/Rgb" } },
              { "name": "sa", "in": "query", "style": "spaceDelimited", "explode": false, "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "so", "in": "query", "style": "spaceDelimited", "explode": false, "schema": { "$ref": "#/components/schemas/Rgb" } },
              { "name": "pa", "in": "query", "style": "pipeDelimited", "explode": false, "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "po", "in": "query", "style": "pipeDelimited", "explode": false, "schema": { "$ref": "#/components/schemas/Rgb" } },
              { "name": "deep", "in": "query", "style": "deepObject", "explode": true, "schema": { "$ref": "#/components/schemas/Rgb" } } ], "responses": { "204": { "description": "ok" } } } },
            "/typed": { "get": { "operationId": "typed", "parameters": [
              { "name": "ids", "in": "query", "explode": false, "schema": { "type": "array", "items": { "type": "integer", "format": "int64" } } },
              { "name": "states", "in": "query", "schema": { "type": "array", "items": { "$ref": "#/components/schemas/State" } } },
              { "name": "state", "in": "query", "schema": { "$ref": "#/components/schemas/State" } },
              { "name": "day", "in": "query", "schema": { "type": "string", "format": "date" } },
              { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 8 } },
              { "name": "page", "in": "query", "description": "页码。最小值:1,最大值:5", "schema": { "type": "integer" } },
              { "name": "code", "in": "query", "schema": { "type": "string", "pattern": "^[a-z]+$" } },
              { "name": "meta", "in": "query", "style": "deepObject", "schema": { "type": "object", "additionalProperties": { "type": "string" } } },
              { "name": "json", "in": "query", "content": { "application/json": { "schema": { "type": "object", "properties": { "a": { "type": "integer" } } } } } } ], "responses": { "204": { "description": "ok" } } } },
            "/headers": { "get": { "operationId": "headers", "parameters": [
              { "name": "X-S", "in": "header", "schema": { "type": "string" } },
              { "name": "X-A", "in": "header", "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "X-O", "in": "header", "schema": { "$ref": "#/components/schemas/Rgb" } },
              { "name": "X-AE", "in": "header", "explode": true, "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "X-OE", "in": "header", "explode": true, "schema": { "$ref": "#/components/schemas/Rgb" } } ], "responses": { "204": { "description": "ok" } } } },
            "/cookies": { "get": { "operationId": "cookies", "parameters": [
              { "name": "cs", "in": "cookie", "schema": { "type": "string" } },
              { "name": "ca", "in": "cookie", "explode": false, "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "co", "in": "cookie", "explode": false, "schema": { "$ref": "#/components/schemas/Rgb" } },
              { "name": "cae", "in": "cookie", "schema": { "$ref": "#/components/schemas/Colors" } },
              { "name": "coe", "in": "cookie", "schema": { "$ref": "#/components/schemas/Rgb" } } ], "responses": { "204": { "description": "ok" } } } },
            "/raw": { "post": { "operationId": "raw", "requestBody": { "content": { "application/json": {} } }, "responses": { "204": { "description": "ok" } } } }
          },
          "components": { "schemas": {
            "Colors": { "type": "array", "items": { "type": "string" } },
            "Rgb": { "type": "object", "properties": { "R": { "type": "integer" }, "G": { "type": "integer" }, "B": { "type": "integer" } } },
            "State": { "type": "string", "enum": [ "active", "retired" ] }
          } }
        }
        """;

    private const string Probe = """
        using System.Threading.Tasks;
        using Styles;
        public static class Probe
        {
            private static readonly string[] Colors = { "blue", "black", "brown" };
            private static readonly Rgb Color = new Rgb { R = 100, G = 200, B = 150 };

            private static StylesClient Client(string baseAddress, bool validate = true)
                => new StylesClient(new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) }, new Contracts.ContractsClientOptions { ValidateRequests = validate });

            public static async Task Paths(string baseAddress)
            {
                var client = Client(baseAddress);
                await client.PathSimpleAsync(s: "blue", a: Colors, o: Color);
                await client.PathSimpleExplodedAsync(s: "blue", a: Colors, o: Color);
                await client.PathLabelAsync(s: "blue", a: Colors, o: Color);
                await client.PathLabelExplodedAsync(s: "blue", a: Colors, o: Color);
                await client.PathMatrixAsync(s: "blue", a: Colors, o: Color);
                await client.PathMatrixExplodedAsync(s: "blue", a: Colors, o: Color);
            }

            public static Task Query(string baseAddress)
                => Client(baseAddress).QueryAsync(fs: "blue", fa: Colors, fo: Color, ga: Colors, go: Color, sa: Colors, so: Color, pa: Colors, po: Color, deep: Color);

            public static Task Headers(string baseAddress)
                => Client(baseAddress).HeadersAsync(xS: "blue", xA: Colors, xO: Color, xAE: Colors, xOE: Color);

            public static Task Cookies(string baseAddress)
                => Client(baseAddress).CookiesAsync(cs: "blue", ca: Colors, co: Color, cae: Colors, coe: Color);

            public static Task Typed(string baseAddress)
                => Client(baseAddress).TypedAsync(ids: new long[] { 1, 2, 3 }, states: new[] { State.Active, State.Retired }, state: State.Retired,
                    day: new System.DateOnly(2024, 2, 29), limit: 8, page: 5, code: "abc",
                    meta: new System.Collections.Generic.Dictionary<string, string> { ["k"] = "v w" },
                    json: System.Text.Json.JsonDocument.Parse("{\"a\":1}").RootElement);

            public static Task Invalid(string baseAddress, int? limit, int? page, string? state, string? code, bool validate)
            {
                State? known = null;
                if (state is not null) known = new State(state);
                return Client(baseAddress, validate).TypedAsync(limit: limit, page: page, state: known, code: code);
            }

            public static Task Raw(string baseAddress)
                => Client(baseAddress).RawAsync(System.Text.Json.Nodes.JsonNode.Parse("{\"free\":[1,\"two\"]}"));
        }
        """;

    private static CompiledAssembly Compile()
        => GeneratorHarness.Run(new[] { new SchemaInput("styles.openapi.json", Document, "Styles", "StylesClient") }, new[] { Probe }).Compile();

    [Fact]
    public async Task Path_parameters_follow_simple_label_and_matrix_exploded_or_not()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));
        using var compiled = Compile();

        await (Task)compiled.InvokeStatic("Probe", "Paths", server.BaseAddress.ToString())!;

        Assert.Equal(new[]
        {
            "/simple/blue/blue,black,brown/R,100,G,200,B,150",
            "/simpleX/blue/blue,black,brown/R=100,G=200,B=150",
            "/label/.blue/.blue,black,brown/.R,100,G,200,B,150",
            "/labelX/.blue/.blue.black.brown/.R=100.G=200.B=150",
            "/matrix/;s=blue/;a=blue,black,brown/;o=R,100,G,200,B,150",
            "/matrixX/;s=blue/;a=blue;a=black;a=brown/;R=100;G=200;B=150",
        }, server.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task Query_parameters_follow_form_space_pipe_and_deep_object()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));
        using var compiled = Compile();

        await (Task)compiled.InvokeStatic("Probe", "Query", server.BaseAddress.ToString())!;

        Assert.Equal("/query?fs=blue&fa=blue&fa=black&fa=brown&R=100&G=200&B=150&ga=blue,black,brown&go=R,100,G,200,B,150"
            + "&sa=blue%20black%20brown&so=R%20100%20G%20200%20B%20150&pa=blue|black|brown&po=R|100|G|200|B|150"
            + "&deep[R]=100&deep[G]=200&deep[B]=150", server.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task Header_parameters_are_simple_exploded_or_not()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));
        using var compiled = Compile();

        await (Task)compiled.InvokeStatic("Probe", "Headers", server.BaseAddress.ToString())!;

        var request = server.Requests.Single();
        Assert.Equal("blue", request.Header("X-S"));
        Assert.Equal("blue,black,brown", request.Header("X-A"));
        Assert.Equal("R,100,G,200,B,150", request.Header("X-O"));
        Assert.Equal("blue,black,brown", request.Header("X-AE"));
        Assert.Equal("R=100,G=200,B=150", request.Header("X-OE"));
    }

    [Fact]
    public async Task Cookie_parameters_are_form_exploded_or_not()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));
        using var compiled = Compile();

        await (Task)compiled.InvokeStatic("Probe", "Cookies", server.BaseAddress.ToString())!;

        Assert.Equal("cs=blue; ca=blue,black,brown; co=R,100,G,200,B,150; cae=blue; cae=black; cae=brown; R=100; G=200; B=150",
            server.Requests.Single().Header("Cookie"));
    }

    [Fact]
    public async Task Lists_enums_and_dates_are_typed_and_written_as_text()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));
        using var compiled = Compile();

        await (Task)compiled.InvokeStatic("Probe", "Typed", server.BaseAddress.ToString())!;

        Assert.Equal("/typed?ids=1,2,3&states=active&states=retired&state=retired&day=2024-02-29&limit=8&page=5&code=abc&meta[k]=v%20w&json=%7B%22a%22%3A1%7D", server.Requests.Single().PathAndQuery);
    }

    [Theory]
    [InlineData(9, null, null, null, "/query/limit")]
    [InlineData(0, null, null, null, "/query/limit")]
    [InlineData(null, 6, null, null, "/query/page")]
    [InlineData(null, null, "archived", null, "/query/state")]
    [InlineData(null, null, null, "ABC", "/query/code")]
    public async Task Parameters_that_break_their_limits_are_refused_before_sending(int? limit, int? page, string? state, string? code, string path)
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));
        using var compiled = Compile();

        var error = await Assert.ThrowsAsync<ContractValidationException>(() => (Task)compiled.InvokeStatic("Probe", "Invalid", server.BaseAddress.ToString(), limit, page, state, code, true)!);

        Assert.Contains("GET /typed parameters", error.Message);
        Assert.Equal(path, Assert.Single(error.Errors).Path);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Parameter_checks_follow_the_validate_requests_option()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));
        using var compiled = Compile();

        await (Task)compiled.InvokeStatic("Probe", "Invalid", server.BaseAddress.ToString(), 9, null, null, null, false)!;

        Assert.Equal("/typed?limit=9", server.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task A_json_body_without_a_schema_is_a_json_node()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));
        using var compiled = Compile();

        await (Task)compiled.InvokeStatic("Probe", "Raw", server.BaseAddress.ToString())!;

        var request = server.Requests.Single();
        Assert.Equal("{\"free\":[1,\"two\"]}", request.BodyText);
        Assert.StartsWith("application/json", request.Header("Content-Type"));
    }

    [Fact]
    public void A_style_the_location_does_not_allow_is_reported_where_it_is_written_and_the_default_used()
    {
        const string text = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Bad", "version": "1" },
              "paths": { "/x": { "get": { "parameters": [
                { "name": "q", "in": "query", "style": "matrix", "schema": { "type": "array", "items": { "type": "string" } } },
                { "name": "h", "in": "header", "style": "label", "schema": { "type": "string" } },
                { "name": "d", "in": "query", "style": "deepObject", "schema": { "type": "string" } } ], "responses": { "204": { "description": "ok" } } } } }
            }
            """;

        var run = GeneratorHarness.Run(new[] { new SchemaInput("bad.openapi.json", text, "Bad", "BadClient") });

        var found = run.GeneratorDiagnostics.Where(d => d.Id == "CTR2020").ToList();
        Assert.Equal(3, found.Count);
        Assert.Contains("'matrix' of the query parameter 'q'", found[0].GetMessage());
        Assert.Contains("sent in the form style", found[0].GetMessage());
        Assert.Contains("sent in the simple style", found[1].GetMessage());
        Assert.Equal(new[] { 5, 6, 7 }, found.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
