using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Contracts.Tests.Tool;
using Contracts.Tests.Verify;
using Xunit;
using Xunit.Abstractions;

namespace Contracts.Tests.Sample;

/// <summary>
/// The img2img sample's real traffic with its local relay, recorded as a browser or proxy would (a HAR file), then checked
/// with `contracts verify` against the two pages the sample is generated from.
/// </summary>
public sealed class Img2ImgRecordingTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ITestOutputHelper _log;

    public Img2ImgRecordingTests(ITestOutputHelper log) => _log = log;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_recorded_session_of_the_sample_and_its_relay_verifies_clean()
    {
        HarRecording recording;
        await using (var relay = await LocalRelay.StartAsync(RelayScenario.Succeeds))
        {
            File.WriteAllBytes(_temp.Combine("sketch.png"), TestPng.Solid(8, 8, 200, 120, 40));
            using var process = Img2ImgProgram.Instance.Start(new[] { "--image", "sketch.png", "--num-outputs", "2", "--out", "generated" }, _temp.Path,
                new Dictionary<string, string> { ["REPLICATE_BASE_URL"] = relay.BaseAddress.ToString(), ["REPLICATE_API_TOKEN"] = LocalRelay.ApiKey });
            var result = await process.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(result.ExitCode == 0, result.ToString());
            recording = Record(relay);
        }
        var har = _temp.Write("img2img.har", recording.ToJson());
        var schemas = Path.Combine(RepositoryFiles.Root, "schemas");

        var run = ToolRun.Of("verify", schemas, "--har", har, "--unmatched", "--format", "json");
        _log.WriteLine(run.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        Assert.Empty(root.GetProperty("violations").EnumerateArray());
        // One create, at least three polls until succeeded, two downloads from the file host.
        Assert.Equal(recording.Count, root.GetProperty("entries").GetInt32());
        Assert.True(root.GetProperty("matched").GetInt32() >= 4, run.Output);
        var unmatched = root.GetProperty("unmatched").EnumerateArray().Select(e => new Uri(e.GetProperty("url").GetString()!).AbsolutePath).ToList();
        Assert.Equal(new[] { "/files/pred1x7k2/out-0.png", "/files/pred1x7k2/out-1.png" }, unmatched);
        // The relay answers create with 201 (as Replicate does) where the page declares only 200: said, not hidden.
        var notChecked = Assert.Single(root.GetProperty("notChecked").EnumerateArray());
        Assert.Contains("response 201 not declared by POST /replicate/v1/predictions", notChecked.GetProperty("reason").GetString());
        Assert.DoesNotContain(LocalRelay.ApiKey, run.Output + run.Error);
    }

    [Fact]
    public async Task A_relay_answer_that_breaks_the_page_is_found_in_the_recording()
    {
        HarRecording recording;
        await using (var relay = await LocalRelay.StartAsync(RelayScenario.Succeeds))
        {
            using var process = Img2ImgProgram.Instance.Start(new[] { "--image", "https://example.com/sketch.png", "--out", "generated" }, _temp.Path,
                new Dictionary<string, string> { ["REPLICATE_BASE_URL"] = relay.BaseAddress.ToString(), ["REPLICATE_API_TOKEN"] = LocalRelay.ApiKey });
            var result = await process.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(result.ExitCode == 0, result.ToString());
            recording = Record(relay, status => status == "processing" ? "\"halfway\"" : null);
        }
        var har = _temp.Write("img2img.har", recording.ToJson());

        var run = ToolRun.Of("verify", Path.Combine(RepositoryFiles.Root, "schemas"), "--har", har);
        _log.WriteLine(run.ToString());

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("response 200 body /status: must be one of \"starting\", \"processing\", \"succeeded\", \"failed\", \"canceled\" (was \"halfway\").", run.Output);
        Assert.Contains("replicate-get-and-cancel-prediction.apifox.txt:", run.Output);
    }

    /// <summary>The relay's exchanges as a HAR; <paramref name="replaceStatus"/> may swap a status value in the answers, to record a drifting server.</summary>
    private static HarRecording Record(LocalRelay relay, Func<string, string?>? replaceStatus = null)
    {
        var recording = new HarRecording();
        foreach (var (request, response) in relay.Exchanges)
        {
            var url = new Uri(relay.BaseAddress, request.PathAndQuery).ToString();
            var headers = request.Headers.SelectMany(header => header.Value.Select(value => (header.Key, value)));
            var body = response.Body;
            if (replaceStatus is not null && body is not null)
            {
                var text = System.Text.Encoding.UTF8.GetString(body);
                foreach (var status in new[] { "starting", "processing", "succeeded" })
                {
                    if (replaceStatus(status) is { } replacement) text = text.Replace("\"status\":\"" + status + "\"", "\"status\":" + replacement, StringComparison.Ordinal);
                }
                body = System.Text.Encoding.UTF8.GetBytes(text);
            }
            string? contentType = null;
            response.Headers?.TryGetValue("Content-Type", out contentType);
            recording.AddBytes(request.Method, url, headers, request.Body, request.Header("Content-Type"), response.StatusCode, body, contentType);
        }
        return recording;
    }
}
