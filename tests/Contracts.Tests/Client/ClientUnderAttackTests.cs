using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Contracts.Generator;
using Contracts.Generator.Emitting;
using Contracts.Generator.Planning;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Replicate;
using Contracts.Tests.Harness;
using Xunit;
using static Contracts.Tests.Emitting.ModelFixtures;

namespace Contracts.Tests.Client;

/// <summary>Hostile values and hostile servers: escaping, header injection, secrets, huge, endless and broken bodies.</summary>
public sealed class ClientUnderAttackTests
{
    private const string Secret = "r8_SUPER_SECRET_KEY_123";

    private static CompiledAssembly CompileItemsClient()
    {
        var parameters = new[]
        {
            new Parameter("id", ParameterLocation.Path, true, String(), null, null, SourceSpan.None),
            new Parameter("q", ParameterLocation.Query, false, String(), null, null, SourceSpan.None),
            new Parameter("tags", ParameterLocation.Query, false, String(), null, null, SourceSpan.None),
            new Parameter("X-Note", ParameterLocation.Header, false, String(), null, null, SourceSpan.None),
        };
        var operation = new Operation("GET", "/items/{id}", null, null, null, EquatableArray<string>.Empty, new EquatableArray<Parameter>(parameters), null,
            new EquatableArray<Response>(new[] { new Response(200, null, null, "text/plain", null, EquatableArray<Example>.Empty, SourceSpan.None) }), SourceSpan.None);
        var document = new ApiDocument("items.openapi.json", SourceFormat.OpenApi, "Items", new EquatableArray<Operation>(new[] { operation }), EquatableArray<DiagnosticInfo>.Empty);
        var sources = FileEmitter.Emit(PlanBuilder.Build(document, new SchemaFileOptions("Fixtures.Items", "ItemsClient", null))).Select(s => s.Text).ToList();
        sources.Add("""
            public static class Probe
            {
                public static System.Threading.Tasks.Task<string> Get(string baseAddress, string id, string? q, string? note)
                {
                    var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };
                    return new Fixtures.Items.ItemsClient(http, new Contracts.ContractsClientOptions { ApiKey = "r8_SUPER_SECRET_KEY_123" }).GetItemsByIdAsync(id, q, null, note);
                }
            }
            """);
        return GeneratorHarness.Run(Enumerable.Empty<SchemaInput>(), sources).Compile();
    }

    [Theory]
    [InlineData("a/b", "/items/a%2Fb")]
    [InlineData("a?b#c", "/items/a%3Fb%23c")]
    [InlineData("100% sure", "/items/100%25%20sure")]
    [InlineData("..", "/items/%2E%2E")]
    [InlineData(".", "/items/%2E")]
    [InlineData("名字 ✓", "/items/%E5%90%8D%E5%AD%97%20%E2%9C%93")]
    public async Task Path_values_cannot_change_the_path(string id, string expected)
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Text(200, "ok"));
        using var compiled = CompileItemsClient();

        await (Task<string>)compiled.InvokeStatic("Probe", "Get", server.BaseAddress.ToString(), id, null, null)!;

        Assert.Equal(expected, server.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task Query_values_are_escaped_and_absent_ones_left_out()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Text(200, "ok"));
        using var compiled = CompileItemsClient();

        await (Task<string>)compiled.InvokeStatic("Probe", "Get", server.BaseAddress.ToString(), "1", "a&b=c #d/é%", null)!;

        Assert.Equal("/items/1?q=a%26b%3Dc%20%23d%2F%C3%A9%25", server.Requests.Single().PathAndQuery);
    }

    [Theory]
    [InlineData("evil\r\nX-Injected: 1")]
    [InlineData("evil\nSet-Cookie: a=b")]
    public async Task Header_values_with_line_breaks_are_refused_before_sending(string note)
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Text(200, "ok"));
        using var compiled = CompileItemsClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => (Task<string>)compiled.InvokeStatic("Probe", "Get", server.BaseAddress.ToString(), "1", null, note)!);

        Assert.Contains("X-Note", error.Message);
        Assert.Empty(server.Requests);
    }

    private static (ReplicatePredictionsClient Client, HttpClient Http) SeedClient(LoopbackServer server, long maxBytes = 16 * 1024 * 1024)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress };
        return (new ReplicatePredictionsClient(http, new ContractsClientOptions { ApiKey = Secret, MaxResponseBytes = maxBytes }), http);
    }

    private static PostPredictionsRequest Request() => new() { Input = new PostPredictionsRequestInput { Image = "https://x/y.png" } };

    [Fact]
    public async Task The_api_key_never_appears_in_exceptions_or_options_text()
    {
        await using var server = await LoopbackServer.StartAsync(request => LoopbackResponse.Json(401, "{\"detail\":\"bad token\"}"));
        var (client, http) = SeedClient(server);
        using (http)
        {
            var failure = await Assert.ThrowsAsync<ApiException>(() => client.PostPredictionsAsync(Request()));
            var invalid = await Assert.ThrowsAsync<ContractValidationException>(() => client.PostPredictionsAsync(new PostPredictionsRequest { Input = new PostPredictionsRequestInput { Image = "x", NumOutputs = 99 } }));

            Assert.DoesNotContain(Secret, failure.ToString());
            Assert.DoesNotContain(Secret, string.Join(" ", failure.Headers.SelectMany(h => h.Value)));
            Assert.DoesNotContain(Secret, invalid.ToString());
            Assert.DoesNotContain(Secret, new ContractsClientOptions { ApiKey = Secret }.ToString());
            // It was sent, though, where it belongs.
            Assert.Equal("Bearer " + Secret, server.Requests.Single().Header("Authorization"));
        }
    }

    [Fact]
    public async Task A_key_with_a_line_break_is_refused_without_echoing_it()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Json(200, "{}"));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = new ReplicatePredictionsClient(http, new ContractsClientOptions { ApiKey = Secret + "\r\nX-Evil: 1" });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.PostPredictionsAsync(Request()));

        Assert.DoesNotContain(Secret, error.ToString());
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_ends_in_an_api_exception()
    {
        var huge = "{\"id\":\"" + new string('x', 200_000) + "\"}";
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Json(200, huge));
        var (client, http) = SeedClient(server, maxBytes: 64 * 1024);
        using (http)
        {
            var error = await Assert.ThrowsAsync<ApiException>(() => client.PostPredictionsAsync(Request()));

            Assert.Equal(HttpStatusCode.OK, error.StatusCode);
            Assert.Contains("MaxResponseBytes", error.InnerException!.Message);
        }
    }

    [Fact]
    public async Task A_response_that_never_ends_stops_at_the_callers_cancellation()
    {
        await using var server = await LoopbackServer.StartStreamingAsync(async (response, token) =>
        {
            // Headers, then a trickle of body that never completes.
            await response.WriteAsync("{\"id\":\"", token);
            while (!token.IsCancellationRequested)
            {
                await response.WriteAsync("x", token);
                await Task.Delay(20, token);
            }
        });
        var (client, http) = SeedClient(server);
        using (http)
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostPredictionsAsync(Request(), cancellationToken: cancellation.Token));
        }
    }

    [Theory]
    [InlineData("{\"id\":")]
    [InlineData("{\"id\": 1e999999}")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Malformed_success_bodies_are_api_exceptions_with_the_body(string body)
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Json(200, body));
        var (client, http) = SeedClient(server);
        using (http)
        {
            var error = await Assert.ThrowsAsync<ApiException>(() => client.PostPredictionsAsync(Request()));

            Assert.Equal(body, error.Body);
            Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
        }
    }
}
