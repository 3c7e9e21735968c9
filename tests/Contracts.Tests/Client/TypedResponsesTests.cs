using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>
/// Error ranges and default, a bodiless success beside one with a body, status and headers of a success, undeclared
/// problem+json, the Accept header and servers[0]: generated from an OpenAPI file, compiled and run against a loopback server.
/// </summary>
public sealed class TypedResponsesTests
{
    internal const string Schema = """
        {
          "openapi": "3.0.1",
          "info": {"title": "Orders", "version": "1"},
          "servers": [{"url": "{scheme}://127.0.0.1:{port}/v2", "variables": {"scheme": {"default": "http"}, "port": {"default": "PORT"}}}],
          "paths": {
            "/orders": {"post": {"operationId": "createOrder",
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}},
              "responses": {
                "201": {"description": "created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}},
                  "headers": {
                    "Location": {"description": "the new order", "schema": {"type": "string"}},
                    "X-Rate-Remaining": {"schema": {"type": "integer"}},
                    "X-Retry-After": {"$ref": "#/components/headers/RetryAfter"},
                    "Content-Type": {"schema": {"type": "string"}}}},
                "204": {"description": "nothing to create"},
                "404": {"description": "no such shop", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotFound"}}}},
                "4XX": {"description": "refused", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Refusal"}}}},
                "default": {"description": "failed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Failure"}}}}}}},
            "/orders/{id}/note": {"get": {"operationId": "getNote",
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
              "responses": {"200": {"description": "the note", "content": {"text/plain": {"schema": {"type": "string"}}}}}}}
          },
          "components": {
            "headers": {"RetryAfter": {"schema": {"type": "number"}}},
            "schemas": {
            "Order": {"type": "object", "properties": {"id": {"type": "integer"}, "item": {"type": "string"}, "extra": {}}},
            "NotFound": {"type": "object", "properties": {"shop": {"type": "string"}}},
            "Refusal": {"type": "object", "properties": {"reason": {"type": "string"}}},
            "Failure": {"type": "object", "properties": {"incident": {"type": "string"}}}
          }}
        }
        """;

    private const string Probe = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Contracts;
        using Fixtures.Orders;

        public static class Probe
        {
            private static OrdersClient Client(string? baseAddress, long maxBytes = 16 * 1024 * 1024)
                => new(baseAddress is null ? new HttpClient() : new HttpClient { BaseAddress = new Uri(baseAddress) }, new ContractsClientOptions { MaxResponseBytes = maxBytes });

            public static async Task<string> Create(string? baseAddress)
            {
                try
                {
                    var order = await Client(baseAddress).CreateOrderAsync(new Order { Item = "tea" });
                    return order is null ? "null" : "order " + order.Id;
                }
                catch (ApiException<NotFound> error) { return "404 " + error.Error.Shop; }
                catch (ApiException<Refusal> error) { return (int)error.StatusCode + " " + error.Error.Reason; }
                catch (ApiException<Failure> error) { return (int)error.StatusCode + " " + error.Error.Incident; }
            }

            public static async Task<string> CreateWithResponse(string baseAddress)
            {
                var response = await Client(baseAddress).CreateOrderWithResponseAsync(new Order { Item = "tea" });
                CreateOrderResponseHeaders declared = response.DeclaredHeaders;
                return string.Join("|", (int)response.StatusCode, response.Header("Location"), response.Value?.Id,
                    declared.Location, declared.XRateRemaining + 1, declared.XRetryAfter, declared.XRetryAfter is null);
            }

            public static async Task<string> Note(string baseAddress)
            {
                try { return await Client(baseAddress).GetNoteAsync(1); }
                catch (ApiException<ProblemDetails> problem) { return string.Join("|", (int)problem.StatusCode, problem.Error.Title, problem.Error.Status, problem.Error.Detail, problem.Error.Extensions!["traceId"].GetString()); }
            }

