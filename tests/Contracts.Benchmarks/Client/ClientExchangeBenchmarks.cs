using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Contracts.Benchmarks.Infrastructure;
using Contracts.Replicate;

namespace Contracts.Benchmarks.Client;

/// <summary>
/// The per-call overhead of the generated client's one exchange (validation, URI, Accept, bounded read, typed reader)
/// against a hand-written HttpClient call doing the same JSON work through the same generated JsonTypeInfo, both
/// posting the seed request to a keep-alive loopback server that answers with the seed response.
/// </summary>
[WarmJob]
public class ClientExchangeBenchmarks
{
    private LoopbackJsonServer _server = null!;
    private HttpClient _http = null!;
    private ReplicatePredictionsClient _client = null!;
    private PostPredictionsRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new LoopbackJsonServer(SeedPage.ResponseExample);
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
        _client = new ReplicatePredictionsClient(_http);
        _request = JsonSerializer.Deserialize(SeedPage.RequestExample, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest)!;
        if (HandWritten().GetAwaiter().GetResult().Id != Contracts().GetAwaiter().GetResult().Id)
        {
            throw new InvalidOperationException("Both calls must read the same response.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _server.Dispose();
    }

    /// <summary>What a careful hand-written call does: serialise, send, check the status, deserialise the stream.</summary>
    [Benchmark(Baseline = true)]
    public async Task<PostPredictionsResponse> HandWritten()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "replicate/v1/predictions");
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(_request, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(body, ReplicatePredictionsJsonContext.Default.PostPredictionsResponse))!;
    }

    [Benchmark]
    public Task<PostPredictionsResponse> Contracts() => _client.PostPredictionsAsync(_request);

    [Benchmark]
    public async Task<PostPredictionsResponse> ContractsWithResponse() => (await _client.PostPredictionsWithResponseAsync(_request)).Value;
}
