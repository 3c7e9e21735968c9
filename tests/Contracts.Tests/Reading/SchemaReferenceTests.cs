using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.NamedSchemaFixture;

namespace Contracts.Tests.Reading;

public sealed class SchemaReferenceTests
{
    [Fact]
    public void A_self_reference_converts_to_a_reference()
    {
        var fixture = new NamedSchemaFixture("""{"Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}}""");

        var node = fixture.Named("Node");

        Assert.Equal("Node", Member(node, "next").Reference);
        Assert.Equal("Node", node.NameHint);
        Assert.Empty(fixture.AllDiagnostics());
    }

    [Fact]
    public void Mutual_references_convert_both_ways()
    {
        var fixture = new NamedSchemaFixture("""
            {"A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
             "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}}}
            """);

        Assert.Equal("B", Member(fixture.Named("A"), "b").Reference);
        Assert.Equal("A", Member(fixture.Named("B"), "a").Reference);
        Assert.Empty(fixture.AllDiagnostics());
    }

    [Fact]
    public void Siblings_document_the_reference_site()
    {
        var fixture = new NamedSchemaFixture("""{"Pet": {"type": "object"}}""");

        var site = fixture.Convert("""{"$ref": "#/components/schemas/Pet", "title": "宠物", "description": "宠物信息", "type": ["object", "null"]}""");

        Assert.Equal(new Schema { Reference = "Pet", Title = "宠物", Description = "宠物信息", Nullable = true, Span = site.Span }, site);
        Assert.Empty(fixture.Diagnostics);
    }

    private const string MemberSchema = """
        {"member": {"type": "object", "properties": {"id": {"type": "integer"}, "bio": {"type": "string"}}, "required": ["id", "bio"]}}
        """;

    [Fact]
    public void An_inline_copy_equal_to_the_target_is_silent()
    {
        var fixture = new NamedSchemaFixture(MemberSchema);

        var site = fixture.Convert("""
            {"type": "object", "properties": {"id": {"type": "integer"}, "bio": {"type": "string"}}, "required": ["id", "bio"],
             "x-apifox-orders": ["id", "bio"], "$ref": "#/components/schemas/member"}
            """);

        Assert.Equal("member", site.Reference);
        Assert.True(site.Properties.IsEmpty);
        Assert.Empty(fixture.Diagnostics);
    }

    [Theory]
    [InlineData("""{"id": {"type": "integer"}, "bio": {"type": ["string", "null"]}}""", """["id", "bio"]""", "property 'bio': type string vs [string, null]")]
    [InlineData("""{"id": {"type": "integer"}}""", """["id"]""", "property 'bio' is missing from the copy")]
    [InlineData("""{"id": {"type": "integer"}, "bio": {"type": "string"}, "x": {}}""", """["id", "bio"]""", "property 'x' is not in the referenced schema")]
    [InlineData("""{"id": {"type": "integer"}, "bio": {"type": "string"}}""", """["id"]""", "property 'bio' is required in the referenced schema only")]
    public void An_inline_copy_that_differs_is_reported_once_with_the_first_difference_and_the_ref_wins(string properties, string required, string difference)
    {
        var fixture = new NamedSchemaFixture(MemberSchema);
        var json = """{"$ref": "#/components/schemas/member", "type": "object", "properties": """ + properties + """, "required": """ + required + "}";

        var site = fixture.Convert(json);

        Assert.Equal("member", site.Reference);
        var diagnostic = Assert.Single(fixture.Diagnostics);
        Assert.Equal(DiagnosticId.InlineCopyDiffers, diagnostic.Id);
        Assert.Equal(new[] { "#/components/schemas/member", difference }, diagnostic.Arguments);
        Assert.Equal(new SourceSpan(0, 1, 0, 7), diagnostic.Span);
    }

    [Fact]
    public void An_inline_copy_inside_a_cycle_is_not_compared()
    {
        // "Tree" is being converted when its own copy is met, so there is nothing to compare with yet.
        var fixture = new NamedSchemaFixture("""
            {"Tree": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Tree", "type": "object", "properties": {"other": {}}}}}}
            """);

        Assert.Equal("Tree", Member(fixture.Named("Tree"), "child").Reference);
        Assert.Empty(fixture.AllDiagnostics());
    }

    [Fact]
    public void Diagnostics_inside_an_inline_copy_are_not_reported()
    {
        var fixture = new NamedSchemaFixture("""{"A": {"type": "object", "properties": {"n": {"type": "integer"}}}}""");

        fixture.Convert("""{"$ref": "#/components/schemas/A", "properties": {"n": {"type": "integer", "minimum": "x", "not": {}}}}""");

        Assert.Empty(fixture.Diagnostics);
    }

    [Fact]
    public void A_long_chain_of_merges_stops_at_the_nesting_limit_instead_of_overflowing_the_stack()
    {
        var components = new System.Text.StringBuilder("{");
        for (var i = 0; i < 400; i++)
        {
            if (i > 0) components.Append(',');
            components.Append("\"S" + i + "\": {\"allOf\": [{\"$ref\": \"#/components/schemas/S" + (i + 1) + "\"}, {\"properties\": {\"p" + i + "\": {}}}]}");
        }
        components.Append(""", "S400": {"type": "object"}}""");
        var fixture = new NamedSchemaFixture(components.ToString());

        var first = fixture.Named("S0");

        Assert.Equal("p0", first.Properties[first.Properties.Count - 1].JsonName);
        Assert.Contains(fixture.Diagnostics, d => d.Id == DiagnosticId.NestingTooDeep);
    }

    [Fact]
    public void Merging_follows_a_named_schema_that_only_refers_to_another()
    {
        var fixture = new NamedSchemaFixture("""
            {"Alias": {"$ref": "#/components/schemas/Target"}, "Target": {"type": "object", "properties": {"t": {}}}}
            """);

        var merged = fixture.Convert("""{"allOf": [{"$ref": "#/components/schemas/Alias"}, {"properties": {"own": {}}}]}""");

        Assert.Equal(new[] { "t", "own" }, Names(merged));
        Assert.Empty(fixture.Diagnostics);
    }
}
