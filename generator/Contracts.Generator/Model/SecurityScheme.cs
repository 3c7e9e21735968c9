namespace Contracts.Generator.Model;

/// <summary>How a security scheme carries its credential.</summary>
internal enum SecuritySchemeKind
{
    ApiKeyHeader,
    ApiKeyQuery,
    ApiKeyCookie,
    /// <summary>HTTP basic: <c>Authorization: Basic base64(user:password)</c>.</summary>
    Basic,
    /// <summary>An Authorization header with a scheme word (bearer, oauth2 and openIdConnect tokens, other HTTP schemes).</summary>
    Authorization,
}

/// <summary>
/// One named scheme of <c>components.securitySchemes</c> (or Swagger's <c>securityDefinitions</c>).
/// <paramref name="ParameterName"/> is the header, query or cookie name of an API key, or the word before an
/// Authorization credential (<c>Bearer</c>).
/// </summary>
internal sealed record SecurityScheme(string Name, SecuritySchemeKind Kind, string ParameterName, SourceSpan Span);
