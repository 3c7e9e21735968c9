using System;

namespace Contracts;

/// <summary>Where and how a credential goes on the request.</summary>
public enum ContractsCredentialPlacement
{
    /// <summary>The <c>Authorization</c> header, as <c>{HttpScheme} {credential}</c> (bearer, oauth2, openIdConnect and other HTTP schemes).</summary>
    Authorization,

    /// <summary>The <c>Authorization</c> header as <c>Basic base64(user:password)</c>; the credential is <c>user:password</c>.</summary>
    Basic,

    /// <summary>A header named <see cref="ContractsSecurityScheme.ParameterName"/> (apiKey in: header).</summary>
    Header,

    /// <summary>A query parameter named <see cref="ContractsSecurityScheme.ParameterName"/> (apiKey in: query).</summary>
    Query,

    /// <summary>A cookie named <see cref="ContractsSecurityScheme.ParameterName"/> (apiKey in: cookie).</summary>
    Cookie,
}

/// <summary>One security scheme a document declares (OpenAPI <c>components.securitySchemes</c>), as the runtime applies it.</summary>
public sealed class ContractsSecurityScheme
{
    /// <summary>Describes a scheme.</summary>
    /// <param name="name">The scheme's name in the document; credentials are looked up by it.</param>
    /// <param name="placement">Where the credential goes.</param>
    /// <param name="parameterName">The header, query or cookie name (apiKey schemes), or the HTTP scheme word (Authorization).</param>
    public ContractsSecurityScheme(string name, ContractsCredentialPlacement placement, string? parameterName = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Placement = placement;
        ParameterName = parameterName ?? (placement == ContractsCredentialPlacement.Authorization ? "Bearer" : "");
    }

    /// <summary>The scheme's name in the document.</summary>
    public string Name { get; }

    /// <summary>Where the credential goes.</summary>
    public ContractsCredentialPlacement Placement { get; }

    /// <summary>The header, query or cookie name; for <see cref="ContractsCredentialPlacement.Authorization"/> the word before the credential (<c>Bearer</c>).</summary>
    public string ParameterName { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Placement}{(ParameterName.Length == 0 ? "" : " " + ParameterName)})";
}
