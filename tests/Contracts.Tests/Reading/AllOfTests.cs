using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.NamedSchemaFixture;

namespace Contracts.Tests.Reading;

public sealed class AllOfTests
{
    private const string Components = """
        {"Named": {"type": "object", "description": "has a name", "properties": {"id": {"type": "integer"}, "name": {"type": "string", "maxLength": 20}}, "required": ["name"]},
         "Aged": {"type": "object", "properties": {"age": {"type": "integer", "minimum": 0}, "name": {"type": "string", "maxLength": 10}}, "required": ["age"]}}
        """;

    [Fact]
    public void Two_references_merge_properties_in_order_with_a_later_duplicate_replacing_the_earlier()
    {
        var fixture = new NamedSchemaFixture(Components);

        var merged = fixture.Convert("""{"allOf": [{"$ref": "#/components/schemas/Named"}, {"$ref": "#/components/schemas/Aged"}]}""");

        Assert.Null(merged.Reference);
        Assert.Equal(SchemaType.Object, merged.Type);
        Assert.Equal(new[] { "id", "name", "age" }, Names(merged));
        Assert.Equal(10, Member(merged, "name").Constraints.MaxLength);
        Assert.Equal(new[] { "name", "age" }, RequiredNames(merged));
        Assert.Equal("has a name", merged.Description);
        Assert.False(merged.Nullable);
        Assert.Empty(fixture.Diagnostics);
    }

    [Fact]
    public void Sibling_keywords_merge_last_and_their_documentation_wins()
    {
        var fixture = new NamedSchemaFixture(Components);

        var merged = fixture.Convert("""
            {"description": "a person", "properties": {"id": {"type": "string"}, "email": {"type": "string"}}, "required": ["id", "age"],
             "allOf": [{"$ref": "#/components/schemas/Named"}, {"properties": {"nick": {}}, "required": ["nick"]}]}
            """);

        Assert.Equal(new[] { "id", "name", "nick", "email" }, Names(merged));
        Assert.Equal(SchemaType.String, Member(merged, "id").Type);
        Assert.Equal(new[] { "id", "name", "nick" }, RequiredNames(merged));
        Assert.Equal("a person", merged.Description);
    }

    [Fact]
    public void The_tighter_constraint_wins_and_the_integer_type_beats_number()
    {
        var (merged, diagnostics) = Convert("""
            {"allOf": [{"type": "number", "minimum": 1, "maximum": 10, "enum": [1, 2, 3, 20]},
                       {"type": "integer", "exclusiveMinimum": 1, "maximum": 5, "enum": [2.0, 3, 4]}]}
            """);

        Assert.Equal(SchemaType.Integer, merged.Type);
        Assert.Equal(new NumericBound("1", true, ConstraintOrigin.Keyword), merged.Constraints.Minimum);
        Assert.Equal(new NumericBound("5", false, ConstraintOrigin.Keyword), merged.Constraints.Maximum);
        Assert.Equal(new[] { "2", "3" }, merged.Constraints.AllowedValues);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("""{"allOf": [{"type": ["string", "null"]}, {"type": ["string", "null"], "maxLength": 3}]}""", true)]
    [InlineData("""{"allOf": [{"type": ["string", "null"]}, {"type": "string"}]}""", false)]
    [InlineData("""{"allOf": [{"type": ["string", "null"]}, {"description": "any"}]}""", true)]
    [InlineData("""{"nullable": true, "allOf": [{"type": "string"}, {"maxLength": 3}]}""", true)]
    public void Null_is_allowed_only_if_every_typed_part_allows_it_or_the_site_says_so(string json, bool nullable)
    {
        Assert.Equal(nullable, Convert(json).Schema.Nullable);
    }

    [Fact]
    public void A_single_reference_with_documentation_stays_a_reference()
    {
        var fixture = new NamedSchemaFixture(Components);

        var site = fixture.Convert("""{"allOf": [{"$ref": "#/components/schemas/Named"}], "description": "the owner", "nullable": true}""");

        Assert.Equal(new Schema { Reference = "Named", Description = "the owner", Nullable = true, Span = site.Span }, site);
        Assert.Empty(fixture.Diagnostics);
    }

    [Fact]
    public void A_part_that_refers_back_is_skipped_with_a_warning()
    {
        var fixture = new NamedSchemaFixture("""
            {"Loop": {"allOf": [{"$ref": "#/components/schemas/Loop"}, {"type": "object", "properties": {"x": {}}}]}}
            """);

        var loop = fixture.Named("Loop");

        Assert.Equal(new[] { "x" }, Names(loop));
        Assert.Equal(new[] { $"{DiagnosticId.UnsupportedKeyword} allOf part \"#/components/schemas/Loop\" (a reference cycle)|/" }, fixture.AllDiagnostics());
    }

