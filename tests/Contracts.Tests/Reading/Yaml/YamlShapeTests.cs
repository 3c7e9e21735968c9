using Contracts.Generator.Reading.Yaml;
using Xunit;

namespace Contracts.Tests.Reading.Yaml;

/// <summary>How an unrecognised file is described when it is YAML, and that other text is not called YAML.</summary>
public sealed class YamlShapeTests
{
    [Theory]
    [InlineData("a.yaml", "swagger: \"2.0\"\ninfo: {title: x}\npaths: {}\n", "a YAML mapping with top-level keys 'swagger', 'info', 'paths'")]
    [InlineData("a.yml", "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\n", "a YAML mapping with top-level keys 'a', 'b', 'c', 'd', 'e', …")]
    [InlineData("list.yaml", "- a\n- b\n", "a YAML sequence of 2 items")]
    [InlineData("broken.yaml", "a: [1\n", "YAML that does not parse (line 2: Expected ',' or ']'")]
    [InlineData("api.txt", "---\nswagger: '2.0'\n", "a YAML mapping with top-level keys 'swagger'")]
    public void Yaml_is_described_by_its_top_level(string path, string text, string description)
    {
        Assert.StartsWith(description, YamlShape.Describe(path, text));
    }

    [Theory]
    [InlineData("a.json", "{\"a\": 1}")]
    [InlineData("notes.md", "# Title\n\nSome prose, with a colon: here.\n")]
    [InlineData("notes.txt", "just words\non two lines\n")]
    [InlineData("broken.md", "a: [1\n")]
    [InlineData("empty.yaml", "")]
    public void Other_text_is_not_called_yaml(string path, string text)
    {
        Assert.Null(YamlShape.Describe(path, text));
    }
}
