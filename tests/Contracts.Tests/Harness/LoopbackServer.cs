using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Contracts.Tests.Harness;

/// <summary>A real Kestrel server on 127.0.0.1 with an OS-assigned port that records every request
/// and answers through the test's handler, so generated clients are tested over real HTTP.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    /// <summary>Largest request body accepted; Kestrel answers 413 beyond it, so recording stays bounded.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024 * 1024;

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Func<RecordedRequest, CancellationToken, Task<LoopbackResponse>> _handler;
    private Func<HttpResponse, CancellationToken, Task>? _streamer;

    private LoopbackServer(WebApplication app, Func<RecordedRequest, CancellationToken, Task<LoopbackResponse>> handler)
    {
        _app = app;
        _handler = handler;
        BaseAddress = null!;
    }

    /// <summary>Where the server listens, such as <c>http://127.0.0.1:45123/</c>.</summary>
    public Uri BaseAddress { get; private set; }

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static Task<LoopbackServer> StartAsync(Func<RecordedRequest, LoopbackResponse> handler)
        => StartAsync((request, _) => Task.FromResult(handler(request)));

    /// <summary>Starts a server whose handler may wait; its token fires when the client gives up or the server stops.</summary>
    public static Task<LoopbackServer> StartAsync(Func<RecordedRequest, CancellationToken, Task<LoopbackResponse>> handler)
        => StartAsync(handler, null);

    private static async Task<LoopbackServer> StartAsync(Func<RecordedRequest, CancellationToken, Task<LoopbackResponse>> handler, Func<HttpResponse, CancellationToken, Task>? streamer)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });

        var app = builder.Build();
        var server = new LoopbackServer(app, handler) { _streamer = streamer };
        app.Run(server.HandleAsync);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not expose IServerAddressesFeature.");
        server.BaseAddress = new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>
    /// Starts a server that answers 200 with a JSON content type and lets <paramref name="write"/> stream the body as it
    /// likes (slowly, forever); its token fires when the client goes away or the server stops.
    /// </summary>
    public static Task<LoopbackServer> StartStreamingAsync(Func<HttpResponse, CancellationToken, Task> write)
        => StartAsync((_, _) => Task.FromResult(new LoopbackResponse(200)), write);

    public async ValueTask DisposeAsync()
    {
        // Bounded so a handler that never returns cannot hang the test run.
        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(timeout.Token);
        }
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        _requests.Enqueue(request);
        if (_streamer is not null)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            await context.Response.StartAsync(context.RequestAborted);
            try
            {
                await _streamer(context.Response, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client went away, as the test intends.
            }
            return;
        }

        LoopbackResponse response;
        try
        {
            response = await _handler(request, context.RequestAborted);
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            // Shown to the client so the test's failure says what went wrong in the handler.
            response = LoopbackResponse.Text(StatusCodes.Status500InternalServerError, "Loopback handler threw: " + exception);
        }

        context.Response.StatusCode = response.StatusCode;
        foreach (var header in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[header.Key] = header.Value;
        }
        // 1xx, 204 and 304 carry no body, and Kestrel aborts the connection if one is announced or written.
        if (response.StatusCode < 200 || response.StatusCode is 204 or 304) return;
        var body = response.Body ?? Array.Empty<byte>();
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);

        var headers = context.Request.Headers.ToDictionary(
            header => header.Key,
            header => (IReadOnlyList<string>)header.Value.Where(value => value is not null).Select(value => value!).ToArray(),
            StringComparer.OrdinalIgnoreCase);

        // RawTarget keeps the client's percent-encoding, which Path and QueryString would decode.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget
            ?? context.Request.Path + context.Request.QueryString;
        return new RecordedRequest(context.Request.Method, target, headers, body.ToArray());
    }
}
