using System;

namespace Contracts;

/// <summary>Settings shared by generated clients. The API key is never shown by <see cref="ToString"/>.</summary>
public sealed class ContractsClientOptions
{
    /// <summary>Sent as <c>Authorization: Bearer …</c> on every request when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The authorization scheme put before the key; <c>Bearer</c> by default.</summary>
    public string AuthorizationScheme { get; set; } = "Bearer";

    /// <summary>Validate requests before sending them (on by default).</summary>
    public bool ValidateRequests { get; set; } = true;

    /// <summary>Largest response body read, in bytes; larger bodies end in an <see cref="ApiException"/>. 16 MiB by default.</summary>
    public long MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <inheritdoc />
    public override string ToString()
        => $"ContractsClientOptions {{ ApiKey = {(ApiKey is null ? "(none)" : "(set)")}, AuthorizationScheme = {AuthorizationScheme}, ValidateRequests = {ValidateRequests}, MaxResponseBytes = {MaxResponseBytes} }}";
}
