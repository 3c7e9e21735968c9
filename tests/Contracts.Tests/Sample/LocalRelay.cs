using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Tests.Harness;

namespace Contracts.Tests.Sample;

/// <summary>
/// Plays the Replicate API relay on 127.0.0.1 (over <see cref="LoopbackServer"/>): create, get and cancel under
/// <c>/relay/replicate/v1/predictions</c>, predictions moving from starting to processing to how the scenario ends, and
/// the output images under <c>/files/</c>. A wrong key gets 401 with the key echoed, as a careless server might.
/// </summary>
internal sealed partial class LocalRelay : IAsyncDisposable
{
    public const string ApiKey = "r8_relay_test_key_7f3c91";

    private const string Predictions = "/relay/replicate/v1/predictions";

    private readonly RelayScenario _scenario;
    private readonly TimeSpan _createDelay;
    private readonly object _gate = new();
    private readonly Dictionary<string, RelayPrediction> _predictions = new(StringComparer.Ordinal);
    private readonly List<(Harness.RecordedRequest Request, LoopbackResponse Response)> _exchanges = new();
    private LoopbackServer _server = null!;
    private int _created;

    private LocalRelay(RelayScenario scenario, TimeSpan createDelay)
    {
        _scenario = scenario;
        _createDelay = createDelay;
    }

    /// <summary>The root the program is given; its path must be kept in front of the operations' paths.</summary>
    public Uri BaseAddress => new(_server.BaseAddress, "relay/");

    public IReadOnlyList<Harness.RecordedRequest> Requests => _server.Requests;

    /// <summary>Every request with the response it got, in the order they were answered (what a recorder would write).</summary>
    public IReadOnlyList<(Harness.RecordedRequest Request, LoopbackResponse Response)> Exchanges
    {
        get
        {
            lock (_exchanges) return _exchanges.ToArray();
        }
    }

    public IEnumerable<Harness.RecordedRequest> Cancels => Requests.Where(r => r.Method == "POST" && r.PathAndQuery.EndsWith("/cancel", StringComparison.Ordinal));

    public IEnumerable<Harness.RecordedRequest> Polls => Requests.Where(r => r.Method == "GET" && r.PathAndQuery.StartsWith(Predictions + "/", StringComparison.Ordinal));

    /// <summary>
    /// Starts the relay. <paramref name="createDelay"/> holds each create call's answer that long after it arrived (the
    /// prediction exists from the moment the call arrives, as on a real server); <see cref="Timeout.InfiniteTimeSpan"/>
    /// never answers it.
    /// </summary>
    public static async Task<LocalRelay> StartAsync(RelayScenario scenario, TimeSpan createDelay = default)
    {
        var relay = new LocalRelay(scenario, createDelay);
        relay._server = await LoopbackServer.StartAsync(relay.HandleAsync);
        return relay;
    }

