using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.NamedSchemaFixture;

namespace Contracts.Tests.Reading;

public sealed class ApifoxRefsTests
{
    private const string Response = """
        {"Response": {"type": "object", "properties": {"data": {"type": "string"}, "code": {"type": "integer"}, "msg": {"type": "string"}, "error": {"type": "string"}},
                      "required": ["data", "code"]}}
        """;

    [Fact]
    public void A_spread_lands_at_its_ulid_position_with_its_required_flags()
    {
        var fixture = new NamedSchemaFixture(Response);

        var schema = fixture.Convert("""
            {"type": "object", "properties": {"first": {}, "last": {}}, "required": ["last", "msg"],
             "x-apifox-orders": ["first", "01JXBV0SRX9NK833NZ8PPC5QTC", "last"],
             "x-apifox-refs": {"01JXBV0SRX9NK833NZ8PPC5QTC": {"$ref": "#/components/schemas/Response"}}}
            """);

        Assert.Equal(new[] { "first", "data", "code", "msg", "error", "last" }, Names(schema));
        Assert.Equal(new[] { "data", "code", "msg", "last" }, RequiredNames(schema));
        Assert.Empty(fixture.Diagnostics);
    }

    [Fact]
    public void Ignored_and_overridden_properties_inside_the_entry()
    {
        var fixture = new NamedSchemaFixture(Response);

        var schema = fixture.Convert("""
            {"type": "object", "properties": {},
             "x-apifox-orders": ["01JXBV0SRX9NK833NZ8PPC5QTC"],
             "x-apifox-refs": {"01JXBV0SRX9NK833NZ8PPC5QTC": {"$ref": "#/components/schemas/Response",
                 "x-apifox-overrides": {"error": null, "data": {"type": "object", "properties": {"url": {"type": "string"}}}, "extra": {"type": "boolean"}},
                 "x-apifox-ignore-properties": ["msg"], "required": ["extra"]}}}
            """);

        Assert.Equal(new[] { "data", "code", "extra" }, Names(schema));
        Assert.Equal(SchemaType.Object, Member(schema, "data").Type);
        Assert.Equal(new[] { "url" }, Names(Member(schema, "data")));
        Assert.Equal(new[] { "data", "code", "extra" }, RequiredNames(schema));
        Assert.Empty(fixture.Diagnostics);
    }

    [Fact]
    public void Ignore_and_overrides_beside_the_refs_apply_to_every_spread_and_own_copies_win()
    {
        // The shape of an Apifox OpenAPI export: the spread also written out as own properties, listed as ignored.
        var fixture = new NamedSchemaFixture(Response);

        var schema = fixture.Convert("""
            {"type": "object",
             "x-apifox-refs": {"01JXBV0SRX9NK833NZ8PPC5QTC": {"$ref": "#/components/schemas/Response", "x-apifox-overrides": {"data": null}}},
             "x-apifox-orders": ["01JXBV0SRX9NK833NZ8PPC5QTC"],
             "properties": {"code": {"type": "integer", "description": "own"}, "msg": {"type": "string"}},
             "required": ["code"],
             "x-apifox-ignore-properties": ["code", "msg"],
             "x-apifox-overrides": {"error": {"type": ["string", "null"]}}}
            """);

        Assert.Equal(new[] { "error", "code", "msg" }, Names(schema));
        Assert.True(Member(schema, "error").Nullable);
        Assert.Equal("own", Member(schema, "code").Description);
        Assert.Equal(new[] { "code" }, RequiredNames(schema));
        Assert.Empty(fixture.Diagnostics);
    }

    [Fact]
    public void Unordered_entries_follow_the_own_properties_and_unknown_ulids_are_ignored()
    {
        var fixture = new NamedSchemaFixture("""{"Tag": {"type": "object", "properties": {"tag": {}}}}""");

        var schema = fixture.Convert("""
            {"type": "object", "properties": {"a": {}}, "x-apifox-orders": ["01GXXB4YK7EG1Y8J6CV6RE5Y2G", "a"],
             "x-apifox-refs": {"01J0SR9FW2X48MECSNKBG2884W": {"$ref": "#/components/schemas/Tag"}}}
            """);

        Assert.Equal(new[] { "a", "tag" }, Names(schema));
        Assert.Empty(fixture.Diagnostics);
    }

    [Fact]
    public void An_unknown_target_is_reported_and_skipped()
    {
        var fixture = new NamedSchemaFixture(Response);

        var schema = fixture.Convert("""{"type": "object", "properties": {"a": {}}, "x-apifox-refs": {"01J0SR9FW2X48MECSNKBG2884W": {"$ref": "#/definitions/404"}}}""");

        Assert.Equal(new[] { "a" }, Names(schema));
        var diagnostic = Assert.Single(fixture.Diagnostics);
        Assert.Equal((DiagnosticId.UnresolvedReference, "#/definitions/404"), (diagnostic.Id, diagnostic.Arguments[0]));
    }

    [Fact]
    public void A_target_that_refers_back_is_reported_and_skipped()
    {
        var fixture = new NamedSchemaFixture("""
            {"Base": {"type": "object", "properties": {"own": {}}, "x-apifox-orders": ["own", "01J0SR9FW2X48MECSNKBG2884W"],
                      "x-apifox-refs": {"01J0SR9FW2X48MECSNKBG2884W": {"$ref": "#/components/schemas/Base"}}}}
            """);

        Assert.Equal(new[] { "own" }, Names(fixture.Named("Base")));
        var diagnostic = Assert.Single(fixture.AllDiagnostics());
        Assert.StartsWith(DiagnosticId.UnsupportedKeyword + " x-apifox-refs entry", diagnostic);
    }
}
