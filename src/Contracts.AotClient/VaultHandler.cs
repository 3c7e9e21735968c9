using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.AotClient;

/// <summary>Stands in for the vault over no network: records each request's path and credential, answers with a secret.</summary>
internal sealed class VaultHandler : HttpMessageHandler
{
    public List<string> Seen { get; } = new();

    public List<string> Correlations { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var credential = request.Headers.Authorization is { } authorization ? authorization.Scheme + " " + authorization.Parameter
            : request.Headers.Contains("X-API-Key") ? "X-API-Key" : "none";
        Seen.Add(request.Method + " " + path + " " + credential);
        if (request.Headers.TryGetValues("X-Correlation-Id", out var ids)) Correlations.AddRange(ids);
        if (path.EndsWith("/health", System.StringComparison.Ordinal)) return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        // "bad" answers a version below the schema's minimum of 1.
        var json = path.EndsWith("/bad", System.StringComparison.Ordinal) ? "{\"name\":\"bad\",\"version\":0}" : "{\"name\":\"db\",\"version\":3}";
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
