using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>
/// Binary downloads and uploads, text/event-stream and application/x-ndjson, generated from an OpenAPI file, compiled and
/// run against a loopback server.
/// </summary>
public sealed class FilesAndStreamsTests
{
    internal const string Schema = """
        {
          "openapi": "3.0.1",
          "info": {"title": "Media", "version": "1"},
          "paths": {
            "/images/{id}": {"get": {"operationId": "getImage",
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "responses": {
                "200": {"description": "the image", "content": {"image/png": {"schema": {"type": "string", "format": "binary"}}}},
                "404": {"description": "missing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImageMissing"}}}}}}},
            "/images": {"put": {"operationId": "putImage",
              "requestBody": {"required": true, "content": {"image/png": {"schema": {"type": "string", "format": "binary"}}}},
              "responses": {"204": {"description": "stored"}}}},
            "/events": {"get": {"operationId": "streamTicks",
              "responses": {"200": {"description": "ticks", "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/Tick"}}}}}}},
            "/raw-events": {"get": {"operationId": "streamText",
              "responses": {"200": {"description": "text events", "content": {"text/event-stream": {}}}}}},
            "/lines": {"get": {"operationId": "readLines",
              "responses": {"200": {"description": "ticks", "content": {"application/x-ndjson": {"schema": {"$ref": "#/components/schemas/Tick"}}}}}}}
          },
          "components": {"schemas": {
            "Tick": {"type": "object", "properties": {"n": {"type": "integer"}}},
            "ImageMissing": {"type": "object", "properties": {"message": {"type": "string"}}}
          }}
        }
        """;

    private const string Probe = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Fixtures.Media;

        public static class Probe
        {
            private static MediaClient Client(string baseAddress) => new(new HttpClient { BaseAddress = new Uri(baseAddress) });

            public static async Task<string> Download(string baseAddress)
            {
                await using var file = await Client(baseAddress).GetImageAsync("cat.png");
                using var sha = System.Security.Cryptography.SHA256.Create();
                var hash = Convert.ToHexString(await sha.ComputeHashAsync(file.Content));
                return string.Join("|", file.StatusCode, hash, file.MediaType, file.FileName, file.Length);
            }

            public static async Task<string> Missing(string baseAddress)
            {
                try { await using var file = await Client(baseAddress).GetImageAsync("none.png"); return "no exception"; }
                catch (Contracts.ApiException<ImageMissing> error) { return error.Error.Message!; }
            }

            public static Task Upload(string baseAddress, byte[] bytes) => Client(baseAddress).PutImageAsync(new System.IO.MemoryStream(bytes));

            public static async Task<string> Ticks(string baseAddress)
            {
                var seen = new List<string>();
                await foreach (var e in Client(baseAddress).StreamTicksAsync())
                {
                    seen.Add($"{e.EventType}/{e.LastEventId}/{e.ReconnectionTime?.TotalMilliseconds}/{(e.HasValue ? e.Value.N.ToString() : "-")}/{e.Data}");
                }
                return string.Join("¦", seen);
            }

            public static async Task<string> Texts(string baseAddress)
            {
                var seen = new List<string>();
                await foreach (var e in Client(baseAddress).StreamTextAsync()) seen.Add(e.Value);
                return string.Join("¦", seen);
            }

            public static async Task<string> Lines(string baseAddress)
            {
                var seen = new List<long?>();
                await foreach (var tick in Client(baseAddress).ReadLinesAsync()) seen.Add(tick.N);
                return string.Join(",", seen);
            }

            public static async Task<int> CancelAfterTwelveWithATimeoutShorterThanTheStream(string baseAddress)
            {
                // The call's timeout covers sending and the response headers, not the stream after them; the caller's
                // token still reaches the stream.
                using var cancellation = new CancellationTokenSource();
                var count = 0;
                var options = new Contracts.ContractsRequestOptions { Timeout = TimeSpan.FromSeconds(2) };
                try
                {
                    await foreach (var e in Client(baseAddress).StreamTicksAsync(requestOptions: options, cancellationToken: cancellation.Token))
                    {
                        if (++count == 12) cancellation.Cancel();
                    }
                }
                catch (OperationCanceledException)
                {
                    return count;
                }
                return -1;
            }

