using System;
using System.Collections.Generic;

namespace Contracts;

/// <summary>
/// Settings of a generated client. Each generated client also has its own options type deriving from this one, so two
/// APIs registered in one container keep their keys apart. Credentials are never shown by <see cref="ToString"/>.
/// </summary>
public class ContractsClientOptions
{
    /// <summary>
    /// The credential of last resort: used for every security scheme that has no entry in <see cref="Credentials"/> and
    /// gets nothing from <see cref="TokenProvider"/>; for a document declaring no security, sent as
    /// <c>Authorization: {AuthorizationScheme} {ApiKey}</c> on every request.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The authorization scheme put before <see cref="ApiKey"/> where the document declares no security; <c>Bearer</c> by default.</summary>
    public string AuthorizationScheme { get; set; } = "Bearer";

    /// <summary>Credentials by security scheme name (as the document's <c>securitySchemes</c> names them); <c>user:password</c> for basic.</summary>
    public IDictionary<string, string> Credentials { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Supplies credentials per request (per user, refreshed); asked after <see cref="Credentials"/>, before <see cref="ApiKey"/>.</summary>
    public IContractsTokenProvider? TokenProvider { get; set; }

    /// <summary>Validate requests before sending them (on by default).</summary>
    public bool ValidateRequests { get; set; } = true;

    /// <summary>Validate success bodies against their schema: off (default), report, or throw.</summary>
    public ResponseValidation ResponseValidation { get; set; }

    /// <summary>Sees every request and response of the client; null for none.</summary>
    public ContractsClientHooks? Hooks { get; set; }

    /// <summary>Largest response body read, in bytes; larger bodies end in an <see cref="ApiException"/>. 16 MiB by default.</summary>
    public long MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <inheritdoc />
    public override string ToString()
        => $"{GetType().Name} {{ ApiKey = {(ApiKey is null ? "(none)" : "(set)")}, AuthorizationScheme = {AuthorizationScheme}, Credentials = {Credentials.Count}, TokenProvider = {(TokenProvider is null ? "(none)" : "(set)")}, ValidateRequests = {ValidateRequests}, ResponseValidation = {ResponseValidation}, MaxResponseBytes = {MaxResponseBytes} }}";
}
