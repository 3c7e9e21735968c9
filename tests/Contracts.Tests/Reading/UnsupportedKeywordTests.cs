using System.Linq;
using Contracts.Generator.Diagnostics;
using Xunit;

namespace Contracts.Tests.Reading;

public sealed class UnsupportedKeywordTests
{
    [Theory]
    [InlineData("""{"type": "integer", "multipleOf": 5}""", "multipleOf")]
    [InlineData("""{"not": {"type": "string"}}""", "not")]
    [InlineData("""{"if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": {}}""", "if/then/else")]
    [InlineData("""{"then": {"required": ["b"]}}""", "if/then/else")]
    [InlineData("""{"type": "object", "dependentSchemas": {"a": {}}}""", "dependentSchemas")]
    [InlineData("""{"type": "object", "dependentRequired": {"a": ["b"]}}""", "dependentRequired")]
    [InlineData("""{"type": "object", "dependencies": {"a": ["b"]}}""", "dependencies")]
    [InlineData("""{"type": "object", "patternProperties": {"^x-": {}}}""", "patternProperties")]
    [InlineData("""{"type": "object", "propertyNames": {"maxLength": 3}}""", "propertyNames")]
    [InlineData("""{"type": "object", "unevaluatedProperties": false}""", "unevaluatedProperties")]
    [InlineData("""{"type": "object", "minProperties": 1}""", "minProperties")]
    [InlineData("""{"type": "object", "maxProperties": 1}""", "maxProperties")]
    [InlineData("""{"type": "array", "prefixItems": [{}]}""", "prefixItems")]
    [InlineData("""{"type": "array", "items": [{}, {}]}""", "items (tuple form)")]
    [InlineData("""{"type": "array", "additionalItems": false}""", "additionalItems")]
    [InlineData("""{"type": "array", "contains": {"type": "string"}}""", "contains")]
    [InlineData("""{"type": "array", "unevaluatedItems": false}""", "unevaluatedItems")]
    [InlineData("""{"$dynamicRef": "#node"}""", "$dynamicRef")]
    [InlineData("""{"type": "object", "properties": {"p": {"discriminator": {"propertyName": "k"}}}}""", "discriminator (without oneOf or anyOf)")]
    public void An_unenforced_keyword_is_reported_exactly_once(string json, string keyword)
    {
        var fixture = new NamedSchemaFixture();

        fixture.Convert(json);

        var diagnostic = Assert.Single(fixture.Diagnostics);
        Assert.Equal(DiagnosticId.UnsupportedKeyword, diagnostic.Id);
        Assert.Equal(keyword, diagnostic.Arguments[0]);
    }

    [Fact]
    public void Each_place_reports_its_own_keyword_and_the_pointer_names_it()
    {
        var fixture = new NamedSchemaFixture();

        fixture.Convert("""{"type": "object", "properties": {"a": {"multipleOf": 2}, "b": {"type": "array", "items": {"multipleOf": 3, "not": {"multipleOf": 4}}}}}""");

        Assert.Equal(new[] { "multipleOf|/a", "multipleOf|/b/*", "not|/b/*" }, fixture.Diagnostics.Select(d => string.Join("|", d.Arguments)));
    }

    [Theory]
    [InlineData("""{"oneOf": [{"type": "string"}, {"type": "integer"}]}""")]
    [InlineData("""{"anyOf": [{"type": "string"}, {"type": "integer"}]}""")]
    [InlineData("""{"allOf": [{"type": "string"}, {"maxLength": 2}]}""")]
    [InlineData("""{"type": "string", "mock": {"mock": "@string"}, "x-tmp-pending-properties": false, "examples": ["a"], "readOnly": true}""")]
    public void Supported_keywords_and_annotations_are_silent(string json)
    {
        var fixture = new NamedSchemaFixture();

        fixture.Convert(json);

        Assert.Empty(fixture.Diagnostics);
    }
}
