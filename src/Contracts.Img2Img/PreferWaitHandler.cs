using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.Img2Img;

/// <summary>
/// Adds <c>Prefer: wait=N</c> to the create request, asking the API to hold the answer until the prediction finishes
/// (or N seconds pass). A handler rather than a schema parameter: the seed page stays as Apifox wrote it, and the get
/// and cancel endpoints do not take the header.
/// </summary>
internal sealed class PreferWaitHandler : DelegatingHandler
{
    private readonly string _value;

    public PreferWaitHandler(int seconds, HttpMessageHandler inner) : base(inner)
        => _value = "wait=" + seconds.ToString(CultureInfo.InvariantCulture);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && request.RequestUri is { } uri
            && uri.AbsolutePath.EndsWith("/predictions", StringComparison.Ordinal))
        {
            request.Headers.TryAddWithoutValidation("Prefer", _value);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
