using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.Swagger.SwaggerFixtures;

namespace Contracts.Tests.Reading.Swagger;

/// <summary>Swagger 2.0 read into the OpenAPI 3 model: parameters of every kind, bodies, responses, definitions, springfox quirks.</summary>
public sealed class SwaggerReaderTests
{
    private static readonly ApiDocument Document = Read(Shop);

    private static Operation Op(string id) => Document.Operations.Single(o => o.OperationId == id);

    [Fact]
    public void Springfox_path_keys_lose_their_query_template_and_gain_a_leading_slash()
    {
        Assert.Equal(
            new[] { "GET /api/goods", "PUT /api/goods/{id}", "DELETE /api/goods/{id}", "POST /api/goods/{id}/photo" },
            Document.Operations.Select(o => o.Method + " " + o.Path));
        Assert.Equal("商店", Document.Title);
        Assert.Equal(new[] { "商品" }, Op("listUsingGET").Folder.ToArray());
        // Tags are kept as written, so include and exclude filters can match them as in OpenAPI 3.
        Assert.Equal(new[] { "商品" }, Op("listUsingGET").Tags.ToArray());
    }

    [Fact]
    public void Query_and_header_parameters_carry_their_schema_shared_ones_included()
    {
        var parameters = Op("listUsingGET").Parameters;

        Assert.Equal(new[] { "page", "tags", "X-Shop" }, parameters.Select(p => p.Name));
        var page = parameters[0];
        Assert.Equal((ParameterLocation.Query, SchemaType.Integer, "int32", "2", false), (page.In, page.Schema.Type, page.Schema.Format, page.Example, page.Required));
        // The prose limit in the shared parameter's description is read like any other.
        Assert.Equal("1", page.Schema.Constraints.Minimum?.Literal);
        Assert.Equal((SchemaType.Array, SchemaType.String), (parameters[1].Schema.Type, parameters[1].Schema.Items!.Type));
        Assert.Equal((ParameterLocation.Header, true, "\"main\""), (parameters[2].In, parameters[2].Required, parameters[2].Schema.Default));
    }

    [Fact]
    public void Path_item_parameters_are_shared_by_its_operations()
    {
        Assert.Equal(new[] { "id" }, Op("updateUsingPUT").Parameters.Select(p => p.Name));
        Assert.Equal(new[] { "id" }, Op("removeUsingDELETE").Parameters.Select(p => p.Name));
        var id = Op("updateUsingPUT").Parameters[0];
        Assert.Equal((ParameterLocation.Path, true, "int64"), (id.In, id.Required, id.Schema.Format));
    }

    [Fact]
    public void Body_parameter_is_the_request_body_with_the_consumed_media_type_and_its_examples()
    {
        var body = Op("updateUsingPUT").RequestBody!;

        Assert.Equal(("application/json;charset=UTF-8", true, "Goods"), (body.MediaType, body.Required, body.Schema!.Reference));
        var example = Assert.Single(body.Examples);
        Assert.Equal(("tea", "{\"id\":7,\"name\":\"茶\"}"), (example.Name, example.Json));
    }

