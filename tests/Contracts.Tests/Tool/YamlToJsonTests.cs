using Contracts.Tool.Yaml;
using Xunit;

namespace Contracts.Tests.Tool;

/// <summary>`contracts convert`'s converter: the generator's YAML reader, written out as indented JSON.</summary>
public sealed class YamlToJsonTests
{
    [Fact]
    public void The_pet_store_converts_with_order_typing_and_aliases_kept()
    {
        Assert.Equal(PetStoreYaml.Json, YamlToJson.Convert(PetStoreYaml.Yaml));
    }

    [Theory]
    [InlineData("123", "123")]
    [InlineData("'123'", "\"123\"")]
    [InlineData("\"123\"", "\"123\"")]
    [InlineData("+007", "7")]
    [InlineData("0o17", "15")]
    [InlineData("0xff", "255")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("1.", "1")]
    [InlineData(".5", "0.5")]
    [InlineData("-1.25e+3", "-1.25e+3")]
    [InlineData(".inf", "\".inf\"")]
    [InlineData("-.Inf", "\"-.Inf\"")]
    [InlineData(".NaN", "\".NaN\"")]
    [InlineData("true", "true")]
    [InlineData("FALSE", "false")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("on", "\"on\"")]
    [InlineData("~", "null")]
    [InlineData("Null", "null")]
    [InlineData("", "null")]
    [InlineData("'null'", "\"null\"")]
    [InlineData("!!str 42", "\"42\"")]
    [InlineData("1.2.3", "\"1.2.3\"")]
    [InlineData("0x", "\"0x\"")]
    [InlineData("名前", "\"名前\"")]
    public void Plain_scalars_follow_the_YAML_1_2_core_schema_and_quoted_ones_stay_strings(string yaml, string json)
    {
        Assert.Equal("{\n  \"v\": " + json + "\n}\n", YamlToJson.Convert("v: " + yaml));
    }

    [Fact]
    public void Numeric_keys_become_member_names()
    {
        Assert.Equal("{\n  \"200\": \"ok\"\n}\n", YamlToJson.Convert("200: ok"));
    }

    [Theory]
    [InlineData("a: 1\nb:\n  c: 2\n d: 3\n", 4, "check the indentation")]
    [InlineData("a: 1\n---\nb: 2\n", 2, "second YAML document")]
    [InlineData("a: 1\nb: 2\na: 3\n", 3, "appears twice")]
    [InlineData("a: *nowhere\n", 1, "refers to no anchor")]
    [InlineData("a: &self [*self]\n", 1, "refers to no anchor")]
    [InlineData("? [1, 2]\n: x\n", 1, "must be a string")]
    [InlineData("# nothing\n", 1, "no YAML document")]
    [InlineData("a: [1, 2\nb: 3\n", 2, "inside [ ] or { }")]
    public void Unconvertible_yaml_is_refused_at_its_line(string yaml, int line, string problem)
    {
        var refused = Assert.Throws<YamlConversionException>(() => YamlToJson.Convert(yaml));
        Assert.Equal(line, refused.Line);
        Assert.Contains(problem, refused.Problem);
    }

    [Fact]
    public void Aliases_that_expand_past_the_cap_are_refused_before_expanding()
    {
        const string Yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b]\n";
        Assert.Contains("\"c\"", YamlToJson.Convert(Yaml));
        var refused = Assert.Throws<YamlConversionException>(() => YamlToJson.Convert(Yaml, maxNodes: 150));
        Assert.Equal(3, refused.Line);
        Assert.Contains("alias bomb", refused.Problem);
    }
}
