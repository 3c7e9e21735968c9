using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>
/// Supplies credentials when a request is built: per user, refreshed when they expire, fetched from a vault. Called once
/// per scheme per request, so it should cache what it can.
/// </summary>
public interface IContractsTokenProvider
{
    /// <summary>
    /// The credential for <paramref name="scheme"/> on <paramref name="operation"/> (a token, an API key, or
    /// <c>user:password</c> for basic), or null when it has none for that scheme.
    /// </summary>
    ValueTask<string?> GetCredentialAsync(ContractsSecurityScheme scheme, ContractsOperation operation, CancellationToken cancellationToken);
}
