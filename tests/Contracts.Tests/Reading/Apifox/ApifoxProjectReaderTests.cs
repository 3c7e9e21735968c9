using System.Linq;
using System.Text;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.Apifox.ApifoxFixtures;

namespace Contracts.Tests.Reading.Apifox;

public sealed class ApifoxProjectReaderTests
{
    [Fact]
    public void Folders_below_the_root_become_the_folder_path()
    {
        var text = Project(Root(
            Endpoint("at root", "get", "/root"),
            Folder("A",
                Endpoint("in A", "post", "/a"),
                Folder("B", Folder("C", Endpoint("in C", "delete", "/c")))),
            Folder("", Endpoint("unnamed folder", "put", "/u"))));

        var document = Read(text);

        Assert.Equal(SourceFormat.ApifoxProject, document.Format);
        Assert.Equal("Fixture", document.Title);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(new[] { "GET /root", "POST /a", "DELETE /c", "PUT /u" }, document.Operations.Select(o => o.Method + " " + o.Path));
        Assert.Equal(new[] { "", "A", "A/B/C", "" }, document.Operations.Select(o => string.Join("/", o.Folder)));
        Assert.Equal(new[] { "at root", "in A", "in C", "unnamed folder" }, document.Operations.Select(o => o.Summary));
    }

