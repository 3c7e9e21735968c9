using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;

namespace Contracts.Tests.Reading;

public sealed class AlternativesTests
{
    private const string Pets = """
        {"Cat": {"type": "object", "properties": {"kind": {"type": "string"}, "purrs": {"type": "boolean"}}},
         "Dog": {"type": "object", "properties": {"kind": {"type": "string"}, "barks": {"type": "boolean"}}}}
        """;

    [Theory]
    [InlineData("anyOf")]
    [InlineData("oneOf")]
    public void A_reference_or_null_collapses_to_a_nullable_reference(string keyword)
    {
        var fixture = new NamedSchemaFixture(Pets);

        var site = fixture.Convert("{\"" + keyword + "\": [{\"$ref\": \"#/components/schemas/Cat\"}, {\"type\": \"null\"}], \"description\": \"maybe a cat\"}");

        Assert.Equal(new Schema { Reference = "Cat", Nullable = true, Description = "maybe a cat", Span = site.Span }, site);
        Assert.Empty(fixture.Diagnostics);
    }

    [Theory]
    [InlineData("""{"anyOf": [{"type": "string", "maxLength": 3}, {"type": "null"}]}""")]
    [InlineData("""{"oneOf": [{"type": "string", "maxLength": 3}], "nullable": true}""")]
    [InlineData("""{"anyOf": [{"type": "string", "maxLength": 3}, {"enum": [null]}]}""")]
    public void An_inline_schema_or_null_collapses_to_a_nullable_schema(string json)
    {
        var fixture = new NamedSchemaFixture();

        var schema = fixture.Convert(json);

        Assert.Equal((SchemaType.String, true, 3), (schema.Type, schema.Nullable, schema.Constraints.MaxLength));
        Assert.True(schema.Alternatives.IsEmpty);
        Assert.Empty(fixture.Diagnostics);
    }

    [Theory]
    [InlineData("""{"oneOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}]}""", "String", null, "")]
    [InlineData("""{"oneOf": [{"type": "integer", "enum": [1, 2]}, {"type": "integer", "const": 3}], "nullable": true}""", "Integer", null, "1,2,3")]
    [InlineData("""{"anyOf": [{"type": "string", "format": "uri"}, {"type": "string", "format": "uri", "maxLength": 9}]}""", "String", "uri", "")]
    public void Alternatives_of_one_primitive_type_collapse_when_nothing_is_lost(string json, string type, string? format, string values)
    {
        var fixture = new NamedSchemaFixture();

        var schema = fixture.Convert(json);

        Assert.Equal(type, schema.Type.ToString());
        Assert.Equal(format, schema.Format);
        Assert.Equal(values, string.Join(",", schema.Constraints.AllowedValues));
        Assert.True(schema.Alternatives.IsEmpty);
        Assert.Empty(fixture.Diagnostics);
    }

    [Theory]
    [InlineData("""{"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": true}""", false, true)]
    [InlineData("""{"anyOf": [{"type": "string", "minLength": 2}, {"type": "string", "pattern": "^x"}]}""", true, false)]
    public void Different_alternatives_stay_alternatives(string json, bool fromAnyOf, bool nullable)
    {
        var fixture = new NamedSchemaFixture();

        var schema = fixture.Convert(json);

        Assert.Equal(2, schema.Alternatives.Count);
        Assert.Equal((SchemaType.Any, fromAnyOf, nullable), (schema.Type, schema.AlternativesFromAnyOf, schema.Nullable));
        Assert.Empty(fixture.Diagnostics);
    }

    [Fact]
    public void A_discriminator_maps_values_to_schema_keys()
    {
        var fixture = new NamedSchemaFixture(Pets);

        var pet = fixture.Convert("""
            {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
             "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat", "doggo": "Dog"}}}
            """);

        Assert.Equal(new[] { "Cat", "Dog" }, pet.Alternatives.Select(a => a.Reference));
        Assert.Equal("kind", pet.Discriminator!.PropertyName);
        Assert.Equal(new[] { new DiscriminatorMapping("cat", "Cat"), new DiscriminatorMapping("doggo", "Dog") }, pet.Discriminator.Mapping);
        Assert.Empty(fixture.Diagnostics);
    }

    [Fact]
    public void Without_a_mapping_each_reference_maps_from_its_key()
    {
        var fixture = new NamedSchemaFixture(Pets);

        var pet = fixture.Convert("""
            {"anyOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}], "discriminator": {"propertyName": "kind"}}
            """);

        Assert.Equal(new[] { new DiscriminatorMapping("Cat", "Cat"), new DiscriminatorMapping("Dog", "Dog") }, pet.Discriminator!.Mapping);
    }

    [Fact]
    public void A_mapping_to_nothing_is_reported()
    {
        var fixture = new NamedSchemaFixture(Pets);

        var pet = fixture.Convert("""
            {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
             "discriminator": {"propertyName": "kind", "mapping": {"fox": "#/components/schemas/Fox"}}}
            """);

        Assert.Equal(new[] { "Cat", "Dog" }, pet.Discriminator!.Mapping.Select(m => m.Value));
        var diagnostic = Assert.Single(fixture.Diagnostics);
        Assert.Equal(DiagnosticId.UnresolvedReference, diagnostic.Id);
    }

    [Fact]
    public void A_self_referencing_alternative_converts()
    {
        var fixture = new NamedSchemaFixture("""
            {"Expr": {"oneOf": [{"type": "number"}, {"type": "array", "items": {"$ref": "#/components/schemas/Expr"}}]}}
            """);

        var expr = fixture.Named("Expr");

        Assert.Equal("Expr", expr.Alternatives[1].Items!.Reference);
        Assert.Empty(fixture.AllDiagnostics());
    }
}
