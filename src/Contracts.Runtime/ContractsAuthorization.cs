using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>
/// Puts an operation's credentials on its request: the first security alternative whose credentials are all at hand,
/// each looked up as the call's credential, the call's token provider, the client's <c>Credentials</c>, the client's
/// token provider, then <c>ApiKey</c>. Credentials never appear in the exceptions raised here.
/// </summary>
internal static class ContractsAuthorization
{
    public static async ValueTask ApplyAsync(HttpRequestMessage request, ContractsClientOptions options, ContractsOperation operation,
        ContractsRequestOptions? call, CancellationToken cancellationToken)
    {
        if (operation.Security is not { } security)
        {
            // No security declared: the client's key as an Authorization header, as before documents' security was read.
            var legacy = new ContractsSecurityScheme("", ContractsCredentialPlacement.Authorization, options.AuthorizationScheme);
            var credential = await ResolveAsync(legacy, options, operation, call, cancellationToken).ConfigureAwait(false);
            if (credential is not null) Apply(request, operation, legacy, credential);
            return;
        }
        foreach (var requirement in security)
        {
            if (requirement.Schemes.Count == 0) continue;
            var credentials = new string[requirement.Schemes.Count];
            var complete = true;
            for (var i = 0; i < credentials.Length && complete; i++)
            {
                var credential = await ResolveAsync(requirement.Schemes[i], options, operation, call, cancellationToken).ConfigureAwait(false);
                if (credential is null) complete = false;
                else credentials[i] = credential;
            }
            if (!complete) continue;
            for (var i = 0; i < credentials.Length; i++) Apply(request, operation, requirement.Schemes[i], credentials[i]);
            return;
        }
        // No alternative can be met: the request goes without credentials, and the server says what it thinks of that.
    }

    private static async ValueTask<string?> ResolveAsync(ContractsSecurityScheme scheme, ContractsClientOptions options, ContractsOperation operation,
        ContractsRequestOptions? call, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(call?.Credential)) return call!.Credential;
        if (call?.TokenProvider is { } callProvider && await AskAsync(callProvider, scheme, operation, cancellationToken).ConfigureAwait(false) is { } fromCall) return fromCall;
        if (scheme.Name.Length != 0 && options.Credentials.TryGetValue(scheme.Name, out var configured) && !string.IsNullOrEmpty(configured)) return configured;
        if (options.TokenProvider is { } provider && await AskAsync(provider, scheme, operation, cancellationToken).ConfigureAwait(false) is { } fromClient) return fromClient;
        return string.IsNullOrEmpty(options.ApiKey) ? null : options.ApiKey;
    }

    private static async ValueTask<string?> AskAsync(IContractsTokenProvider provider, ContractsSecurityScheme scheme, ContractsOperation operation, CancellationToken cancellationToken)
    {
        string? credential;
        try
        {
            credential = await provider.GetCredentialAsync(scheme, operation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            throw new ContractsCredentialException(operation.DisplayName, SchemeName(scheme), "the token provider threw " + exception.GetType().Name + ".", exception);
        }
        return string.IsNullOrEmpty(credential) ? null : credential;
    }

    private static void Apply(HttpRequestMessage request, ContractsOperation operation, ContractsSecurityScheme scheme, string credential)
    {
        if (credential.IndexOf('\r') >= 0 || credential.IndexOf('\n') >= 0)
        {
            // The credential itself is never echoed back.
            throw new ArgumentException($"{operation.DisplayName}: the credential for security scheme '{SchemeName(scheme)}' contains a line break.", "credential");
        }
        switch (scheme.Placement)
        {
            case ContractsCredentialPlacement.Authorization:
                request.Headers.Remove("Authorization");
                request.Headers.TryAddWithoutValidation("Authorization", scheme.ParameterName + " " + credential);
                break;
            case ContractsCredentialPlacement.Basic:
                request.Headers.Remove("Authorization");
                request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credential)));
                break;
            case ContractsCredentialPlacement.Header:
                request.Headers.Remove(scheme.ParameterName);
                request.Headers.TryAddWithoutValidation(scheme.ParameterName, credential);
                break;
            case ContractsCredentialPlacement.Cookie:
                request.Headers.TryAddWithoutValidation("Cookie", Uri.EscapeDataString(scheme.ParameterName) + "=" + Uri.EscapeDataString(credential));
                break;
            case ContractsCredentialPlacement.Query:
                var uri = request.RequestUri!.OriginalString;
                var separator = uri.IndexOf('?') >= 0 ? "&" : "?";
                var creation = new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true };
                request.RequestUri = new Uri(uri + separator + Uri.EscapeDataString(scheme.ParameterName) + "=" + Uri.EscapeDataString(credential), in creation);
                break;
        }
    }

    private static string SchemeName(ContractsSecurityScheme scheme) => scheme.Name.Length == 0 ? "(ApiKey)" : scheme.Name;
}