            public static async Task<int> CancelAfterTwo(string baseAddress)
            {
                using var cancellation = new CancellationTokenSource();
                var count = 0;
                await foreach (var e in Client(baseAddress).StreamTicksAsync().WithCancellation(cancellation.Token))
                {
                    if (++count == 2) cancellation.Cancel();
                }
                return count;
            }
        }
        """;

    private static CompiledAssembly Compile()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/media.openapi.json", Schema, "Fixtures.Media", "MediaClient") }, new[] { Probe });
        return run.Compile();
    }

    private static LoopbackResponse Stream(string contentType, string body)
        => new(200, new Dictionary<string, string> { ["Content-Type"] = contentType }, Encoding.UTF8.GetBytes(body));

    [Fact]
    public async Task A_png_larger_than_the_json_limit_arrives_byte_for_byte_with_its_media_type_name_and_length()
    {
        // 17 MiB: past the 16 MiB limit that still applies to JSON bodies.
        var png = new byte[17 * 1024 * 1024];
        new Random(14).NextBytes(png);
        png[0] = 0x89; png[1] = (byte)'P'; png[2] = (byte)'N'; png[3] = (byte)'G';
        await using var server = await LoopbackServer.StartAsync(request => request.PathAndQuery == "/images/cat.png"
            ? new LoopbackResponse(200, new Dictionary<string, string> { ["Content-Type"] = "image/png", ["Content-Disposition"] = "attachment; filename=\"cat.png\"" }, png)
            : LoopbackResponse.Json(404, "{\"message\":\"no such image\"}"));
        using var compiled = Compile();

        var result = await (Task<string>)compiled.InvokeStatic("Probe", "Download", server.BaseAddress.ToString())!;
        var missing = await (Task<string>)compiled.InvokeStatic("Probe", "Missing", server.BaseAddress.ToString())!;

        Assert.Equal($"200|{Convert.ToHexString(SHA256.HashData(png))}|image/png|cat.png|{png.Length}", result);
        Assert.Equal("no such image", missing);
        Assert.Equal("image/png, application/json", server.Requests[0].Header("Accept"));
    }

    [Fact]
    public async Task A_binary_request_body_is_sent_as_its_bytes_under_the_declared_media_type()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0x0D, 0x0A };
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));
        using var compiled = Compile();

        await (Task)compiled.InvokeStatic("Probe", "Upload", server.BaseAddress.ToString(), bytes)!;

        var request = Assert.Single(server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("image/png", request.Header("Content-Type"));
        Assert.Equal(bytes, request.Body);
    }

    [Fact]
    public async Task An_event_stream_is_parsed_as_the_whatwg_standard_says()
    {
        const string events =
            "\uFEFF: a comment, ignored\r\n" +
            "retry: 1500\r\n" +
            "id: 7\r\n" +
            "event: tick\r\n" +
            "data: {\"n\":\r\n" +
            "data: 1}\r\n" +
            "\r\n" +
            "data:{\"n\":2}\n" +
            "retry: soon\n" +                // not all digits: ignored
            "a line without a colon\n" +     // a field with an empty value, unknown: ignored
            "id: bad\0id\n" +                // contains NULL: ignored
            "\n" +
            "data\n" +                       // a data field with an empty value
            "\n" +
            "\n" +                           // nothing buffered: no event
            "data: [DONE]\r" +               // lone CR ends lines too
            "\r" +
            "data: {\"n\":3}\n";             // unfinished at the end of the stream: discarded
        await using var server = await LoopbackServer.StartAsync(_ => Stream("text/event-stream", events));
        using var compiled = Compile();

        var ticks = await (Task<string>)compiled.InvokeStatic("Probe", "Ticks", server.BaseAddress.ToString())!;
        var texts = await (Task<string>)compiled.InvokeStatic("Probe", "Texts", server.BaseAddress.ToString())!;

        Assert.Equal(new[] { "tick/7/1500/1/{\"n\":\n1}", "message/7/1500/2/{\"n\":2}", "message/7/1500/-/", "message/7/1500/-/[DONE]" }, ticks.Split('¦'));
        Assert.Equal(new[] { "{\"n\":\n1}", "{\"n\":2}", "", "[DONE]" }, texts.Split('¦'));
        Assert.Equal("text/event-stream", server.Requests[0].Header("Accept"));
    }

    [Fact]
    public async Task Json_lines_are_read_one_value_per_line()
    {
        await using var server = await LoopbackServer.StartAsync(_ => Stream("application/x-ndjson", "{\"n\":1}\n\n{\"n\":2}\r\n  \n{\"n\":3}"));
        using var compiled = Compile();

        var lines = await (Task<string>)compiled.InvokeStatic("Probe", "Lines", server.BaseAddress.ToString())!;

        Assert.Equal("1,2,3", lines);
    }

    [Fact]
    public async Task A_json_line_that_is_not_the_declared_type_names_the_operation_and_the_line()
    {
        await using var server = await LoopbackServer.StartAsync(_ => Stream("application/x-ndjson", "{\"n\":1}\n<html>\n"));
        using var compiled = Compile();

        var error = await Assert.ThrowsAsync<ResponseBodyException>(() => (Task<string>)compiled.InvokeStatic("Probe", "Lines", server.BaseAddress.ToString())!);

        Assert.StartsWith("GET /lines answered 200", error.Message);
        Assert.Contains("line 2 is not JSON of Tick", error.Message);
    }

    [Fact]
    public async Task A_call_timeout_ends_with_the_response_headers_and_the_callers_token_still_stops_the_stream()
    {
        await using var server = await LoopbackServer.StartStreamingAsync(async (response, token) =>
        {
            for (var n = 1; !token.IsCancellationRequested; n++)
            {
                await response.WriteAsync($"data: {{\"n\":{n}}}\n\n", token);
                await response.Body.FlushAsync(token);
                await Task.Delay(250, token);
            }
        });
        using var compiled = Compile();

        var count = await ((Task<int>)compiled.InvokeStatic("Probe", "CancelAfterTwelveWithATimeoutShorterThanTheStream", server.BaseAddress.ToString())!)
            .WaitAsync(TimeSpan.FromSeconds(30));

        // Twelve events 250 ms apart outlast the 2 s timeout.
        Assert.Equal(12, count);
    }

    [Fact]
    public async Task Cancelling_mid_stream_stops_the_enumeration_and_releases_the_connection()
    {
        var clientGone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartStreamingAsync(async (response, token) =>
        {
            using var registration = token.Register(() => clientGone.TrySetResult());
            for (var n = 1; !token.IsCancellationRequested; n++)
            {
                await response.WriteAsync($"data: {{\"n\":{n}}}\n\n", token);
                await response.Body.FlushAsync(token);
                await Task.Delay(20, token);
            }
        });
        using var compiled = Compile();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => (Task<int>)compiled.InvokeStatic("Probe", "CancelAfterTwo", server.BaseAddress.ToString())!);

        // The server sees the client go away: the response was disposed, not left open.
        await clientGone.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