    [Fact]
    public void FormData_parameters_are_one_multipart_body_with_a_file_part()
    {
        var body = Op("uploadUsingPOST").RequestBody!;

        Assert.Equal(("multipart/form-data", true), (body.MediaType, body.Required));
        Assert.Equal(new[] { ("file", "binary", true), ("caption", null, false) }, body.Schema!.Properties.Select(p => (p.JsonName, p.Schema.Format, p.Required)));
        Assert.Equal(20, body.Schema.Properties[1].Schema.Constraints.MaxLength);
        Assert.Equal(new[] { "id" }, Op("uploadUsingPOST").Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Responses_read_schema_media_type_and_examples_and_shared_responses()
    {
        var list = Op("listUsingGET").Responses;
        Assert.Equal(new[] { 200, 401 }, list.Select(r => r.StatusCode));
        Assert.Equal(("application/json;charset=UTF-8", "Result«List«Goods»»"), (list[0].MediaType, list[0].Schema!.Reference));
        Assert.Equal("{\"code\":0,\"data\":[{\"id\":7,\"name\":\"茶\"}]}", Assert.Single(list[0].Examples).Json);
        Assert.Equal(("", null), (list[1].MediaType, list[1].Schema));

        var notFound = Op("updateUsingPUT").Responses.Single(r => r.StatusCode == 404);
        Assert.Equal(("Not Found", "Result«string»"), (notFound.Description, notFound.Schema!.Reference));
    }

    [Fact]
    public void Definitions_are_named_schemas_whatever_their_names()
    {
        Assert.Equal(new[] { "Goods", "Result«List«Goods»»", "Result«string»", " 购物 车 Vo " }, Document.Schemas.Select(s => s.Key));
        var goods = Document.Schemas[0].Schema;
        Assert.Equal("\"茶\"", goods.Properties[1].Schema.Default);
    }

    [Fact]
    public void A_dangling_reference_is_reported_at_its_line_and_column()
    {
        var dangling = Document.Diagnostics.Where(d => d.Id == DiagnosticId.UnresolvedReference).ToList();

        var only = Assert.Single(dangling);
        Assert.Equal("#/definitions/Missing«Thing»", only.Arguments[0]);
        var line = Shop.Split('\n')[only.Span.StartLine];
        Assert.Equal("\"#/definitions/Missing«Thing»\"", line.Substring(only.Span.StartColumn, only.Span.EndColumn - only.Span.StartColumn));
    }

    [Fact]
    public void Only_the_dangling_reference_is_reported()
    {
        Assert.Equal(new[] { DiagnosticId.UnresolvedReference }, Document.Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("csv", null, false)]
    [InlineData("multi", null, true)]
    [InlineData("ssv", "spaceDelimited", false)]
    [InlineData("pipes", "pipeDelimited", false)]
    public void A_collection_format_becomes_the_openapi_style_and_explode(string format, string? style, bool explode)
    {
        var document = Read("""
            {"swagger": "2.0", "paths": {"/a": {"get": {"parameters": [
              {"name": "ids", "in": "query", "type": "array", "items": {"type": "integer"}, "collectionFormat": "FORMAT"}
            ], "responses": {"204": {"description": "none"}}}}}}
            """.Replace("FORMAT", format));

        var parameter = document.Operations.Single().Parameters.Single();
        Assert.Empty(document.Diagnostics);
        Assert.Equal((style, (bool?)explode), (parameter.Style, parameter.Explode));
    }

    [Fact]
    public void A_collection_format_with_no_openapi_style_is_reported()
    {
        var document = Read("""
            {"swagger": "2.0", "paths": {"/a": {"get": {"parameters": [
              {"name": "ids", "in": "query", "type": "array", "items": {"type": "integer"}, "collectionFormat": "tsv"}
            ], "responses": {"204": {"description": "none"}}}}}}
            """);

        var finding = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticId.UnsupportedKeyword, "collectionFormat tsv"), (finding.Id, finding.Arguments[0]));
        Assert.Equal(1, finding.Span.StartLine);
    }

    [Fact]
    public void An_unknown_parameter_location_and_a_bad_status_key_are_reported_and_skipped()
    {
        var document = Read("""
            {"swagger": "2.0", "paths": {"/a": {"get": {"parameters": [{"name": "x", "in": "matrix", "type": "string"}],
              "responses": {"OK": {"description": "none"}}}}}}
            """);

        Assert.Empty(document.Operations[0].Parameters);
        Assert.Empty(document.Operations[0].Responses);
        Assert.Equal(new[] { DiagnosticId.WrongJsonType, DiagnosticId.WrongJsonType }, document.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_file_response_is_a_download_in_the_produced_type()
    {
        var document = Read("""
            {"swagger": "2.0", "produces": ["application/json"], "paths": {
              "/a": {"get": {"produces": ["application/json", "application/pdf"], "responses": {"200": {"description": "pdf", "schema": {"type": "file"}}}}},
              "/b": {"get": {"responses": {"200": {"description": "any", "schema": {"type": "file"}}}}}}}
            """);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(new[] { ("application/pdf", true), ("application/octet-stream", true) }, document.Operations.Select(o => (o.Responses[0].MediaType, o.Responses[0].Schema is null)));
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_place()
    {
        var document = Read("{\"swagger\": \"2.0\",\n \"paths\": {]}");

        var error = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticId.MalformedJson, 1), (error.Id, error.Span.StartLine));
    }
}
