using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.Aot;

/// <summary>
/// Answers every request with one JSON body and keeps what was sent: the client runs its whole path (request
/// building, serialising, reading the answer) with no network. Shared with Contracts.AotBaseline.
/// </summary>
internal sealed class ExampleHandler(string responseJson) : HttpMessageHandler
{
    public string? SentBody { get; private set; }

    public string? SentPath { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        SentPath = request.RequestUri?.AbsolutePath;
        SentBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(responseJson, Encoding.UTF8, "application/json") };
    }
}
