using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Replicate;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Seed;

/// <summary>The generated seed client against a real HTTP server on 127.0.0.1.</summary>
public sealed class SeedClientTests
{
    private const string ApiKey = "r8_test_secret_key";

    private static ReplicatePredictionsClient ClientFor(LoopbackServer server, out HttpClient http)
    {
        // A base path on the relay must be kept: the client joins it with the operation's path.
        http = new HttpClient { BaseAddress = new Uri(server.BaseAddress, "relay/") };
        return new ReplicatePredictionsClient(http, new ContractsClientOptions { ApiKey = ApiKey });
    }

    private static PostPredictionsRequest Request()
        => new() { Input = new PostPredictionsRequestInput { Image = "https://example.com/sketch.png", Prompt = "A fantasy landscape", NumOutputs = 2 } };

    [Fact]
    public async Task Creates_a_prediction_with_method_path_authorization_and_body()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Json(200, SeedExamples.ResponseExample("成功示例")));
        var client = ClientFor(server, out var http);
        using (http)
        {
            var prediction = await client.PostPredictionsAsync(Request());

            Assert.Equal("w44zs9cet5rmc0cqzp49gpkhf8", prediction.Id);
            Assert.Equal("starting", prediction.Status);
        }
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/relay/replicate/v1/predictions", request.PathAndQuery);
        Assert.Equal("Bearer " + ApiKey, request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        var body = JsonNode.Parse(request.BodyText)!;
        Assert.Equal("https://example.com/sketch.png", body["input"]!["image"]!.GetValue<string>());
        Assert.Equal(2, body["input"]!["num_outputs"]!.GetValue<int>());
        Assert.Equal(7.5, body["input"]!["guidance_scale"]!.GetValue<double>());
    }

    [Theory]
    [InlineData(401, """{"detail":"Unauthenticated"}""")]
    [InlineData(422, """{"detail":"input.image: image is required"}""")]
    public async Task Error_statuses_reach_the_caller_as_typed_exceptions(int status, string body)
    {
        await using var server = await LoopbackServer.StartAsync(_ => new LoopbackResponse(status,
            new System.Collections.Generic.Dictionary<string, string> { ["Content-Type"] = "application/json", ["X-Request-Id"] = "req-1" },
            System.Text.Encoding.UTF8.GetBytes(body)));
        var client = ClientFor(server, out var http);
        using (http)
        {
            var exception = await Assert.ThrowsAsync<ApiException>(() => client.PostPredictionsAsync(Request()));

            Assert.Equal((HttpStatusCode)status, exception.StatusCode);
            Assert.Equal(body, exception.Body);
            Assert.Equal("req-1", exception.Headers["X-Request-Id"].Single());
            Assert.Equal("POST /replicate/v1/predictions", exception.Operation);
            Assert.DoesNotContain(ApiKey, exception.ToString());
        }
    }

    [Fact]
    public async Task An_invalid_request_never_reaches_the_server()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Json(200, "{}"));
        var client = ClientFor(server, out var http);
        using (http)
        {
            var invalid = Request() with { Input = Request().Input! with { NumOutputs = 9, GuidanceScale = 0.5 } };

            var exception = await Assert.ThrowsAsync<ContractValidationException>(() => client.PostPredictionsAsync(invalid));

            Assert.Equal(new[] { "/input/num_outputs", "/input/guidance_scale" }, exception.Errors.Select(e => e.Path).ToArray());
        }
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Cancellation_stops_a_request_the_server_never_answers()
    {
        await using var server = await LoopbackServer.StartAsync(async (_, serverToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), serverToken);
            return LoopbackResponse.Empty(200);
        });
        var client = ClientFor(server, out var http);
        using (http)
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostPredictionsAsync(Request(), cancellationToken: cancellation.Token));
        }
    }

    [Fact]
    public async Task A_success_body_that_is_not_json_is_an_api_exception()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Text(200, "<html>gateway</html>"));
        var client = ClientFor(server, out var http);
        using (http)
        {
            var exception = await Assert.ThrowsAsync<ApiException>(() => client.PostPredictionsAsync(Request()));
            Assert.Equal("<html>gateway</html>", exception.Body);
            Assert.IsAssignableFrom<System.Text.Json.JsonException>(exception.InnerException);
        }
    }
}
