using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.OpenApi.OpenApiFixtures;

namespace Contracts.Tests.Reading.OpenApi;

/// <summary>Request bodies and responses: which media type is used, and examples in their three forms.</summary>
public sealed class OpenApiContentTests
{
    [Fact]
    public void Any_media_type_body_is_read_like_json()
    {
        var body = Read(OneOperation("""
            {"requestBody": {"required": true, "content": {"*/*": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}}}, "example": {"id": 1}}}}}
            """)).Operations[0].RequestBody!;

        Assert.Equal(("*/*", true), (body.MediaType, body.Required));
        Assert.Equal("id", body.Schema!.Properties[0].JsonName);
        var example = Assert.Single(body.Examples);
        Assert.Equal(("example", "{\"id\":1}"), (example.Name, example.Json));
    }

    [Fact]
    public void Json_is_preferred_over_forms_and_text_whatever_the_order()
    {
        var body = Read(OneOperation("""
            {"requestBody": {"content": {
              "text/plain": {"schema": {"type": "string"}},
              "multipart/form-data": {"schema": {"type": "object"}},
              "application/json; charset=utf-8": {"schema": {"type": "array"}}
            }}}
            """)).Operations[0].RequestBody!;

        Assert.Equal(("application/json; charset=utf-8", SchemaType.Array, false), (body.MediaType, body.Schema!.Type, body.Required));
    }

    [Fact]
    public void Multipart_body_keeps_binary_fields()
    {
        var document = Read(OneOperation("""
            {"requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {
              "file": {"type": "string", "format": "binary", "description": "单个文件最大 5MB"},
              "name": {"type": "string", "example": "a.png"}
            }, "required": ["file"]}}}}}
            """));

        var body = document.Operations[0].RequestBody!;
        Assert.Equal("multipart/form-data", body.MediaType);
        var file = body.Schema!.Properties[0];
        Assert.Equal(("file", SchemaType.String, "binary", true), (file.JsonName, file.Schema.Type, file.Schema.Format, file.Required));
    }

    [Fact]
    public void Form_urlencoded_body_is_read_when_it_is_the_only_one()
    {
        var body = Read(OneOperation("""
            {"requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {"grant_type": {"type": "string"}}}}}}}
            """)).Operations[0].RequestBody!;

        Assert.Equal(("application/x-www-form-urlencoded", "grant_type"), (body.MediaType, body.Schema!.Properties[0].JsonName));
    }

