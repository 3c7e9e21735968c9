using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;

namespace Contracts.Tests.Reading;

public sealed class EnumMemberTests
{
    [Fact]
    public void X_apifox_enum_names_and_describes_values_in_enum_order()
    {
        var (schema, diagnostics) = Convert("""
            {"type": "string", "enum": ["Hour", "Day", "Week"],
             "x-apifox-enum": [{"value": "Day", "name": "24小时时长包", "description": ""}, {"value": "Hour", "name": "小时时长包", "description": "按小时"},
                               {"value": "Week", "name": "", "description": ""}]}
            """);

        Assert.Equal(new[] { new EnumMember("\"Hour\"", "小时时长包", "按小时"), new EnumMember("\"Day\"", "24小时时长包", null) }, schema.EnumMembers);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void X_apidog_enum_is_read_the_same_way()
    {
        var (schema, _) = Convert("""{"type": "integer", "enum": [1], "x-apidog-enum": [{"value": 1, "name": "One"}]}""");

        Assert.Equal(new[] { new EnumMember("1", "One", null) }, schema.EnumMembers);
    }

    [Fact]
    public void The_extension_without_enum_implies_the_values_and_the_type()
    {
        var (schema, diagnostics) = Convert("""{"x-apifox-enum": [{"value": 1, "name": "paid"}, {"value": 2, "name": "group"}]}""");

        Assert.Equal(SchemaType.Integer, schema.Type);
        Assert.Equal(new[] { "1", "2" }, schema.Constraints.AllowedValues);
        Assert.Equal(new[] { new EnumMember("1", "paid", null), new EnumMember("2", "group", null) }, schema.EnumMembers);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Values_match_by_json_equality_so_a_string_is_not_a_number()
    {
        var (schema, diagnostics) = Convert("""
            {"enum": ["1", 2], "x-apifox-enum": [{"value": 1, "name": "number one"}, {"value": "1", "name": "string one"}, {"value": 2.0, "name": "two"}]}
            """);

        Assert.Equal(new[] { new EnumMember("\"1\"", "string one", null), new EnumMember("2", "two", null) }, schema.EnumMembers);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.InvalidKeywordValue, diagnostic.Id);
        Assert.Equal(new[] { "x-apifox-enum", "1", "not one of the enum values" }, diagnostic.Arguments);
    }

    [Fact]
    public void Deprecated_enum_descriptions_become_member_descriptions()
    {
        var (schema, diagnostics) = Convert("""
            {"type": "integer", "enum": [0, 1, 2], "x-apifox": {"enumDescriptions": {"0": "禁用", "1": "启用", "2": ""}}, "mock": {"mock": "@natural"}}
            """);

        Assert.Equal(new[] { new EnumMember("0", null, "禁用"), new EnumMember("1", null, "启用") }, schema.EnumMembers);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_enum_description_key_prefers_the_string_value_of_that_text()
    {
        var (schema, _) = Convert("""{"enum": ["1", 1], "x-apifox": {"enumDescriptions": {"1": "text one"}}}""");

        Assert.Equal(new[] { new EnumMember("\"1\"", null, "text one") }, schema.EnumMembers);
    }

    [Fact]
    public void X_apifox_enum_wins_over_enum_descriptions_for_the_description()
    {
        var (schema, _) = Convert("""
            {"enum": ["a", "b"], "x-apifox-enum": [{"value": "a", "name": "A", "description": "new"}],
             "x-apifox": {"enumDescriptions": {"a": "old", "b": "only old"}}}
            """);

        Assert.Equal(new[] { new EnumMember("\"a\"", "A", "new"), new EnumMember("\"b\"", null, "only old") }, schema.EnumMembers);
    }

    private static (Schema Schema, System.Collections.Generic.List<DiagnosticInfo> Diagnostics) Convert(string json)
    {
        var fixture = new NamedSchemaFixture();
        return (fixture.Convert(json), fixture.Diagnostics);
    }
}
