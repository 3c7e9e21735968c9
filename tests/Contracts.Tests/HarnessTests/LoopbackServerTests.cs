using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.HarnessTests;

public sealed class LoopbackServerTests
{
    [Fact]
    public async Task Records_the_request_and_answers_with_the_handlers_response()
    {
        await using var server = await LoopbackServer.StartAsync(_ => new LoopbackResponse(
            201,
            new Dictionary<string, string> { ["Content-Type"] = "application/json", ["X-Answer"] = "42" },
            Encoding.UTF8.GetBytes("{\"id\":7}")));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/items?q=a%20b")
        {
            Content = new StringContent("{\"name\":\"x\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Trace", "abc");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("42", response.Headers.GetValues("X-Answer").Single());
        Assert.Equal("{\"id\":7}", await response.Content.ReadAsStringAsync());

        var received = Assert.Single(server.Requests);
        Assert.Equal("POST", received.Method);
        Assert.Equal("/v1/items?q=a%20b", received.PathAndQuery);
        Assert.Equal("abc", received.Header("x-trace"));
        Assert.StartsWith("application/json", received.Header("Content-Type"));
        Assert.Equal("{\"name\":\"x\"}", received.BodyText);
    }

    [Fact]
    public async Task Listens_on_loopback_with_an_assigned_port()
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_throwing_handler_becomes_a_500_that_names_the_error()
    {
        await using var server = await LoopbackServer.StartAsync(_ => throw new System.InvalidOperationException("boom"));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync("anything");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("boom", await response.Content.ReadAsStringAsync());
    }
}