    [Fact]
    public void Examples_map_entries_are_named_by_their_keys_and_checked()
    {
        var document = Read(OneOperation("""
            {"requestBody": {"content": {"application/json": {
              "schema": {"type": "object", "properties": {"page": {"type": "integer"}}},
              "examples": {
                "1": {"summary": "第一页", "value": {"page": 1}},
                "2": {"summary": "错误", "value": {"page": "two"}},
                "3": {"externalValue": "https://example.com/e.json"}
              }
            }}}}
            """));

        var examples = document.Operations[0].RequestBody!.Examples;
        Assert.Equal(new[] { ("1", "{\"page\":1}"), ("2", "{\"page\":\"two\"}") }, examples.Select(e => (e.Name, e.Json)));
        var mismatch = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticId.ExampleMismatch, "2"), (mismatch.Id, mismatch.Arguments[0]));
        Assert.Equal(examples[1].Span, mismatch.Span);
    }

    [Fact]
    public void Schema_level_examples_are_used_only_when_the_media_type_has_none()
    {
        var document = Read(OneOperation("""
            {"responses": {
              "200": {"description": "", "content": {"application/json": {"schema": {"type": "string", "examples": ["a", "b"]}}}},
              "400": {"description": "", "content": {"application/json": {"schema": {"type": "string", "examples": ["a"]}, "example": "c"}}}
            }}
            """));

        var responses = document.Operations[0].Responses;
        Assert.Equal(new[] { ("example", "\"a\""), ("example 2", "\"b\"") }, responses[0].Examples.Select(e => (e.Name, e.Json)));
        Assert.Equal(new[] { ("example", "\"c\"") }, responses[1].Examples.Select(e => (e.Name, e.Json)));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Response_status_keys_default_and_ranges_become_codes()
    {
        var document = Read(OneOperation("""
            {"responses": {
              "201": {"description": "created"},
              "4XX": {"description": "client error", "x-apifox-name": "客户端错误"},
              "5XX": {"description": "server error"},
              "500": {"description": "exact"},
              "default": {"description": "other", "content": {"application/problem+json": {"schema": {"type": "object"}}}},
              "x-note": "extension keys are not responses",
              "abc": {"description": "not a status"}
            }}
            """));

        var responses = document.Operations[0].Responses;
        Assert.Equal(new[] { (201, "created", ""), (400, "client error", ""), (500, "exact", ""), (0, "other", "application/problem+json") },
            responses.Select(r => (r.StatusCode, r.Description!, r.MediaType)));
        Assert.Equal("客户端错误", responses[1].Name);
        Assert.Null(responses[0].Schema);
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticId.WrongJsonType, "#/paths/~1things/post/responses/abc"), (warning.Id, warning.Arguments[0]));
    }

    [Fact]
    public void Parameter_examples_come_from_any_of_the_three_forms()
    {
        var parameters = Read(OneOperation("""
            {"parameters": [
              {"name": "a", "in": "query", "example": 5, "schema": {"type": "integer"}},
              {"name": "b", "in": "query", "examples": {"first": {"value": "x"}}, "schema": {"type": "string"}},
              {"name": "c", "in": "query", "schema": {"type": "array", "examples": [["p", "q"]]}},
              {"name": "d", "in": "cookie", "schema": {"type": "string"}}
            ]}
            """)).Operations[0].Parameters;

        Assert.Equal(new[] { ("a", "5"), ("b", "x"), ("c", "[\"p\",\"q\"]"), ("d", (string?)null) }, parameters.Select(p => (p.Name, p.Example)));
        Assert.Equal(ParameterLocation.Cookie, parameters[3].In);
        Assert.False(parameters[3].Required);
    }

    [Fact]
    public void Reserved_header_parameters_are_dropped_and_authorization_kept_for_the_planner()
    {
        var parameters = Read(OneOperation("""
            {"parameters": [
              {"name": "Content-Type", "in": "header", "example": "application/json", "schema": {"type": "string"}},
              {"name": "authorization", "in": "header", "schema": {"type": "string"}},
              {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}
            ]}
            """)).Operations[0].Parameters;

        Assert.Equal(new[] { "authorization", "X-Trace" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(parameters, p => p.Name)));
    }

    [Fact]
    public void An_empty_content_map_is_no_body()
    {
        var document = Read(OneOperation("""{"requestBody": {"content": {}}, "responses": {"204": {"description": "none", "content": {}}}}"""));

        Assert.Null(document.Operations[0].RequestBody);
        Assert.Equal(("", (Schema?)null), (document.Operations[0].Responses[0].MediaType, document.Operations[0].Responses[0].Schema));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void An_empty_string_example_is_apifox_for_none()
    {
        var document = Read(OneOperation("""
            {"requestBody": {"content": {"application/json": {"schema": {"type": "object"}, "example": ""}}},
             "parameters": [{"name": "q", "in": "query", "example": "", "schema": {"type": "string", "example": "abc"}}]}
            """));

        Assert.Empty(document.Operations[0].RequestBody!.Examples);
        Assert.Equal("abc", document.Operations[0].Parameters[0].Example);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Json_text_inside_a_string_example_is_the_example_unless_the_body_is_a_string()
    {
        var document = Read(OneOperation("""
            {"requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"group_id": {"type": "integer"}}},
              "example": "{\r\n  \"group_id\": 1\r\n  // 本地路径\r\n}"}}},
             "responses": {"200": {"description": "", "content": {"application/json": {"schema": {"type": "string"}, "example": "[1]"}}}}}
            """));

        Assert.Equal("{\r\n  \"group_id\": 1\r\n  // 本地路径\r\n}", Assert.Single(document.Operations[0].RequestBody!.Examples).Json);
        Assert.Equal("\"[1]\"", Assert.Single(document.Operations[0].Responses[0].Examples).Json);
        Assert.Empty(document.Diagnostics);
    }
}