    [Fact]
    public void A_single_part_that_refers_back_stays_a_reference()
    {
        var fixture = new NamedSchemaFixture("""
            {"Self": {"type": "object", "properties": {"inner": {"allOf": [{"$ref": "#/components/schemas/Self"}], "description": "d"}}}}
            """);

        var inner = Member(fixture.Named("Self"), "inner");

        Assert.Equal(("Self", "d"), (inner.Reference, inner.Description));
        Assert.Empty(fixture.AllDiagnostics());
    }

    [Fact]
    public void Parts_that_disagree_on_the_type_are_reported()
    {
        var (merged, diagnostics) = Convert("""{"allOf": [{"type": "object"}, {"type": "string"}]}""");

        Assert.Equal(SchemaType.Object, merged.Type);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.InvalidKeywordValue, diagnostic.Id);
        Assert.Equal("the parts disagree on the type (object vs string); the first is used", diagnostic.Arguments[2]);
    }

    [Theory]
    [InlineData("""{"allOf": [{"type": ["integer", "string", "boolean"]}, {"type": ["string", "number", "boolean"]}]}""", "Any", "Boolean, Integer, String")]
    [InlineData("""{"allOf": [{"type": ["integer", "string"]}, {"type": ["number", "boolean"]}]}""", "Integer", "None")]
    [InlineData("""{"allOf": [{"type": ["number", "string"]}, {"type": "number"}]}""", "Number", "None")]
    [InlineData("""{"allOf": [{"type": ["array", "object"]}, {"minItems": 1}]}""", "Any", "Array, Object")]
    public void Several_types_merge_to_the_types_every_part_allows(string json, string type, string types)
    {
        var (merged, diagnostics) = Convert(json);

        Assert.Equal((type, types), (merged.Type.ToString(), merged.Types.ToString()));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Parts_whose_types_have_nothing_in_common_are_reported()
    {
        var (_, diagnostics) = Convert("""{"allOf": [{"type": ["integer", "string"]}, {"type": ["object", "boolean"]}]}""");

        Assert.Equal("the parts disagree on the type (integer or string vs boolean or object); the first is used", Assert.Single(diagnostics).Arguments[2]);
    }

    [Theory]
    [InlineData("""{"type": "object", "allOf": [{"properties": {"foo": {}}}], "additionalProperties": false}""", "'foo'")]
    [InlineData("""{"type": "object", "allOf": [{"properties": {"a": {}, "b": {}, "c": {}, "d": {}}}], "properties": {"e": {}}, "additionalProperties": {"type": "string"}}""", "'a', 'b', 'c' and 1 more")]
    [InlineData("""{"allOf": [{"type": "object", "properties": {"a": {}}, "additionalProperties": false}, {"properties": {"b": {}, "c": {}}}]}""", "'b' and 'c'")]
    public void Additional_properties_that_the_merge_relaxes_are_reported(string json, string members)
    {
        var (merged, diagnostics) = Convert(json);

        Assert.False(merged.AllowsAdditionalProperties && merged.AdditionalProperties is null);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.AdditionalPropertiesSeeMergedMembers, diagnostic.Id);
        Assert.Equal(new[] { "/", "allOf", members }, diagnostic.Arguments);
    }

    [Theory]
    [InlineData("""{"type": "object", "allOf": [{"properties": {"foo": {}}}], "properties": {"foo": {}}, "additionalProperties": false}""")]
    [InlineData("""{"type": "object", "allOf": [{"required": ["foo"]}], "properties": {"foo": {}}, "additionalProperties": false}""")]
    [InlineData("""{"type": "object", "allOf": [{"properties": {"foo": {}}}], "additionalProperties": true}""")]
    public void Additional_properties_the_merge_does_not_relax_are_silent(string json)
    {
        Assert.Empty(Convert(json).Diagnostics);
    }

    [Fact]
    public void A_second_pattern_is_not_enforced_and_says_so()
    {
        var (merged, diagnostics) = Convert("""{"allOf": [{"type": "string", "pattern": "^a"}, {"pattern": "b$"}]}""");

        Assert.Equal("^a", merged.Constraints.Pattern);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.UnsupportedKeyword, diagnostic.Id);
    }

    private static (Schema Schema, System.Collections.Generic.List<DiagnosticInfo> Diagnostics) Convert(string json)
    {
        var fixture = new NamedSchemaFixture();
        return (fixture.Convert(json), fixture.Diagnostics);
    }
}