            public static async Task<string> Failure(string baseAddress, long maxBytes)
            {
                try { await Client(baseAddress, maxBytes).CreateOrderAsync(new Order { Item = "tea" }); return "no exception"; }
                catch (ResponseBodyException error) { return error.Message; }
            }
        }
        """;

    private static CompiledAssembly Compile(int port)
    {
        var schema = Schema.Replace("PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/orders.openapi.json", schema, "Fixtures.Orders", "OrdersClient") }, new[] { Probe });
        return run.Compile();
    }

    private static LoopbackResponse With(LoopbackResponse response, string header, string value)
        => response with { Headers = new Dictionary<string, string>(response.Headers!) { [header] = value } };

    [Fact]
    public async Task Exact_codes_then_ranges_then_default_pick_the_error_type_and_a_bodiless_success_is_null()
    {
        var answers = new Queue<LoopbackResponse>(new[]
        {
            LoopbackResponse.Json(201, "{\"id\":7,\"item\":\"tea\"}"),
            LoopbackResponse.Empty(204),
            LoopbackResponse.Json(404, "{\"shop\":\"north\"}"),
            LoopbackResponse.Json(422, "{\"reason\":\"sold out\"}"),
            LoopbackResponse.Json(503, "{\"incident\":\"db down\"}"),
        });
        await using var server = await LoopbackServer.StartAsync(_ => answers.Dequeue());
        using var compiled = Compile(server.BaseAddress.Port);

        var results = new List<string>();
        for (var i = 0; i < 5; i++) results.Add(await (Task<string>)compiled.InvokeStatic("Probe", "Create", server.BaseAddress.ToString())!);

        Assert.Equal(new[] { "order 7", "null", "404 north", "422 sold out", "503 db down" }, results);
        Assert.Equal("application/json", server.Requests[0].Header("Accept"));
    }

    [Fact]
    public async Task The_status_and_headers_of_a_success_are_reachable()
    {
        await using var server = await LoopbackServer.StartAsync(_ => With(With(With(LoopbackResponse.Json(201, "{\"id\":8}"),
            "Location", "/v2/orders/8"), "X-Rate-Remaining", "41"), "X-Retry-After", "soon"));
        using var compiled = Compile(server.BaseAddress.Port);

        var result = await (Task<string>)compiled.InvokeStatic("Probe", "CreateWithResponse", server.BaseAddress.ToString())!;

        // Declared headers typed; one sent as another type ("soon" for a number) is null, its text still in Headers.
        Assert.Equal("201|/v2/orders/8|8|/v2/orders/8|42||True", result);
    }

    [Fact]
    public async Task An_undeclared_problem_json_error_is_read_as_problem_details_and_accept_names_the_declared_type()
    {
        await using var server = await LoopbackServer.StartAsync(_ => new LoopbackResponse(500,
            new Dictionary<string, string> { ["Content-Type"] = "application/problem+json" },
            System.Text.Encoding.UTF8.GetBytes("{\"type\":\"about:blank\",\"title\":\"Broken\",\"status\":500,\"detail\":\"disk full\",\"traceId\":\"t-1\"}")));
        using var compiled = Compile(server.BaseAddress.Port);

        var result = await (Task<string>)compiled.InvokeStatic("Probe", "Note", server.BaseAddress.ToString())!;

        Assert.Equal("500|Broken|500|disk full|t-1", result);
        Assert.Equal("text/plain", server.Requests[0].Header("Accept"));
    }

    [Fact]
    public async Task The_first_server_is_the_base_address_when_the_http_client_has_none()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Json(201, "{\"id\":9}"));
        using var compiled = Compile(server.BaseAddress.Port);

        var result = await (Task<string>)compiled.InvokeStatic("Probe", "Create", new object?[] { null })!;

        Assert.Equal("order 9", result);
        Assert.Equal("/v2/orders", Assert.Single(server.Requests).PathAndQuery);
    }

    [Theory]
    [InlineData("text/html", "<html><body>502 Bad Gateway</body></html>", "it is text/html, not the JSON the operation declares")]
    [InlineData("application/json", "{\"id\":1,\"extra\":\"PAD\"}", "it is larger than 1024 bytes (ContractsClientOptions.MaxResponseBytes)")]
    [InlineData("application/json", "{\"id\":1,\"extra\":DEEP}", "its JSON is nested deeper than 64 levels")]
    [InlineData("application/json", "{\"id\":", "it is not JSON of Order")]
    public async Task A_success_whose_body_cannot_be_used_says_the_operation_and_why(string contentType, string body, string reason)
    {
        body = body.Replace("PAD", new string('x', 2000)).Replace("DEEP", new string('[', 100) + new string(']', 100));
        await using var server = await LoopbackServer.StartAsync(_ => new LoopbackResponse(201,
            new Dictionary<string, string> { ["Content-Type"] = contentType }, System.Text.Encoding.UTF8.GetBytes(body)));
        using var compiled = Compile(server.BaseAddress.Port);

        var message = await (Task<string>)compiled.InvokeStatic("Probe", "Failure", server.BaseAddress.ToString(), 1024L)!;

        Assert.StartsWith("POST /orders answered 201 Created, but the body cannot be used: ", message);
        Assert.Contains(reason, message);
    }

    [Fact]
    public async Task A_success_body_cut_short_says_the_operation_and_why()
    {
        // Kestrel will not send fewer bytes than it announced, so a bare socket plays the server.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var serve = Task.Run(async () =>
        {
            using var socket = await listener.AcceptTcpClientAsync();
            var stream = socket.GetStream();
            var buffer = new byte[64 * 1024];
            var seen = "";
            while (!seen.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer);
                if (read == 0) return;
                seen += System.Text.Encoding.ASCII.GetString(buffer, 0, read);
            }
            var head = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\":1,\"item\":\"te";
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
            await stream.FlushAsync();
            socket.Client.Shutdown(System.Net.Sockets.SocketShutdown.Both);
        });
        using var compiled = Compile(port);

        var message = await (Task<string>)compiled.InvokeStatic("Probe", "Failure", $"http://127.0.0.1:{port}/", 1024L * 1024)!;
        await serve;

        Assert.StartsWith("POST /orders answered 201 Created, but the body cannot be used: it was cut short", message);
        Assert.Contains("1000 bytes announced", message);
    }
}
