using System;
using System.Collections.Generic;

namespace Contracts;

/// <summary>
/// Settings for one call of a generated client method (its <c>requestOptions</c> parameter); anything left null falls
/// back to the client's <see cref="ContractsClientOptions"/>. The credential is never shown by <see cref="ToString"/>.
/// </summary>
public sealed class ContractsRequestOptions
{
    /// <summary>Extra headers sent with this call (values with a line break are refused).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gives up on this call after this long (sending and reading), with a <see cref="TimeoutException"/> naming the
    /// operation; null leaves it to the HttpClient's own timeout and the cancellation token.
    /// </summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Overrides <see cref="ContractsClientOptions.ValidateRequests"/> for this call.</summary>
    public bool? ValidateRequest { get; set; }

    /// <summary>Overrides <see cref="ContractsClientOptions.ResponseValidation"/> for this call.</summary>
    public ResponseValidation? ResponseValidation { get; set; }

    /// <summary>
    /// The credential for this call (a token, an API key, or <c>user:password</c> for basic): used for every security
    /// scheme the operation needs, instead of the client's credentials and token provider.
    /// </summary>
    public string? Credential { get; set; }

    /// <summary>Supplies the credentials of this call (a per-user token, say), instead of the client's.</summary>
    public IContractsTokenProvider? TokenProvider { get; set; }

    /// <inheritdoc />
    public override string ToString()
        => $"ContractsRequestOptions {{ Headers = {Headers.Count}, Timeout = {(Timeout is null ? "(none)" : Timeout.ToString())}, ValidateRequest = {(ValidateRequest is null ? "(client)" : ValidateRequest.ToString())}, ResponseValidation = {(ResponseValidation is null ? "(client)" : ResponseValidation.ToString())}, Credential = {(Credential is null ? "(none)" : "(set)")}, TokenProvider = {(TokenProvider is null ? "(none)" : "(set)")} }}";
}
