using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Xunit;
using static Contracts.Tests.Reading.OpenApi.OpenApiFixtures;

namespace Contracts.Tests.Reading.OpenApi;

/// <summary>Broken or unsupported input gets one precise diagnostic and never an exception.</summary>
public sealed class OpenApiInputErrorTests
{
    [Fact]
    public void Malformed_json_is_reported_at_its_line_and_column()
    {
        var document = Read("{\n  \"openapi\": \"3.0.1\",\n  \"paths\": {\n    \"/a\": {\"get\": {\"responses\": {}},}\n    \"/b\": {}\n  }\n}");

        var error = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticId.MalformedJson, error.Id);
        Assert.Equal("CTR1001@5:5", ReadingFixtures.Brief(error));
        Assert.Empty(document.Operations);
    }

    [Fact]
    public void A_number_where_an_object_belongs_is_skipped_with_its_place()
    {
        var document = Read("""
            {
              "openapi": "3.0.1",
              "paths": {
                "/a": {"get": 7, "post": {"parameters": 3, "responses": {"200": {"description": "", "content": {"application/json": 1}}}}},
                "/b": {"get": {}}
              }
            }
            """);

        Assert.Equal(new[] { "CTR1003@4:19", "CTR1003@4:45", "CTR1003@4:121" }, Briefs(document));
        Assert.Equal(new[] { "#/paths/~1a/get", "#/paths/~1a/post/parameters", "#/paths/~1a/post/responses/200/content/application~1json" },
            document.Diagnostics.Select(d => d.Arguments[0]));
        Assert.Equal(new[] { "POST /a", "GET /b" }, document.Operations.Select(o => o.Method + " " + o.Path));
        Assert.Null(document.Operations[0].Responses[0].Schema);
    }

    [Fact]
    public void A_root_that_is_not_an_object_cannot_be_openapi()
    {
        Assert.Null(ApiDocumentReader.Read("a.json", "[{\"openapi\": \"3.0.1\"}]", default));
    }

    [Theory]
    [InlineData("openapi: 3.0.1\ninfo:\n  title: 默认模块\npaths: {}\n")]
    [InlineData("# exported by Apifox\n---\nopenapi: \"3.1.0\"\r\ninfo:\r\n  title: 默认模块\r\n")]
    public void Yaml_is_read_as_the_same_document(string text)
    {
        var document = Read(text, "specs/默认模块.openapi.yaml");

        Assert.Empty(document.Diagnostics);
        Assert.Equal("默认模块", document.Title);
    }

    [Fact]
    public void Yaml_with_a_long_info_block_before_its_version_is_still_recognised()
    {
        var info = "info:\n  title: 默认模块\n  description: |\n" + string.Concat(System.Linq.Enumerable.Repeat("    A line of the API's description.\n", 80));

        var document = Read(info + "openapi: 3.0.1\npaths: {}\n", "specs/默认模块.openapi.yaml");

        Assert.Empty(document.Diagnostics);
        Assert.Equal("默认模块", document.Title);
    }

    [Theory]
    [InlineData("{\"openapi\": \"2.0\", \"paths\": {}}")]
    [InlineData("{\"info\": {\"openapi\": \"3.0.1\"}, \"paths\": {}}")]
    [InlineData("  openapi: 3.0.1\n")]
    public void Look_alikes_are_not_read_as_openapi(string text)
    {
        Assert.Null(ApiDocumentReader.Read("a.json", text, default));
    }

    [Fact]
    public void Detection_finds_openapi_after_other_members_and_a_byte_order_mark()
    {
        var document = Read("\uFEFF{\"info\": {\"title\": \"后置\"}, \"tags\": [], \"openapi\": \"3.1.0\", \"paths\": {\"/a\": {\"get\": {}}}}");

        Assert.Equal("后置", document.Title);
        Assert.Single(document.Operations);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_document_without_paths_or_components_is_empty_not_an_error()
    {
        var document = Read("{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"x\", \"version\": \"1\"}, \"webhooks\": {}}");

        Assert.Empty(document.Operations);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(SourceFormat.OpenApi, document.Format);
    }

    [Fact]
    public void Never_throws_on_a_document_cut_or_damaged_anywhere()
    {
        var text = Document("""
            {"/a/{id}": {"parameters": [{"$ref": "#/components/parameters/Id"}], "post": {"requestBody": {"content": {"application/json":
              {"schema": {"$ref": "#/components/schemas/%E6%B5%8B"}, "examples": {"1": {"value": {}}}}}},
              "responses": {"2XX": {"$ref": "#/components/responses/Ok"}}}}}
            """, """
            {"parameters": {"Id": {"name": "id", "in": "path", "schema": {"type": "string"}}},
             "responses": {"Ok": {"description": "", "content": {"*/*": {"schema": {"type": "object"}}}}},
             "schemas": {"测": {"type": "object", "properties": {"self": {"$ref": "#/components/schemas/%E6%B5%8B"}}}}}
            """);
        Assert.Empty(Read(text).Diagnostics);
        for (var cut = 0; cut < text.Length; cut += 7)
        {
            ApiDocumentReader.Read("a.json", text.Substring(0, cut), default);
            ApiDocumentReader.Read("a.json", text.Remove(cut, 1), default);
        }
    }

    [Fact]
    public void Hostile_nesting_is_refused_with_one_warning()
    {
        var document = Read("{\"openapi\": \"3.0.1\", \"x\": " + new string('[', 300) + new string(']', 300) + "}");

        Assert.Equal(DiagnosticId.NestingTooDeep, Assert.Single(document.Diagnostics).Id);
    }
}
