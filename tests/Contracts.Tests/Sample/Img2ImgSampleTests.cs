using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Contracts.Tests.Tool;
using Xunit;
using Xunit.Abstractions;

namespace Contracts.Tests.Sample;

/// <summary>
/// The img2img sample end to end: the real program (NativeAOT binary in CI) against the local relay on 127.0.0.1.
/// </summary>
public sealed class Img2ImgSampleTests : IDisposable
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    private readonly TempFolder _temp = new();
    private readonly ITestOutputHelper _log;

    public Img2ImgSampleTests(ITestOutputHelper log)
    {
        _log = log;
        _log.WriteLine("ran: " + Img2ImgProgram.Instance.Description);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Completes_a_prediction_and_saves_every_image_byte_for_byte()
    {
        await using var relay = await LocalRelay.StartAsync(RelayScenario.Succeeds);
        var sketch = TestPng.Solid(8, 8, 200, 120, 40);
        File.WriteAllBytes(_temp.Combine("sketch.png"), sketch);

        var result = await RunAsync(relay, "--image", "sketch.png", "--prompt", "A fantasy landscape", "--num-outputs", "2",
            "--guidance-scale", "9", "--out", "generated");

        Assert.True(result.ExitCode == 0, result.ToString());
        var create = Assert.Single(relay.Requests, r => r.Method == "POST" && r.PathAndQuery == "/relay/replicate/v1/predictions");
        Assert.Equal("Bearer " + LocalRelay.ApiKey, create.Header("Authorization"));
        var input = JsonNode.Parse(create.BodyText)!["input"]!;
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(sketch), input["image"]!.GetValue<string>());
        Assert.Equal(2, input["num_outputs"]!.GetValue<int>());
        Assert.Equal(9, input["guidance_scale"]!.GetValue<double>());
        Assert.Equal(25, input["num_inference_steps"]!.GetValue<int>());
        Assert.StartsWith("stability-ai/stable-diffusion-img2img:", JsonNode.Parse(create.BodyText)!["version"]!.GetValue<string>());

        Assert.Equal(2, result.OutputLines.Length);
        for (var index = 0; index < 2; index++)
        {
            var saved = Path.Combine(_temp.Path, result.OutputLines[index]);
            Assert.Equal(Path.Combine("generated", "pred1x7k2-" + index + ".png"), result.OutputLines[index]);
            Assert.Equal(LocalRelay.ImageBytes("pred1x7k2", index), File.ReadAllBytes(saved));
        }
        // Progress on stderr, status by status; the downloads went to the file host without the key.
        Assert.Contains("pred1x7k2: starting", result.Error);
        Assert.Contains("pred1x7k2: processing | 40%", result.Error);
        Assert.Contains("pred1x7k2: succeeded", result.Error);
        Assert.All(relay.Requests.Where(r => r.PathAndQuery.StartsWith("/files/", StringComparison.Ordinal)), download => Assert.Null(download.Header("Authorization")));
        Assert.DoesNotContain(LocalRelay.ApiKey, result.Output + result.Error);
    }

    [Fact]
    public async Task Prefer_wait_goes_on_the_create_call_and_a_finished_prediction_is_read_once()
    {
        await using var relay = await LocalRelay.StartAsync(RelayScenario.Succeeds);

        var result = await RunAsync(relay, "--image", "https://example.com/sketch.png", "--prefer-wait", "30", "--out", "generated");

        Assert.True(result.ExitCode == 0, result.ToString());
        var create = Assert.Single(relay.Requests, r => r.Method == "POST");
        Assert.Equal("wait=30", create.Header("Prefer"));
        Assert.Equal("https://example.com/sketch.png", JsonNode.Parse(create.BodyText)!["input"]!["image"]!.GetValue<string>());
        var poll = Assert.Single(relay.Polls);
        Assert.Null(poll.Header("Prefer"));
        Assert.Equal(LocalRelay.ImageBytes("pred1x7k2", 0), File.ReadAllBytes(_temp.Combine("generated", "pred1x7k2-0.png")));
    }

    [Fact]
    public async Task A_failed_prediction_exits_1_with_the_error_it_reported()
    {
        await using var relay = await LocalRelay.StartAsync(RelayScenario.Fails);

        var result = await RunAsync(relay, "--image", "https://example.com/sketch.png");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error: prediction pred1x7k2 failed: CUDA out of memory. Tried to allocate 1.50 GiB", result.Error);
        Assert.Empty(result.Output);
        Assert.False(Directory.Exists(_temp.Combine("outputs")) && Directory.EnumerateFiles(_temp.Combine("outputs")).Any());
    }

    [Fact]
    public async Task A_refused_key_names_the_status_and_never_the_key()
    {
        await using var relay = await LocalRelay.StartAsync(RelayScenario.Succeeds);
        const string wrongKey = "r8_wrong_key_d41d8cd98f";

        var result = await RunWithKeyAsync(relay, wrongKey, "--image", "https://example.com/sketch.png");

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("401", result.Error);
        Assert.Contains("REPLICATE_API_TOKEN", result.Error);
        // The relay echoes the key it refused (LocalRelay); the program must not repeat it.
        Assert.DoesNotContain(wrongKey, result.Output + result.Error);
    }

    [Fact]
    public async Task A_prediction_that_never_ends_is_cancelled_at_the_timeout()
    {
        await using var relay = await LocalRelay.StartAsync(RelayScenario.NeverFinishes);

        var result = await RunAsync(relay, "--image", "https://example.com/sketch.png", "--timeout", "2");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("--timeout", result.Error);
        Assert.Equal("/relay/replicate/v1/predictions/pred1x7k2/cancel", Assert.Single(relay.Cancels).PathAndQuery);
        Assert.Contains("canceled prediction pred1x7k2", result.Error);
    }

    [Fact]
    public async Task A_timeout_while_the_create_call_is_unanswered_still_cancels_the_prediction_it_made()
    {
        // The relay answers the create call only after the program's timeout has passed (its clock started before the call
        // was sent), so the timeout always fires mid-call: the program must wait for the id and cancel, not abandon it.
        const int timeoutSeconds = 1;
        await using var relay = await LocalRelay.StartAsync(RelayScenario.NeverFinishes, createDelay: TimeSpan.FromSeconds(timeoutSeconds + 0.5));

        var result = await RunAsync(relay, "--image", "https://example.com/sketch.png", "--timeout", timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("--timeout", result.Error);
        Assert.Equal("/relay/replicate/v1/predictions/pred1x7k2/cancel", Assert.Single(relay.Cancels).PathAndQuery);
        Assert.Contains("canceled prediction pred1x7k2", result.Error);
        Assert.Empty(relay.Polls);
    }

    [Fact]
    public async Task A_create_call_never_answered_is_reported_as_not_cancelled_after_the_grace()
    {
        await using var relay = await LocalRelay.StartAsync(RelayScenario.NeverFinishes, createDelay: System.Threading.Timeout.InfiniteTimeSpan);

        var result = await RunAsync(relay, "--image", "https://example.com/sketch.png", "--timeout", "1");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("no prediction id is known", result.Error);
        Assert.Contains("may be running on the server", result.Error);
        Assert.Empty(relay.Cancels);
    }

    [Fact]
    public async Task Ctrl_C_cancels_the_prediction_and_exits_130()
    {
        await using var relay = await LocalRelay.StartAsync(RelayScenario.NeverFinishes);
        using var process = Start(relay, LocalRelay.ApiKey, "--image", "https://example.com/sketch.png");
        await UntilPolledAsync(relay, process);

        // A test run started as a background job hands the program an ignored SIGINT, which no program can receive; SIGTERM
        // takes the same path in the program (InterruptSignals), so the behaviour is still tested, and the log says which ran.
        var signal = process.Ignores(Img2ImgProcess.SigInt) ? Img2ImgProcess.SigTerm : Img2ImgProcess.SigInt;
        _log.WriteLine(signal == Img2ImgProcess.SigInt ? "sent SIGINT" : "sent SIGTERM: SIGINT is ignored in this test run (a background job)");
        process.Signal(signal);
        var result = await process.WaitAsync(RunLimit);
        _log.WriteLine(result.ToString());

        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.Single(relay.Cancels);
        Assert.Contains("interrupted", result.Error);
    }

    [Fact]
    public async Task SIGTERM_cancels_the_prediction_like_Ctrl_C()
    {
        await using var relay = await LocalRelay.StartAsync(RelayScenario.NeverFinishes);
        using var process = Start(relay, LocalRelay.ApiKey, "--image", "https://example.com/sketch.png");
        await UntilPolledAsync(relay, process);

        process.Signal(Img2ImgProcess.SigTerm);
        var result = await process.WaitAsync(RunLimit);
        _log.WriteLine(result.ToString());

        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.Equal("/relay/replicate/v1/predictions/pred1x7k2/cancel", Assert.Single(relay.Cancels).PathAndQuery);
        Assert.Contains("canceled prediction pred1x7k2", result.Error);
    }

    /// <summary>Waits, without a wall-clock margin of its own, until the program follows the prediction, so there is one to cancel.</summary>
    private static async Task UntilPolledAsync(LocalRelay relay, Img2ImgProcess process)
    {
        using var limit = new System.Threading.CancellationTokenSource(RunLimit);
        while (!relay.Polls.Any())
        {
            if (process.HasExited) throw new InvalidOperationException("img2img exited before following the prediction.");
            await Task.Delay(50, limit.Token);
        }
    }

    [Fact]
    public async Task An_option_outside_the_schema_limits_is_refused_before_anything_is_sent()
    {
        await using var relay = await LocalRelay.StartAsync(RelayScenario.Succeeds);

        var result = await RunAsync(relay, "--image", "https://example.com/sketch.png", "--num-outputs", "9");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("/input/num_outputs", result.Error);
        Assert.Contains("8", result.Error);
        Assert.Empty(relay.Requests);
    }

    [Fact]
    public async Task Help_states_the_limits_of_the_generated_constants()
    {
        await using var relay = await LocalRelay.StartAsync(RelayScenario.Succeeds);

        var result = await RunAsync(relay, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Images to generate, 1 to 8 [default: 1]", result.Output);
        Assert.Contains("1 to 20 [default: 7.5]", result.Output);
        Assert.Contains("Denoising steps, 1 to 500 [default: 25]", result.Output);
    }

    private Task<Img2ImgResult> RunAsync(LocalRelay relay, params string[] arguments)
        => RunWithKeyAsync(relay, LocalRelay.ApiKey, arguments);

    private async Task<Img2ImgResult> RunWithKeyAsync(LocalRelay relay, string apiKey, params string[] arguments)
    {
        using var process = Start(relay, apiKey, arguments);
        var result = await process.WaitAsync(RunLimit);
        _log.WriteLine(result.ToString());
        return result;
    }

    private Img2ImgProcess Start(LocalRelay relay, string apiKey, params string[] arguments)
        => Img2ImgProgram.Instance.Start(arguments, _temp.Path, new Dictionary<string, string>
        {
            ["REPLICATE_BASE_URL"] = relay.BaseAddress.ToString(),
            ["REPLICATE_API_TOKEN"] = apiKey,
        });
}
