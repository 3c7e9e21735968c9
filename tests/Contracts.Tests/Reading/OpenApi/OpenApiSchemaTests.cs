using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.OpenApi.OpenApiFixtures;

namespace Contracts.Tests.Reading.OpenApi;

/// <summary>Component schemas become named schemas; "$ref"s become keys into them, whatever their spelling.</summary>
public sealed class OpenApiSchemaTests
{
    [Fact]
    public void Version_3_1_type_arrays_with_null_are_nullable()
    {
        var document = Read("""
            {
              "openapi": "3.1.0",
              "info": {"title": "T", "version": "1"},
              "paths": {
                "/a": {"get": {"responses": {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Member"}}}}}}}
              },
              "webhooks": {},
              "components": {
                "schemas": {
                  "Member": {
                    "type": "object",
                    "properties": {
                      "bio": {"type": ["string", "null"], "examples": ["doggie"]},
                      "tags": {"type": ["array", "null"], "items": {"type": "string"}},
                      "score": {"type": "number", "exclusiveMinimum": 0}
                    }
                  }
                }
              }
            }
            """);

        Assert.Empty(document.Diagnostics);
        var member = Assert.Single(document.Schemas);
        Assert.Equal(("Member", "Member"), (member.Key, member.Name));
        var properties = member.Schema.Properties;
        Assert.Equal((SchemaType.String, true), (properties[0].Schema.Type, properties[0].Schema.Nullable));
        Assert.Equal((SchemaType.Array, true), (properties[1].Schema.Type, properties[1].Schema.Nullable));
        Assert.True(properties[2].Schema.Constraints.Minimum!.Exclusive);
        Assert.Equal("Member", document.Operations[0].Responses[0].Schema!.Reference);
    }

    [Fact]
    public void Version_3_0_nullable_and_boolean_exclusive_minimum_are_read()
    {
        var document = Read(Document("{}", """{"schemas": {"N": {"type": "integer", "nullable": true, "minimum": 1, "exclusiveMinimum": true}}}"""));

        Assert.Empty(document.Diagnostics);
        var schema = Assert.Single(document.Schemas).Schema;
        Assert.True(schema.Nullable);
        Assert.Equal(("1", true), (schema.Constraints.Minimum!.Literal, schema.Constraints.Minimum.Exclusive));
    }

    [Fact]
    public void Percent_encoded_chinese_references_find_their_component()
    {
        var document = Read(OneOperation(
            """{"requestBody": {"content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/%E6%B5%8B%E7%82%B9%E4%BF%A1%E6%81%AF"}}}}}, "responses": {}}""",
            """{"schemas": {"测点信息": {"type": "object", "properties": {"名称": {"type": "string"}}}}}"""));

        Assert.Empty(document.Diagnostics);
        Assert.Equal("测点信息", document.Operations[0].RequestBody!.Schema!.Items!.Reference);
        Assert.Equal("测点信息", Assert.Single(document.Schemas).Name);
    }

    [Theory]
    [InlineData("#/components/schemas/a~1b", "a/b")]
    [InlineData("#/components/schemas/a~0b", "a~b")]
    [InlineData("#/components/schemas/number%20%7C%20string", "number | string")]
    [InlineData("#/components/schemas/MessageData%5B%5D", "MessageData[]")]
    public void Json_pointer_escapes_and_percent_escapes_are_both_undone(string reference, string name)
    {
        var document = Read(OneOperation(
            "{\"requestBody\": {\"content\": {\"application/json\": {\"schema\": {\"$ref\": \"" + reference + "\"}}}}}",
            "{\"schemas\": {\"" + name + "\": {\"type\": \"string\"}}}"));

        Assert.Empty(document.Diagnostics);
        Assert.Equal(name, document.Operations[0].RequestBody!.Schema!.Reference);
    }

    [Fact]
    public void A_self_recursive_component_is_a_reference_to_itself()
    {
        var document = Read(Document("{}", """
            {"schemas": {"PageUser": {"type": "object", "properties": {
              "records": {"type": "array", "items": {"type": "string"}},
              "optimizeCountSql": {"$ref": "#/components/schemas/PageUser"}
            }}}}
            """));

        Assert.Empty(document.Diagnostics);
        var page = Assert.Single(document.Schemas);
        Assert.Equal("PageUser", page.Schema.Properties.Single(p => p.JsonName == "optimizeCountSql").Schema.Reference);
    }

    [Fact]
    public void A_reference_to_nowhere_is_reported_where_it_is_written()
    {
        var document = Read("""
            {"openapi": "3.0.1", "paths": {"/a": {"get": {"responses": {"200": {"description": "",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Missing"}}}}}}}}}
            """);

        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticId.UnresolvedReference, warning.Id);
        Assert.Equal("#/components/schemas/Missing", warning.Arguments[0]);
        Assert.Equal("CTR2007@2:55", ReadingFixtures.Brief(warning));
        Assert.Null(document.Operations[0].Responses[0].Schema!.Reference);
    }

    [Fact]
    public void A_reference_outside_the_components_is_unresolved()
    {
        var document = Read(OneOperation("""{"requestBody": {"content": {"application/json": {"schema": {"$ref": "other.json#/components/schemas/A"}}}}}""",
            """{"schemas": {"A": {}}}"""));

        Assert.Equal(new[] { DiagnosticId.UnresolvedReference }, Ids(document));
    }
}
