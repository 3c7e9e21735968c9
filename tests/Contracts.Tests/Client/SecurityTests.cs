using System;
using System.Linq;
using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>Security schemes and requirements applied per operation by the runtime's exchange, over a loopback server.</summary>
public sealed class SecurityTests
{
    private const string Probe = """
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;
        using Fixtures.Vault;

        public sealed class CountingProvider : IContractsTokenProvider
        {
            public int Calls;
            public ValueTask<string?> GetCredentialAsync(ContractsSecurityScheme scheme, ContractsOperation operation, CancellationToken cancellationToken)
                => new(scheme.Name == "bearerAuth" ? "token-" + Interlocked.Increment(ref Calls) + "-" + operation.Id : null);
        }

        public sealed class ThrowingProvider : IContractsTokenProvider
        {
            public ValueTask<string?> GetCredentialAsync(ContractsSecurityScheme scheme, ContractsOperation operation, CancellationToken cancellationToken)
                => throw new System.InvalidOperationException("vault sealed");
        }

        public static class Probe
        {
            public static async Task Each(string baseAddress)
            {
                using var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };
                var options = new VaultClientOptions { KeyHeader = "hk", KeyQuery = "q k", KeyCookie = "ck", BasicAuth = "ann:pa ss", BearerAuth = "bt", Oauth = "ot" };
                IVaultClient client = new VaultClient(http, options);
                await client.ViaHeaderAsync();
                await client.ViaQueryAsync(q: "x");
                await client.ViaCookieAsync();
                await client.ViaBasicAsync();
                await client.ViaDefaultAsync();
                await client.Tokens.ViaOauthAsync();
                await client.OpenAsync();
                await client.EitherAsync();
                await new VaultClient(http, new VaultClientOptions()).EitherAsync();
            }

            public static async Task<int> Provider(string baseAddress)
            {
                using var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };
                var provider = new CountingProvider();
                var client = new VaultClient(http, new VaultClientOptions { TokenProvider = provider, ApiKey = "fallback" });
                await client.ViaDefaultAsync();
                await client.ViaDefaultAsync();
                await client.ViaDefaultAsync(new ContractsRequestOptions { Credential = "user-7" });
                await client.ViaHeaderAsync(new ContractsRequestOptions { TokenProvider = new CountingProvider() });
                return provider.Calls;
            }

            public static Task Throwing(string baseAddress, string secret)
            {
                var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };
                return new VaultClient(http, new VaultClientOptions { TokenProvider = new ThrowingProvider(), KeyHeader = secret }).ViaDefaultAsync();
            }

            public static Task WithKey(string baseAddress, string key, bool query)
            {
                var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };
                var client = new VaultClient(http, new VaultClientOptions { KeyQuery = key, KeyHeader = key });
                return query ? client.ViaQueryAsync() : client.ViaHeaderAsync();
            }

            public static string Texts(string secret)
                => new VaultClientOptions { KeyHeader = secret, ApiKey = secret }.ToString() + new ContractsRequestOptions { Credential = secret }.ToString();
        }
        """;

    [Fact]
    public async Task Each_scheme_puts_its_credential_where_the_document_says()
    {
        var run = VaultApi.Generate(Probe);
        using var compiled = run.Compile();
        await using var server = await LoopbackServer.StartAsync(request => request.PathAndQuery.StartsWith("/either", StringComparison.Ordinal)
            ? LoopbackResponse.Json(200, "{\"n\":1}")
            : LoopbackResponse.Empty(204));

        await (Task)compiled.InvokeStatic("Probe", "Each", server.BaseAddress.ToString())!;

        var requests = server.Requests;
        Assert.Equal("hk", requests[0].Header("X-API-Key"));
        Assert.Null(requests[0].Header("Authorization"));
        Assert.Equal("/query?q=x&api_key=q%20k", requests[1].PathAndQuery);
        Assert.Equal("session=ck", requests[2].Header("Cookie"));
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ann:pa ss")), requests[3].Header("Authorization"));
        Assert.Equal("Bearer bt", requests[4].Header("Authorization"));
        Assert.Equal("Bearer ot", requests[5].Header("Authorization"));
        Assert.Null(requests[6].Header("Authorization"));
        // Both schemes of the first alternative together; with neither at hand, the anonymous alternative.
        Assert.Equal("hk", requests[7].Header("X-API-Key"));
        Assert.Equal("/either?api_key=q%20k", requests[7].PathAndQuery);
        Assert.Equal("/either", requests[8].PathAndQuery);
        Assert.Null(requests[8].Header("X-API-Key"));

        var ignored = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR5010");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, ignored.Severity);
        Assert.Contains("GET /bearer", ignored.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("bearerAuth", ignored.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_token_provider_is_asked_per_request_and_a_call_can_bring_its_own_credential()
    {
        using var compiled = VaultApi.Generate(Probe).Compile();
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));

        var calls = await (Task<int>)compiled.InvokeStatic("Probe", "Provider", server.BaseAddress.ToString())!;

        Assert.Equal(2, calls);
        var requests = server.Requests;
        Assert.Equal("Bearer token-1-viaDefault", requests[0].Header("Authorization"));
        Assert.Equal("Bearer token-2-viaDefault", requests[1].Header("Authorization"));
        Assert.Equal("Bearer user-7", requests[2].Header("Authorization"));
        // The call's provider has nothing for keyHeader: the client's fallback key goes instead.
        Assert.Equal("fallback", requests[3].Header("X-API-Key"));
    }

    [Fact]
    public async Task A_throwing_token_provider_names_the_operation_and_nothing_is_sent()
    {
        using var compiled = VaultApi.Generate(Probe).Compile();
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));

        var error = await Assert.ThrowsAsync<ContractsCredentialException>(() => (Task)compiled.InvokeStatic("Probe", "Throwing", server.BaseAddress.ToString(), "s3cr3t-key")!);

        Assert.Contains("GET /bearer", error.Message);
        Assert.Contains("bearerAuth", error.Message);
        Assert.Equal("vault sealed", error.InnerException!.Message);
        Assert.DoesNotContain("s3cr3t-key", error.ToString());
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Keys_never_appear_in_exceptions_or_options_text(bool query)
    {
        const string secret = "k3y-NEVER-SHOWN";
        using var compiled = VaultApi.Generate(Probe).Compile();
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Json(401, "{\"detail\":\"bad key\"}"));

        var failure = await Assert.ThrowsAsync<ApiException>(() => (Task)compiled.InvokeStatic("Probe", "WithKey", server.BaseAddress.ToString(), secret, query)!);
        var broken = await Assert.ThrowsAsync<ArgumentException>(() => (Task)compiled.InvokeStatic("Probe", "WithKey", server.BaseAddress.ToString(), secret + "\r\nX-Evil: 1", query)!);

        Assert.DoesNotContain(secret, failure.ToString());
        Assert.DoesNotContain(secret, broken.ToString());
        Assert.Contains(query ? "GET /query" : "GET /header", broken.Message);
        Assert.DoesNotContain(secret, (string)compiled.InvokeStatic("Probe", "Texts", secret)!);
        Assert.Single(server.Requests);
    }
}
