using System;
using System.Linq;
using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>
/// With Microsoft.Extensions.Http, configuration and logging referenced, each client gets <c>services.Add{Client}()</c>,
/// options bound from configuration without reflection, and logging hooks; resolved from a real ServiceCollection.
/// </summary>
public sealed class DependencyInjectionTests
{
    private const string Probe = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;
        using Fixtures.Vault;
        using Fixtures.Other;

        public sealed class MarkHandler : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                request.Headers.Add("X-Handler", "chained");
                return base.SendAsync(request, cancellationToken);
            }
        }

        public sealed class ListLogger : ILoggerProvider, ILogger
        {
            public readonly List<string> Lines = new();
            public ILogger CreateLogger(string categoryName) => this;
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (Lines) Lines.Add(logLevel + " " + formatter(state, exception));
            }
            public void Dispose() { }
        }

        public static class Probe
        {
            public static async Task<string> Run(string baseAddress, string secret)
            {
                var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Vault:BaseAddress"] = baseAddress,
                    ["Vault:BearerAuth"] = secret,
                    ["Vault:Credentials:keyHeader"] = "hk",
                    ["Vault:ResponseValidation"] = "throw",
                }).Build();
                var logs = new ListLogger();
                var services = new ServiceCollection();
                services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
                services.AddVaultClient(configuration.GetSection("Vault")).AddHttpMessageHandler(() => new MarkHandler());
                services.AddOtherClient(options => options.BearerAuth = "other-token").ConfigureHttpClient(http => http.BaseAddress = new Uri(baseAddress));
                using var provider = services.BuildServiceProvider();

                var vault = provider.GetRequiredService<Fixtures.Vault.IVaultClient>();
                await vault.ViaDefaultAsync();
                await provider.GetRequiredService<Fixtures.Vault.VaultClient>().ViaHeaderAsync();
                await provider.GetRequiredService<Fixtures.Other.IOtherClient>().ViaDefaultAsync();
                string invalid;
                try { await vault.EitherAsync(); invalid = "accepted"; }
                catch (ContractValidationException exception) { invalid = exception.Subject; }
                var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Fixtures.Vault.VaultClientOptions>>().Value;
                return invalid + "\n" + options + "\n" + string.Join("\n", logs.Lines);
            }
        }
        """;

    [Fact]
    public async Task Clients_resolve_from_the_container_with_options_from_configuration_chained_handlers_and_logs()
    {
        const string secret = "cfg-SECRET-token";
        var run = VaultApi.GenerateTwo(Probe, ExtensionsReferences.HostingStack());
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains(run.GeneratedSources.Keys, name => name.EndsWith(".VaultClient.Extras.g.cs", StringComparison.Ordinal));
        using var compiled = run.Compile();
        await using var server = await LoopbackServer.StartAsync(request => request.PathAndQuery == "/either"
            ? LoopbackResponse.Json(200, "{\"n\":9}")
            : LoopbackResponse.Empty(204));

        var output = await (Task<string>)compiled.InvokeStatic("Probe", "Run", server.BaseAddress.ToString(), secret)!;

        var requests = server.Requests;
        Assert.Equal("Bearer " + secret, requests[0].Header("Authorization"));
        Assert.Equal("chained", requests[0].Header("X-Handler"));
        Assert.Equal("hk", requests[1].Header("X-API-Key"));
        // The second API keeps its own key, and its own handlers.
        Assert.Equal("Bearer other-token", requests[2].Header("Authorization"));
        Assert.Null(requests[2].Header("X-Handler"));
        var lines = output.Split('\n');
        Assert.Equal("GET /either response", lines[0]);
        Assert.StartsWith("VaultClientOptions { ApiKey = (none)", lines[1]);
        Assert.Contains("ResponseValidation = Throw", lines[1]);
        Assert.Contains("Debug Sending viaDefault (GET /bearer)", lines);
        Assert.Contains(lines, line => line.StartsWith("Information viaDefault answered 204 in ", StringComparison.Ordinal));
        Assert.Contains("Warning either failed with ContractValidationException (status 0)", lines);
        Assert.DoesNotContain(secret, output);
    }

    [Fact]
    public void The_reference_check_is_cached_so_an_unrelated_edit_regenerates_no_extras()
    {
        var first = VaultApi.GenerateTwo("public static class Nothing { }", ExtensionsReferences.HostingStack());

        var second = first.WithAddedSource("namespace Unrelated; public static class Helper { public static int Answer => 42; }");

        second.AssertAllTrackedStepsCachedOrUnchanged();
        Assert.Contains(Contracts.Generator.TrackingNames.Features, second.TrackedStepNames());
        Assert.Contains(Contracts.Generator.TrackingNames.ClientExtras, second.TrackedStepNames());
        Assert.Equal(first.GeneratedSources.Keys, second.GeneratedSources.Keys);
    }

    [Fact]
    public void Without_the_extension_packages_no_extras_are_emitted_and_the_client_still_compiles_cleanly()
    {
        var run = VaultApi.Generate("public static class Nothing { }");

        Assert.DoesNotContain(run.GeneratedSources.Keys, name => name.Contains(".Extras.", StringComparison.Ordinal));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