    /// <summary>The bytes served as output <paramref name="index"/> of prediction <paramref name="id"/>.</summary>
    public static byte[] ImageBytes(string id, int index)
    {
        var seed = (byte)(id.Sum(c => c) + index * 57);
        return TestPng.Solid(4 + index, 3, seed, (byte)(255 - seed), (byte)(index * 40));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<LoopbackResponse> HandleAsync(Harness.RecordedRequest request, CancellationToken cancellationToken)
    {
        var response = Handle(request);
        if (_createDelay != TimeSpan.Zero && request.Method == "POST" && request.PathAndQuery == Predictions)
        {
            await Task.Delay(_createDelay, cancellationToken);
        }
        lock (_exchanges) _exchanges.Add((request, response));
        return response;
    }

    private LoopbackResponse Handle(Harness.RecordedRequest request)
    {
        var path = request.PathAndQuery;
        if (request.Method == "GET" && FilePath().Match(path) is { Success: true } file)
        {
            var index = int.Parse(file.Groups["index"].Value, CultureInfo.InvariantCulture);
            return new LoopbackResponse(200, new Dictionary<string, string> { ["Content-Type"] = "image/png" }, ImageBytes(file.Groups["id"].Value, index));
        }
        if (!path.StartsWith(Predictions, StringComparison.Ordinal)) return LoopbackResponse.Json(404, """{"detail":"Not found."}""");
        if (request.Header("Authorization") is var authorization && authorization != "Bearer " + ApiKey)
        {
            return LoopbackResponse.Json(401, new JsonObject { ["title"] = "Unauthenticated", ["detail"] = "Invalid token: " + authorization }.ToJsonString());
        }
        lock (_gate)
        {
            if (request.Method == "POST" && path == Predictions) return Create(request);
            if (PredictionPath().Match(path) is not { Success: true } match || !_predictions.TryGetValue(match.Groups["id"].Value, out var prediction))
            {
                return LoopbackResponse.Json(404, """{"detail":"Not found."}""");
            }
            if (request.Method == "GET" && match.Groups["cancel"].Length == 0) return Poll(prediction);
            if (request.Method == "POST" && match.Groups["cancel"].Length > 0) return Cancel(prediction);
            return LoopbackResponse.Json(405, """{"detail":"Method not allowed."}""");
        }
    }

    private LoopbackResponse Create(Harness.RecordedRequest request)
    {
        var outputs = JsonNode.Parse(request.BodyText)?["input"]?["num_outputs"]?.GetValue<int>() ?? 1;
        var prediction = new RelayPrediction("pred" + (++_created).ToString(CultureInfo.InvariantCulture) + "x7k2", outputs);
        _predictions.Add(prediction.Id, prediction);
        // Prefer: wait holds the answer until the prediction is done; here it is done at once.
        if (_scenario == RelayScenario.Succeeds && request.Header("Prefer") is { } prefer && prefer.StartsWith("wait", StringComparison.Ordinal))
        {
            prediction.Status = "succeeded";
        }
        return LoopbackResponse.Json(201, Json(prediction));
    }

    private LoopbackResponse Poll(RelayPrediction prediction)
    {
        if (prediction.Status is "starting" or "processing")
        {
            prediction.Polls++;
            (prediction.Status, prediction.Logs, prediction.Error) = (_scenario, prediction.Polls) switch
            {
                (RelayScenario.Succeeds, >= 3) => ("succeeded", "Using seed: 41204\n100%|██████████| 25/25 [00:03<00:00,  7.12it/s]", null),
                (RelayScenario.Fails, >= 2) => ("failed", "Using seed: 41204\n", "CUDA out of memory. Tried to allocate 1.50 GiB"),
                _ => ("processing", "Using seed: 41204\n  " + Math.Min(prediction.Polls * 40, 96) + "%|████      | " + prediction.Polls * 10 + "/25", (string?)null),
            };
        }
        return LoopbackResponse.Json(200, Json(prediction));
    }

    private LoopbackResponse Cancel(RelayPrediction prediction)
    {
        if (prediction.Status is "starting" or "processing") prediction.Status = "canceled";
        return LoopbackResponse.Json(200, Json(prediction));
    }

    private string Json(RelayPrediction prediction)
    {
        var self = BaseAddress + "replicate/v1/predictions/" + prediction.Id;
        JsonNode? output = null;
        if (prediction.Status == "succeeded")
        {
            var urls = new JsonArray();
            for (var i = 0; i < prediction.Outputs; i++) urls.Add(new Uri(_server.BaseAddress, $"files/{prediction.Id}/out-{i}.png").ToString());
            output = urls;
        }
        return new JsonObject
        {
            ["id"] = prediction.Id,
            ["model"] = "stability-ai/stable-diffusion-img2img",
            ["version"] = "15a3689ee13b0d2616e98820eca31d4c3abcd36672df6afce5cb6feb1d66087d",
            ["input"] = new JsonObject { ["prompt"] = "a test" },
            ["logs"] = prediction.Logs,
            ["output"] = output,
            ["data_removed"] = false,
            ["error"] = prediction.Error,
            ["status"] = prediction.Status,
            ["created_at"] = "2025-07-12T07:27:54.577Z",
            ["urls"] = new JsonObject { ["get"] = self, ["cancel"] = self + "/cancel", ["stream"] = self + "/stream", ["web"] = self },
        }.ToJsonString();
    }

    [GeneratedRegex("^/relay/replicate/v1/predictions/(?<id>[a-z0-9]+)(?<cancel>/cancel)?$")]
    private static partial Regex PredictionPath();

    [GeneratedRegex("^/files/(?<id>[a-z0-9]+)/out-(?<index>[0-9])\\.png$")]
    private static partial Regex FilePath();
}
