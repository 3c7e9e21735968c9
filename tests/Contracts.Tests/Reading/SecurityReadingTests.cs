using System.Linq;
using System.Threading;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Tests.Reading.Swagger;
using Xunit;

namespace Contracts.Tests.Reading;

/// <summary>Security schemes and requirements as the readers put them in the model.</summary>
public sealed class SecurityReadingTests
{
    [Fact]
    public void OpenApi_schemes_document_security_and_an_explicit_empty_list_are_told_apart()
    {
        var document = ApiDocumentReader.Read("api.openapi.json", """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "components": {"securitySchemes": {
               "key": {"type": "apiKey", "in": "query", "name": "k"},
               "digest": {"type": "http", "scheme": "digest"},
               "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://example.com"},
               "tls": {"type": "mutualTLS"},
               "nameless": {"type": "apiKey", "in": "header"}}},
             "security": [{"key": []}],
             "paths": {"/a": {"get": {"responses": {}}, "post": {"security": [], "responses": {}}, "put": {"security": [{"oidc": ["read"]}, {}], "responses": {}}}}}
            """, CancellationToken.None)!;

        Assert.Equal(new[] { ("key", SecuritySchemeKind.ApiKeyQuery, "k"), ("digest", SecuritySchemeKind.Authorization, "Digest"), ("oidc", SecuritySchemeKind.Authorization, "Bearer") },
            document.SecuritySchemes.Select(s => (s.Name, s.Kind, s.ParameterName)).ToArray());
        Assert.Equal("key", Assert.Single(document.Security!.Value).Schemes.Single());
        Assert.Null(document.Operations[0].Security);
        Assert.Empty(document.Operations[1].Security!.Value);
        Assert.Equal(new[] { 1, 0 }, document.Operations[2].Security!.Value.Select(r => r.Schemes.Count).ToArray());
    }

    [Fact]
    public void Swagger_security_definitions_are_read_as_schemes()
    {
        var document = SwaggerFixtures.Read("""
            {"swagger": "2.0", "info": {"title": "t", "version": "1"},
             "securityDefinitions": {"basic": {"type": "basic"}, "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
               "oauth": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://example.com", "scopes": {}}},
             "paths": {"/a": {"get": {"security": [{"key": [], "basic": []}], "responses": {}}}}}
            """);

        Assert.Equal(new[] { SecuritySchemeKind.Basic, SecuritySchemeKind.ApiKeyHeader, SecuritySchemeKind.Authorization },
            document.SecuritySchemes.Select(s => s.Kind).ToArray());
        Assert.Equal(new[] { "key", "basic" }, Assert.Single(document.Operations[0].Security!.Value).Schemes.ToArray());
        Assert.Null(document.Security);
    }
}
