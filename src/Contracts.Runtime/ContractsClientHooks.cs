using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>
/// Sees every call of a generated client (set <see cref="ContractsClientOptions.Hooks"/>): adjust the request before it
/// goes, look at the response, hear about invalid responses and failures. Override only what you need.
/// </summary>
public abstract class ContractsClientHooks
{
    /// <summary>Called with the finished request (body, headers and credentials on it) just before it is sent.</summary>
    public virtual ValueTask OnRequestAsync(ContractsOperation operation, HttpRequestMessage request, CancellationToken cancellationToken) => default;

    /// <summary>Called with the response once its headers arrived, before its body is turned into the result.</summary>
    public virtual void OnResponse(ContractsOperation operation, HttpResponseMessage response, TimeSpan elapsed)
    {
    }

    /// <summary>Called when <see cref="ResponseValidation.Report"/> finds a success body breaking its schema.</summary>
    public virtual void OnInvalidResponse(ContractsOperation operation, IReadOnlyList<ValidationError> errors)
    {
    }

    /// <summary>Called when the call ends in an exception (error status, invalid body, timeout, network).</summary>
    public virtual void OnFailure(ContractsOperation operation, Exception exception)
    {
    }
}
