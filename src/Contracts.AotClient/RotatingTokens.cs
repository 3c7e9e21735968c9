using System.Threading;
using System.Threading.Tasks;

namespace Contracts.AotClient;

/// <summary>A token provider handing out a new token per request, as a refreshing one would after expiry.</summary>
internal sealed class RotatingTokens : IContractsTokenProvider
{
    private int _issued;

    public ValueTask<string?> GetCredentialAsync(ContractsSecurityScheme scheme, ContractsOperation operation, CancellationToken cancellationToken)
        => new(scheme.Name == "userToken" ? "token-" + Interlocked.Increment(ref _issued) : null);
}
