using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.AotClient;

/// <summary>A hook putting the current trace id on every request, as README's example does.</summary>
internal sealed class Correlation : ContractsClientHooks
{
    public override ValueTask OnRequestAsync(ContractsOperation operation, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add("X-Correlation-Id", Activity.Current?.TraceId.ToString());
        return default;
    }
}