    [Fact]
    public void Reads_all_four_parameter_kinds_with_their_quirks()
    {
        var text = Project(Root(Endpoint("params", "get", "/things/{id}", """
            , "parameters": {
              "path": [{"id": "id#0", "name": "id", "value": 7}],
              "query": [{"name": "limit", "type": "integer", "required": true, "example": "20", "description": "每页数量"}, {"name": "off", "enable": false}],
              "header": [{"name": "X-Token", "sampleValue": "Bearer {{token}}"}],
              "cookie": [{"name": "session", "type": "string", "example": "abc", "required": false}]
            }
            """)));

        var operation = Assert.Single(Read(text).Operations);

        Assert.Equal(new[] { "id", "limit", "X-Token", "session" }, operation.Parameters.Select(p => p.Name));
        Assert.Equal(new[] { ParameterLocation.Path, ParameterLocation.Query, ParameterLocation.Header, ParameterLocation.Cookie }, operation.Parameters.Select(p => p.In));
        // A path parameter is required even when the row does not say so; the others default to optional.
        Assert.Equal(new[] { true, true, false, false }, operation.Parameters.Select(p => p.Required));
        Assert.Equal(new[] { "7", "20", "Bearer {{token}}", "abc" }, operation.Parameters.Select(p => p.Example));
        Assert.Equal(new[] { SchemaType.String, SchemaType.Integer, SchemaType.String, SchemaType.String }, operation.Parameters.Select(p => p.Schema.Type));
        Assert.Equal("每页数量", operation.Parameters[1].Description);
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_line_and_column()
    {
        var text = Project(Root(
            Endpoint("ok", "get", "/a"),
            "{\"name\": \"中文名称\", \"api\": {\"method\": \"get\", \"path\": \"/b\"}, @ }"));

        var document = Read(text);

        var error = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticId.MalformedJson, error.Id);
        Assert.Equal("Apifox project export", error.Arguments[0]);
        Assert.Equal(ApifoxPageReaderTests.LineAndColumn(text, text.IndexOf('@')), (error.Span.StartLine, error.Span.StartColumn));
        Assert.Empty(document.Operations);
        Assert.Equal("project.apifox", document.Title);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_its_own_diagnostic()
    {
        var text = Project(Root(Endpoint("deep", "post", "/d", ", \"requestBody\": " + new string('[', 300) + new string(']', 300))));

        var diagnostic = Assert.Single(Read(text).Diagnostics);

        Assert.Equal(DiagnosticId.NestingTooDeep, diagnostic.Id);
        Assert.Equal(new[] { "Apifox project export", "256" }, diagnostic.Arguments);
    }

    [Fact]
    public void A_number_where_an_object_belongs_is_reported_and_skipped()
    {
        var text = Project(Root(
            Endpoint("numbers", "get", "/a", ", \"parameters\": 5, \"requestBody\": {\"type\": \"application/json\", \"jsonSchema\": 6}"),
            "{\"name\": \"broken\", \"api\": 7}",
            Endpoint("fine", "get", "/b")));

        var document = Read(text);

        Assert.Equal(
            new[]
            {
                "CTR1003|apiCollection[0].items[0].api.parameters|an object|a number",
                "CTR1003|apiCollection[0].items[0].api.requestBody.jsonSchema|an object|a number",
                "CTR1003|apiCollection[0].items[1].api|an object|a number",
            },
            Brief(document));
        Assert.Equal(ApifoxPageReaderTests.LineAndColumn(text, text.IndexOf('5')), (document.Diagnostics[0].Span.StartLine, document.Diagnostics[0].Span.StartColumn));
        Assert.Equal(new[] { "/a", "/b" }, document.Operations.Select(o => o.Path));
        Assert.Empty(document.Operations[0].Parameters);
        Assert.Null(document.Operations[0].RequestBody!.Schema);
    }

    [Fact]
    public void An_endpoint_without_a_usable_method_or_path_is_reported_and_skipped()
    {
        var text = Project(Root(
            "{\"name\": \"no method\", \"api\": {\"path\": \"/a\"}}",
            Endpoint("odd method", "fetch", "/b"),
            Endpoint("empty path", "get", ""),
            Endpoint("fine", "GET", "/d")));

        var document = Read(text);

        Assert.Equal(
            new[]
            {
                "CTR1003|apiCollection[0].items[0].api.method|an HTTP method (get, post, put, patch, delete, head, options or trace)|missing",
                "CTR1003|apiCollection[0].items[1].api.method|an HTTP method (get, post, put, patch, delete, head, options or trace)|\"fetch\"",
                "CTR1003|apiCollection[0].items[2].api.path|a path|empty",
            },
            Brief(document));
        var operation = Assert.Single(document.Operations);
        Assert.Equal(("GET", "/d"), (operation.Method, operation.Path));
    }

    [Fact]
    public void Schema_ids_are_reference_keys_with_names_and_titles_from_the_collection()
    {
        var schemas = """
            [{"name": "根目录", "items": [{"name": "模型", "items": [
              {"name": "Pet", "displayName": "宠物", "id": "#/definitions/1", "description": "A pet",
               "schema": {"jsonSchema": {"type": "object", "properties": {"tag": {"$ref": "#/definitions/2", "description": "标签"}}}}},
              {"name": "", "displayName": "标签", "id": "#/definitions/2", "schema": {"jsonSchema": {"type": "object", "title": "Own title"}}},
              {"id": "#/definitions/3", "schema": {"jsonSchema": {"type": "string"}}},
              {"name": "Again", "id": "#/definitions/1", "schema": {"jsonSchema": {"type": "integer"}}}
            ]}]}]
            """;
        var text = Project(Root(Endpoint("get pet", "get", "/pet", """
            , "responses": [{"id": "10", "code": 200, "name": "成功", "contentType": "json",
                "jsonSchema": {"type": "object", "properties": {"pet": {"$ref": "#/definitions/1"}, "lost": {"$ref": "#/definitions/999"}}}}]
            """)), schemas);

        var document = Read(text);

        Assert.Equal(new[] { "#/definitions/1", "#/definitions/2", "#/definitions/3" }, document.Schemas.Select(s => s.Key));
        // Name falls back to the display name, then to the id's digits.
        Assert.Equal(new[] { "Pet", "标签", "3" }, document.Schemas.Select(s => s.Name));
        Assert.Equal(new[] { "宠物", "Own title", null }, document.Schemas.Select(s => s.Schema.Title));
        Assert.Equal("A pet", document.Schemas[0].Schema.Description);
        Assert.Equal("#/definitions/2", document.Schemas[0].Schema.Properties.Single().Schema.Reference);

        var response = Assert.Single(document.Operations[0].Responses).Schema!;
        Assert.Equal("#/definitions/1", response.Properties[0].Schema.Reference);
        Assert.Null(response.Properties[1].Schema.Reference);
        var unresolved = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticId.UnresolvedReference, unresolved.Id);
        Assert.Equal("#/definitions/999", unresolved.Arguments[0]);
    }

    [Fact]
    public void Responses_get_their_examples_by_id_compared_as_text()
    {
        var text = Project(Root(Endpoint("examples", "post", "/e", """
            , "responses": [
                {"id": "730297924", "code": 200, "name": "成功", "contentType": "json", "jsonSchema": {"type": "object", "properties": {"ok": {"type": "boolean"}}}},
                {"id": "730297925", "code": 404, "name": "记录不存在", "contentType": "json", "jsonSchema": {"type": "object", "properties": {}}}
              ],
              "responseExamples": [
                {"name": "成功示例", "responseId": 730297924, "data": "{\"ok\": true}"},
                {"name": "inline", "responseId": 730297925, "data": {"missing": 1}},
                {"name": "orphan", "responseId": 1, "data": "{}"}
              ]
            """)));

        var document = Read(text);

        var responses = document.Operations[0].Responses;
        Assert.Equal(new[] { (200, "成功"), (404, "记录不存在") }, responses.Select(r => (r.StatusCode, r.Name!)));
        Assert.Equal("{\"ok\": true}", Assert.Single(responses[0].Examples).Json);
        Assert.Equal("{\"missing\": 1}", Assert.Single(responses[1].Examples).Json);
        Assert.Equal(
            new[] { "CTR1003|apiCollection[0].items[0].api.responseExamples[2].responseId|the id of a response|1", "CTR2003|inline|/missing" },
            Brief(document));
    }

