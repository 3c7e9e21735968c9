using Contracts.Generator.Reading.Swagger;
using Xunit;
using static Contracts.Tests.Reading.OpenApi.OpenApiFixtures;

namespace Contracts.Tests.Reading;

/// <summary>The default base address read from OpenAPI servers and Swagger host: only an absolute http(s) address counts.</summary>
public sealed class DefaultServerTests
{
    [Theory]
    [InlineData("""[{"url": "https://api.example.com/v1"}]""", "https://api.example.com/v1")]
    [InlineData("""[{"url": "{scheme}://{host}/v2", "variables": {"scheme": {"default": "https"}, "host": {"default": "eu.example.com"}}}]""", "https://eu.example.com/v2")]
    [InlineData("""[{"url": "https://{region}.example.com", "variables": {"region": {"enum": ["eu", "us"]}}}]""", null)]
    [InlineData("""[{"url": "/v1"}]""", null)]
    [InlineData("""[{"url": "ftp://files.example.com"}]""", null)]
    [InlineData("""[]""", null)]
    public void The_first_openapi_server_is_the_default_when_it_is_absolute(string servers, string? expected)
    {
        var text = "{\"openapi\": \"3.0.1\", \"info\": {\"title\": \"T\", \"version\": \"1\"}, \"paths\": {}, \"servers\": " + servers + "}";

        var document = Read(text);

        Assert.Equal(expected is null ? null : new System.Uri(expected).AbsoluteUri, document.DefaultServer);
    }

    [Theory]
    [InlineData("""{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "host": "api.example.com", "basePath": "/v1", "schemes": ["http", "https"], "paths": {}}""", "https://api.example.com/v1")]
    [InlineData("""{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "host": "localhost:8080", "schemes": ["http"], "paths": {}}""", "http://localhost:8080/")]
    [InlineData("""{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "basePath": "/v1", "paths": {}}""", null)]
    public void Swagger_scheme_host_and_base_path_make_the_default(string text, string? expected)
    {
        var document = SwaggerReader.Read("/repo/api.swagger.json", text, default);

        Assert.Equal(expected, document.DefaultServer);
    }
}
