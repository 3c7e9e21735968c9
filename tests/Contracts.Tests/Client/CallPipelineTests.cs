using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>Spans, hooks, per-call options and response validation, through the runtime's one exchange over a loopback server.</summary>
public sealed class CallPipelineTests
{
    private const string Probe = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;
        using Fixtures.Vault;

        public sealed class RecordingHooks : ContractsClientHooks
        {
            public readonly List<string> Seen = new();

            public override ValueTask OnRequestAsync(ContractsOperation operation, System.Net.Http.HttpRequestMessage request, CancellationToken cancellationToken)
            {
                request.Headers.Add("X-Hooked", operation.Id);
                Seen.Add("request " + operation.Id);
                return default;
            }

            public override void OnResponse(ContractsOperation operation, System.Net.Http.HttpResponseMessage response, TimeSpan elapsed) => Seen.Add("response " + (int)response.StatusCode);

            public override void OnInvalidResponse(ContractsOperation operation, IReadOnlyList<ValidationError> errors) => Seen.Add("invalid " + errors[0].Path + " " + errors[0].Keyword);

            public override void OnFailure(ContractsOperation operation, Exception exception) => Seen.Add("failure " + exception.GetType().Name);
        }

        public static class Probe
        {
            private static System.Net.Http.HttpClient Http(string baseAddress) => new() { BaseAddress = new Uri(baseAddress) };

            public static async Task<string> Hooks(string baseAddress)
            {
                var hooks = new RecordingHooks();
                var client = new VaultClient(Http(baseAddress), new VaultClientOptions { Hooks = hooks, ResponseValidation = ResponseValidation.Report });
                var answer = await client.EitherAsync();
                try { await client.OpenAsync(); } catch (ApiException) { }
                return answer.N + "|" + string.Join("|", hooks.Seen);
            }

            public static async Task<string> PerCall(string baseAddress)
            {
                IVaultClient client = new VaultClient(Http(baseAddress));
                var options = new ContractsRequestOptions();
                options.Headers["X-Request-Id"] = "abc";
                await client.ViaHeaderAsync(options);
                var results = new List<string>();
                try { await client.Tokens.ViaOauthAsync(new ContractsRequestOptions { Timeout = TimeSpan.FromMilliseconds(200) }); results.Add("no timeout"); }
                catch (TimeoutException exception) { results.Add(exception.Message); }
                try { await client.AddItemAsync(new AddItemRequest { Name = "toolong" }); results.Add("sent"); }
                catch (ContractValidationException exception) { results.Add(exception.Subject); }
                await client.AddItemAsync(new AddItemRequest { Name = "toolong" }, new ContractsRequestOptions { ValidateRequest = false });
                try { await client.EitherAsync(new ContractsRequestOptions { ResponseValidation = ResponseValidation.Throw }); results.Add("accepted"); }
                catch (ContractValidationException exception) { results.Add(exception.Subject + " " + exception.Errors[0].Path); }
                return string.Join("|", results);
            }

            public static async Task Spans(string baseAddress)
            {
                var client = new VaultClient(Http(baseAddress));
                await client.EitherAsync();
                try { await client.OpenAsync(); } catch (ApiException) { }
            }
        }
        """;

    private static Task<LoopbackServer> Server() => LoopbackServer.StartAsync(async (request, cancellationToken) =>
    {
        if (request.PathAndQuery == "/oauth") await Task.Delay(Timeout.Infinite, cancellationToken);
        return request.PathAndQuery switch
        {
            "/either" => LoopbackResponse.Json(200, "{\"n\":9}"),
            "/public" => LoopbackResponse.Json(500, "{\"detail\":\"down\"}"),
            _ => LoopbackResponse.Empty(204),
        };
    });

    [Fact]
    public async Task Hooks_see_the_request_before_it_goes_the_response_invalid_bodies_and_failures()
    {
        using var compiled = VaultApi.Generate(Probe).Compile();
        await using var server = await Server();

        var seen = await (Task<string>)compiled.InvokeStatic("Probe", "Hooks", server.BaseAddress.ToString())!;

        Assert.Equal("9|request either|response 200|invalid /n maximum|request open|response 500|failure ApiException", seen);
        Assert.Equal(new[] { "either", "open" }, server.Requests.Select(r => r.Header("X-Hooked")).ToArray());
    }

    [Fact]
    public async Task Per_call_options_add_headers_time_out_and_switch_validation()
    {
        using var compiled = VaultApi.Generate(Probe).Compile();
        await using var server = await Server();

        var results = await (Task<string>)compiled.InvokeStatic("Probe", "PerCall", server.BaseAddress.ToString())!;

        Assert.Equal(new[]
        {
            "GET /oauth did not complete within 00:00:00.2000000 (ContractsRequestOptions.Timeout).",
            "POST /items request",
            "GET /either response /n",
        }, results.Split('|'));
        Assert.Equal("abc", server.Requests[0].Header("X-Request-Id"));
        Assert.Null(server.Requests[1].Header("X-Request-Id"));
        // Refused before sending with validation on; sent as it is with validation off for the call.
        var items = server.Requests.Where(r => r.PathAndQuery == "/items").ToList();
        Assert.Equal("{\"name\":\"toolong\"}", Assert.Single(items).BodyText);
    }

    [Fact]
    public async Task Each_call_records_one_span_with_the_http_client_attributes()
    {
        using var compiled = VaultApi.Generate(Probe).Compile();
        await using var server = await Server();
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Fixtures.Vault.VaultClient",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (stopped) stopped.Add(activity); },
        };
        ActivitySource.AddActivityListener(listener);

        await (Task)compiled.InvokeStatic("Probe", "Spans", server.BaseAddress.ToString())!;

        Assert.Equal(2, stopped.Count);
        var ok = stopped[0];
        Assert.Equal("GET /either", ok.DisplayName);
        Assert.Equal("either", ok.GetTagItem("contracts.operation.id"));
        Assert.Equal("GET", ok.GetTagItem("http.request.method"));
        Assert.Equal("/either", ok.GetTagItem("url.template"));
        Assert.Equal(200, ok.GetTagItem("http.response.status_code"));
        Assert.Equal("127.0.0.1", ok.GetTagItem("server.address"));
        Assert.Equal(ActivityStatusCode.Unset, ok.Status);
        var failed = stopped[1];
        Assert.Equal(500, failed.GetTagItem("http.response.status_code"));
        Assert.Equal("500", failed.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
    }
}
