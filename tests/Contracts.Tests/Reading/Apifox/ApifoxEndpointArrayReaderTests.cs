using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.Apifox.ApifoxFixtures;

namespace Contracts.Tests.Reading.Apifox;

public sealed class ApifoxEndpointArrayReaderTests
{
    private const string Endpoints = """
        [
          {"id": 63001965, "name": "one", "method": "get", "path": "/one", "folderId": 12630939, "tags": [" Users ", "x"],
           "responses": [{"id": 160565399, "code": 200, "name": "成功", "contentType": "json", "jsonSchema": {"type": "object"}}],
           "responseExamples": [{"responseId": 160565399, "data": "{}"}]},
          5,
          {"id": 2, "name": "two", "method": "post", "path": "/two", "tags": [], "parameters": {"query": []}, "requestBody": {"type": "none"}}
        ]
        """;

    [Fact]
    public void Reads_each_endpoint_with_its_first_tag_as_folder()
    {
        var document = Read(Endpoints, "dir/details.json");

        Assert.Equal(SourceFormat.ApifoxEndpoints, document.Format);
        Assert.Equal("details", document.Title);
        Assert.Equal(new[] { ("GET", "/one", "one"), ("POST", "/two", "two") }, document.Operations.Select(o => (o.Method, o.Path, o.Summary!)));
        Assert.Equal(new[] { "Users" }, document.Operations[0].Folder);
        Assert.Empty(document.Operations[1].Folder);
        Assert.Single(document.Operations[0].Responses[0].Examples);
        Assert.Null(document.Operations[1].RequestBody);
        Assert.Equal(new[] { "CTR1003|[1]|an object|a number" }, Brief(document));
    }

    [Fact]
    public void A_cut_off_array_is_malformed_json_where_it_ends()
    {
        var text = Endpoints.Substring(0, Endpoints.IndexOf("\n  5,", System.StringComparison.Ordinal));

        var document = Read(text, "details.json");

        var error = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticId.MalformedJson, error.Id);
        Assert.Equal("Apifox endpoint array", error.Arguments[0]);
        var lines = text.Split('\n');
        Assert.Equal(lines.Length - 1, error.Span.StartLine);
        Assert.Empty(document.Operations);
    }
}
