using Contracts.Generator.Reading;
using Xunit;
using DiffPointer = Contracts.Tool.Diff.Engine.JsonPointer;

namespace Contracts.Tests.References;

/// <summary>The one escaping of RFC 6901 tokens, as the readers, the planner and the diff use it.</summary>
public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a/b", "a~1b")]
    [InlineData("a~b", "a~0b")]
    [InlineData("~1", "~01")]
    [InlineData("/~/", "~1~0~1")]
    [InlineData("", "")]
    public void Tokens_escape_and_unescape_as_RFC_6901_says(string name, string token)
    {
        Assert.Equal(token, JsonPointer.EscapeToken(name));
        Assert.Equal(name, JsonPointer.UnescapeToken(token));
    }

    [Fact]
    public void Reader_pointers_and_diff_pointers_write_the_same_text()
    {
        var reader = JsonPointer.Append(JsonPointer.Append("", "input/x"), "a~b");
        var diff = DiffPointer.Root.Append("input/x").Append("a~b").ToString();

        Assert.Equal("/input~1x/a~0b", reader);
        Assert.Equal(reader, diff);
    }
}