    [Fact]
    public void Newer_rows_bring_a_schema_and_example_lists_and_stale_json_samples_stay_off_form_bodies()
    {
        var text = Project(Root(Endpoint("upload", "post", "/u", """
            , "parameters": {"query": [{"name": "page", "type": "string", "example": ["1", "2"], "schema": {"type": "integer", "minimum": 1}}]},
              "requestBody": {"type": "multipart/form-data",
                "parameters": [{"name": "file", "type": "file", "required": true, "schema": {"type": "string", "format": "binary"}}],
                "jsonSchema": {"type": "object", "properties": {"rvid": {"type": "integer"}}},
                "examples": [{"mediaType": "application/json", "value": "{\"rvid\": 1}", "name": "200 OK"}]}
            """)));

        var document = Read(text);

        Assert.Empty(document.Diagnostics);
        var page = Assert.Single(document.Operations[0].Parameters);
        Assert.Equal(("1", SchemaType.Integer, "1"), (page.Example, page.Schema.Type, page.Schema.Constraints.Minimum!.Literal));
        var body = document.Operations[0].RequestBody!;
        Assert.Equal("binary", Assert.Single(body.Schema!.Properties).Schema.Format);
        Assert.Empty(body.Examples);
    }

    [Fact]
    public void Reads_two_thousand_endpoints()
    {
        var folders = new string[20];
        for (var f = 0; f < folders.Length; f++)
        {
            var endpoints = new string[100];
            for (var e = 0; e < endpoints.Length; e++)
            {
                endpoints[e] = Endpoint("op " + f + "-" + e, "post", "/f" + f + "/e" + e + "/{id}", """
                    , "parameters": {"path": [{"name": "id", "type": "integer", "example": "1"}]},
                      "requestBody": {"type": "application/json", "jsonSchema": {"type": "object", "properties": {"n": {"type": "integer"}}}},
                      "responses": [{"id": "1", "code": 200, "contentType": "json", "jsonSchema": {"type": "object", "properties": {"ok": {"type": "boolean"}}}}],
                      "responseExamples": [{"name": "ok", "responseId": 1, "data": "{\"ok\": true}"}]
                    """);
            }
            folders[f] = Folder("folder " + f, endpoints);
        }

        var document = Read(Project(Root(folders)));

        Assert.Empty(document.Diagnostics);
        Assert.Equal(2000, document.Operations.Count);
        Assert.Equal(2000, document.Operations.Select(o => o.Path).Distinct().Count());
        var last = document.Operations[1999];
        Assert.Equal(("/f19/e99/{id}", "folder 19", "op 19-99"), (last.Path, last.Folder.Single(), last.Summary));
        Assert.Single(last.Responses[0].Examples);
    }

    [Fact]
    public void A_byte_order_mark_changes_nothing()
    {
        var text = Project(Root(Endpoint("bom", "get", "/a", ", \"responseExamples\": [{\"responseId\": 1, \"data\": {\"x\": 1}}], \"responses\": [{\"id\": 1, \"code\": 200}]")));

        var plain = Read(text);
        var marked = Read("\uFEFF" + text);

        Assert.Equal(plain.Operations, marked.Operations);
        Assert.Equal("{\"x\": 1}", plain.Operations[0].Responses[0].Examples[0].Json);
    }

    [Fact]
    public void Unknown_members_and_other_collections_are_ignored()
    {
        var text = """
            {"environments": [{"name": "dev", "baseUrl": "http://x"}], "apifoxProject": "1.0.0", "info": 3,
             "responseCollection": [{"id": "1", "code": 404, "name": "记录不存在", "jsonSchema": {}}],
             "apiTestCaseCollection": [{"name": "t", "items": []}], "commonParameters": null,
             "apiCollection": [{"name": "根目录", "items": [{"name": "doc only", "doc": {}}, {"name": "e", "api": {"method": "get", "path": "/a", "cases": [1], "x-new": true}}]}]}
            """;

        var document = Read(text, "dir/my.apifox.json");

        Assert.Equal(new[] { "CTR1003|info|an object|a number" }, Brief(document));
        Assert.Equal("my.apifox", document.Title);
        Assert.Equal("/a", Assert.Single(document.Operations).Path);
    }
}
