using System.Collections.Generic;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.NamedSchemaFixture;

namespace Contracts.Tests.Reading;

public sealed class TypeInferenceTests
{
    [Theory]
    [InlineData("""{"const": "x"}""", "String", false)]
    [InlineData("""{"const": 3}""", "Integer", false)]
    [InlineData("""{"const": 3.5}""", "Number", false)]
    [InlineData("""{"const": true}""", "Boolean", false)]
    [InlineData("""{"enum": ["a", "b"]}""", "String", false)]
    [InlineData("""{"enum": [1, 2]}""", "Integer", false)]
    [InlineData("""{"enum": [1, 2.5]}""", "Number", false)]
    [InlineData("""{"enum": ["a", null]}""", "String", true)]
    [InlineData("""{"enum": ["a", 1]}""", "Any", false)]
    [InlineData("""{"type": "string", "const": 3}""", "String", false)]
    public void A_missing_type_is_inferred_from_values(string json, string type, bool nullable)
    {
        var fixture = new NamedSchemaFixture();

        var schema = fixture.Convert(json);

        Assert.Equal((type, nullable), (schema.Type.ToString(), schema.Nullable));
        Assert.Empty(fixture.Diagnostics);
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("date-time")]
    [InlineData("int64")]
    public void Formats_are_kept_as_written(string format)
    {
        var schema = new NamedSchemaFixture().Convert("{\"type\": \"string\", \"format\": \"" + format + "\"}");

        Assert.Equal((SchemaType.String, format), (schema.Type, schema.Format));
    }

    [Fact]
    public void X_order_orders_properties_without_x_apifox_orders()
    {
        var schema = new NamedSchemaFixture().Convert("""
            {"type": "object", "properties": {"seed": {"x-order": 2}, "free": {}, "prompt": {"x-order": 0}, "width": {"x-order": 1}, "other": {}}}
            """);

        Assert.Equal(new[] { "prompt", "width", "seed", "free", "other" }, Names(schema));
    }

    [Fact]
    public void X_apifox_orders_wins_over_x_order()
    {
        var schema = new NamedSchemaFixture().Convert("""
            {"properties": {"a": {"x-order": 1}, "b": {"x-order": 0}}, "x-apifox-orders": ["a", "b"]}
            """);

        Assert.Equal(new[] { "a", "b" }, Names(schema));
    }
}
